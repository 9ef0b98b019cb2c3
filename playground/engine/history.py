"""Per-epoch training history: the one type the worker sends, the app keeps, the curves draw,
the CLI extends and the model file stores. Besides each epoch's losses and metrics it keeps
per-layer series (gradient health), one value per layer per epoch."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .trainer import EpochResult

# Each epoch's measures (the metric is accuracy, or R² for regression), after its number.
MEASURES = ("train_loss", "test_loss", "train_metric", "test_metric")
COLUMNS = ("epoch", *MEASURES)
_TEST_LOSS = COLUMNS.index("test_loss")
# Per layer, input side first, at the end of each epoch: the mean |∂L/∂W| over the training set
# and the update-to-weight ratio ‖ΔW‖/‖W‖ of the epoch. NaN where an epoch has none recorded.
LAYER_SERIES = ("grad_mean_abs", "update_ratio")


def _rows(values: Sequence[Sequence[float]], n: int) -> np.ndarray:
    """`values` as an array of `n` rows."""
    array = np.asarray(values, dtype=np.float64)
    return array.reshape(n, array.size // n if n else 0)


class History:
    """Every epoch's numbers in NumPy columns whose storage doubles when full (cheap appends).

    Epoch numbers increase; a loss or metric is NaN where an epoch has none (no test set).
    Columns are read-only views that stay as they were when more epochs are added. The layer
    series are as wide as the widest epoch recorded (0 layers until one is).
    """

    def __init__(self, capacity: int = 64) -> None:
        self._data = np.empty((len(COLUMNS), max(capacity, 1)))
        self._layers = np.empty((len(LAYER_SERIES), max(capacity, 1), 0))
        self._size = 0
        self.has_test = False  # some epoch has a finite test loss

    @classmethod
    def from_columns(cls, **columns: Sequence[float] | Sequence[Sequence[float]]) -> History:
        """A history from equally long columns named as in COLUMNS, and layer series named as
        in LAYER_SERIES, each of shape (epochs, layers); a missing one is NaN."""
        unknown = set(columns) - set(COLUMNS) - set(LAYER_SERIES)
        if unknown:
            raise ValueError(f"unknown history columns: {', '.join(sorted(unknown))}")
        lengths = {len(values) for values in columns.values()}
        if len(lengths) > 1:
            raise ValueError("history columns must all have one value per epoch")
        n = lengths.pop() if lengths else 0
        series = {name: _rows(columns[name], n) for name in LAYER_SERIES if name in columns}
        widths = {values.shape[1] for values in series.values()}
        if len(widths) > 1:
            raise ValueError("layer series must all have one value per layer")
        layers = np.full((len(LAYER_SERIES), n, widths.pop() if widths else 0), np.nan)
        for index, name in enumerate(LAYER_SERIES):
            if name in series:
                layers[index] = series[name]
        history = cls(n)
        history._add(np.array([columns.get(name, np.full(n, np.nan)) for name in COLUMNS],
                              dtype=np.float64).reshape(len(COLUMNS), n), layers)
        return history

    @staticmethod
    def file_numbering(n: int, last_epoch: int) -> np.ndarray:
        """The epochs `n` entries of a model file's history lists are, when the file does not
        number them: the last entry is epoch `last_epoch`; the lists start at epoch 0 (the loss
        before training) when they have one entry more than that, and are numbered from 1 when
        they are longer still (files that kept a diverged epoch)."""
        first = last_epoch - n + 1 if n <= last_epoch + 1 else 1
        return np.arange(first, first + n)

    @classmethod
    def from_file(cls, lists: Mapping[str, Sequence[float]], last_epoch: int) -> History:
        """The history a model file's state.history lists describe (one per measure, a missing
        one NaN), numbered by their "epoch" list if they have one, else by file_numbering."""
        lists = dict(lists)
        epochs = lists.pop("epoch", None)
        if epochs is None:
            epochs = cls.file_numbering(len(next(iter(lists.values()), ())), last_epoch)
        return cls.from_columns(epoch=epochs, **lists)

    def to_file(self, last_epoch: int) -> dict[str, Sequence]:
        """The lists a model file's state.history holds: one array per measure, and one per
        layer series of shape (epochs, layers) when some epoch has them; the epoch numbers too
        ("epoch") unless they are the file_numbering of `last_epoch`. None for an empty
        history."""
        if not self._size:
            return {}
        lists: dict[str, Sequence] = {}
        if not np.array_equal(self.epochs, self.file_numbering(self._size, last_epoch)):
            lists["epoch"] = self.epochs.astype(np.int64)
        lists.update({key: self.column(key) for key in MEASURES})
        if self.n_layers:
            lists.update({key: self.layer_series(key) for key in LAYER_SERIES})
        return lists

    def thinned(self, limit: int) -> History:
        """An independent history of at most `limit` epochs (at least 2): the newest half of
        them whole, and before those, evenly spaced epochs from the first on."""
        limit = max(limit, 2)
        if self._size <= limit:
            return self.copy()
        recent = limit // 2
        older = np.linspace(0, self._size - recent - 1, limit - recent).round().astype(int)
        rows = np.concatenate([np.unique(older), np.arange(self._size - recent, self._size)])
        taken = History(len(rows))
        taken._add(self._data[:, rows], self._layers[:, rows])
        return taken

    def to_csv(self, metric: str = "metric") -> str:
        """Every epoch as CSV text with a header: epoch, train_loss, test_loss, train_<metric>,
        test_<metric> (e.g. metric="accuracy", as a fraction), then each layer series per layer
        (grad_mean_abs_layer1, …); a value an epoch does not have is an empty cell."""
        header = ["epoch", "train_loss", "test_loss", f"train_{metric}", f"test_{metric}"]
        columns = [self.column(name) for name in COLUMNS]
        for name in LAYER_SERIES:
            header += [f"{name}_layer{layer}" for layer in range(1, self.n_layers + 1)]
            columns += list(self.layer_series(name).T)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        for epoch, *values in zip(*(column.tolist() for column in columns)):
            writer.writerow([int(epoch), *("" if math.isnan(v) else repr(v) for v in values)])
        return buffer.getvalue()

    def __len__(self) -> int:
        return self._size

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, History):
            return NotImplemented
        width = max(self.n_layers, other.n_layers)  # unrecorded layers are NaN either way
        return (
            len(self) == len(other)
            and bool(np.array_equal(self._filled(), other._filled(), equal_nan=True))
            and bool(np.array_equal(self._padded_layers(width), other._padded_layers(width),
                                    equal_nan=True))
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

    def layer_series(self, name: str) -> np.ndarray:
        """A read-only view of one layer series (a name from LAYER_SERIES), of shape
        (epochs, layers), input side first."""
        view = self._layers[LAYER_SERIES.index(name), : self._size]
        view.flags.writeable = False
        return view

    @property
    def n_layers(self) -> int:
        """How many layers the layer series have values for."""
        return self._layers.shape[2]

    @property
    def values_per_epoch(self) -> int:
        """How many numbers one epoch holds: its measures and its layer series' values."""
        return len(MEASURES) + len(LAYER_SERIES) * self.n_layers

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
        self.append_all((result,))

    def append_all(self, results: Sequence[EpochResult]) -> None:
        """Add epochs' numbers after the others, in order (cheaper than one by one: training
        hands over the hundreds of epochs it runs between two snapshots at once)."""
        if not results:
            return
        rows = np.array([[getattr(result, name) for result in results] for name in COLUMNS],
                        dtype=np.float64)
        series = [[getattr(result, name) for result in results] for name in LAYER_SERIES]
        width = max((len(v) for values in series for v in values if v is not None), default=0)
        layers = np.full((len(LAYER_SERIES), len(results), width), np.nan)
        for layer_rows, values in zip(layers, series):
            for row, value in zip(layer_rows, values):
                if value is not None:
                    row[: len(value)] = value
        self._add(rows, layers)

    def extend(self, other: History) -> None:
        """Add every epoch of `other` after these."""
        self._add(other._filled(), other._filled_layers())

    def last(self, n: int) -> History:
        """An independent history of the last `n` epochs."""
        start = max(self._size - max(n, 0), 0)
        taken = History(self._size - start)
        taken._add(self._data[:, start : self._size], self._layers[:, start : self._size])
        return taken

    def until(self, epoch: int) -> History:
        """An independent history of the epochs up to `epoch`."""
        end = int(np.searchsorted(self.epochs, epoch, side="right"))
        taken = History(end)
        taken._add(self._data[:, :end], self._layers[:, :end])
        return taken

    def copy(self) -> History:
        """An independent history with the same epochs."""
        copied = History(len(self))
        copied.extend(self)
        return copied

    def _filled(self) -> np.ndarray:
        return self._data[:, : self._size]

    def _filled_layers(self) -> np.ndarray:
        return self._layers[:, : self._size]

    def _padded_layers(self, width: int) -> np.ndarray:
        padded = np.full((len(LAYER_SERIES), self._size, width), np.nan)
        padded[:, :, : self.n_layers] = self._filled_layers()
        return padded

    def _add(self, rows: np.ndarray, layers: np.ndarray) -> None:
        """Append (len(COLUMNS), n) values and (len(LAYER_SERIES), n, layers) layer values;
        storage grows by doubling, so appends stay cheap."""
        needed = self._size + rows.shape[1]
        width = max(self.n_layers, layers.shape[2])
        if needed > self._data.shape[1] or width > self.n_layers:
            capacity = self._data.shape[1]
            if needed > capacity:
                capacity = max(needed, 2 * capacity)
            grown = np.empty((len(COLUMNS), capacity))
            grown[:, : self._size] = self._filled()
            self._data = grown
            grown_layers = np.full((len(LAYER_SERIES), capacity, width), np.nan)
            grown_layers[:, : self._size, : self.n_layers] = self._filled_layers()
            self._layers = grown_layers
        self._data[:, self._size : needed] = rows
        self._layers[:, self._size : needed] = np.nan
        self._layers[:, self._size : needed, : layers.shape[2]] = layers
        self.has_test = self.has_test or bool(np.isfinite(rows[_TEST_LOSS]).any())
        self._size = needed
