"""Per-epoch training history: the one type the worker sends, the app keeps, the curves draw,
the CLI extends and the model file stores."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .trainer import EpochResult

# Each epoch's measures (the metric is accuracy, or R² for regression), after its number.
MEASURES = ("train_loss", "test_loss", "train_metric", "test_metric")
COLUMNS = ("epoch", *MEASURES)
_TEST_LOSS = COLUMNS.index("test_loss")


class History:
    """Every epoch's numbers in NumPy columns whose storage doubles when full (cheap appends).

    Epoch numbers increase; a loss or metric is NaN where an epoch has none (no test set).
    Columns are read-only views that stay as they were when more epochs are added.
    """

    def __init__(self, capacity: int = 64) -> None:
        self._data = np.empty((len(COLUMNS), max(capacity, 1)))
        self._size = 0
        self.has_test = False  # some epoch has a finite test loss

    @classmethod
    def from_columns(cls, **columns: Sequence[float]) -> History:
        """A history from equally long columns named as in COLUMNS; a missing one is NaN."""
        unknown = set(columns) - set(COLUMNS)
        if unknown:
            raise ValueError(f"unknown history columns: {', '.join(sorted(unknown))}")
        lengths = {len(values) for values in columns.values()}
        if len(lengths) > 1:
            raise ValueError("history columns must all have one value per epoch")
        n = lengths.pop() if lengths else 0
        history = cls(n)
        history._add(np.array([columns.get(name, np.full(n, np.nan)) for name in COLUMNS],
                              dtype=np.float64).reshape(len(COLUMNS), n))
        return history

    @classmethod
    def from_file(cls, lists: Mapping[str, Sequence[float]], last_epoch: int) -> History:
        """The history a model file's state.history lists describe (one per measure, a missing
        one NaN), numbered so the last entry is epoch `last_epoch`: the lists start at epoch 0
        (the loss before training) when they have one entry more than that, and are numbered
        from 1 when they are longer still (files that kept a diverged epoch)."""
        n = len(next(iter(lists.values()), ()))
        first = last_epoch - n + 1 if n <= last_epoch + 1 else 1
        return cls.from_columns(epoch=np.arange(first, first + n), **lists)

    def to_file(self) -> dict[str, list[float]]:
        """The lists a model file's state.history holds, one per measure (it stores no epoch
        numbers): none for an empty history."""
        if not self._size:
            return {}
        return {key: self.column(key).tolist() for key in MEASURES}

    def __len__(self) -> int:
        return self._size

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, History):
            return NotImplemented
        return len(self) == len(other) and bool(
            np.array_equal(self._filled(), other._filled(), equal_nan=True)
        )

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        last = self.last_epoch
        return f"History({self._size} epochs{f', last {last}' if self._size else ''})"

    def column(self, name: str) -> np.ndarray:
        """A read-only view of one column (a name from COLUMNS), one value per epoch."""
        view = self._data[COLUMNS.index(name), : self._size]
        view.flags.writeable = False
        return view

    @property
    def epochs(self) -> np.ndarray:
        """The epoch numbers."""
        return self.column("epoch")

    @property
    def last_epoch(self) -> int:
        """The last epoch's number; 0 when empty."""
        return int(self._data[0, self._size - 1]) if self._size else 0

    def append(self, result: EpochResult) -> None:
        """Add one epoch's numbers after the others."""
        self._add(np.array([[getattr(result, name)] for name in COLUMNS], dtype=np.float64))

    def extend(self, other: History) -> None:
        """Add every epoch of `other` after these."""
        self._add(other._filled())

    def copy(self) -> History:
        """An independent history with the same epochs."""
        copied = History(len(self))
        copied.extend(self)
        return copied

    def _filled(self) -> np.ndarray:
        return self._data[:, : self._size]

    def _add(self, rows: np.ndarray) -> None:
        """Append (len(COLUMNS), n) values; storage grows by doubling, so appends stay cheap."""
        needed = self._size + rows.shape[1]
        if needed > self._data.shape[1]:
            grown = np.empty((len(COLUMNS), max(needed, 2 * self._data.shape[1])))
            grown[:, : self._size] = self._filled()
            self._data = grown
        self._data[:, self._size : needed] = rows
        self.has_test = self.has_test or bool(np.isfinite(rows[_TEST_LOSS]).any())
        self._size = needed
