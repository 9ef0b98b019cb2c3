"""The `Dataset` type: raw input columns and targets, split into train and test.

Targets are class numbers 0…k−1 for classification and floats for regression; `y_train` /
`y_test` encode them as the network's outputs (0/1 column, one-hot, or the value).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .features import apply_features, available_features


@dataclass(frozen=True, eq=False)  # eq=False: NumPy arrays have no single truth value
class Dataset:
    """Raw input columns and targets, split into train and test (the test set may be empty).

    `labels_*` hold one class number per row (int) for classification and the value (float)
    for regression. The arrays are read-only: views and the trainer share them.
    """

    task: str  # binary | multiclass | regression
    n_classes: int  # 2 for binary, k for multiclass, 0 for regression
    raw_names: tuple[str, ...]
    target_name: str
    raw_train: np.ndarray  # (n_train, len(raw_names))
    raw_test: np.ndarray
    labels_train: np.ndarray  # (n_train,)
    labels_test: np.ndarray

    def __post_init__(self) -> None:
        label_type = np.float64 if self.task == "regression" else np.int64
        for field, dtype in [
            ("raw_train", np.float64),
            ("raw_test", np.float64),
            ("labels_train", label_type),
            ("labels_test", label_type),
        ]:
            array = np.array(getattr(self, field), dtype=dtype)
            array.flags.writeable = False
            object.__setattr__(self, field, array)
        object.__setattr__(self, "raw_names", tuple(self.raw_names))

    @property
    def n_outputs(self) -> int:
        return self.n_classes if self.task == "multiclass" else 1

    @property
    def is_2d(self) -> bool:
        """Two raw input columns, so the points and the decision map can be drawn in a plane."""
        return len(self.raw_names) == 2

    @property
    def y_train(self) -> np.ndarray:
        """Training targets as the network's outputs, shape (n_train, n_outputs)."""
        return self._encode(self.labels_train)

    @property
    def y_test(self) -> np.ndarray:
        return self._encode(self.labels_test)

    def _encode(self, labels: np.ndarray) -> np.ndarray:
        if self.task == "multiclass":
            return np.eye(self.n_classes)[labels]
        return labels.astype(np.float64)[:, None]

    def feature_names(self) -> list[str]:
        """The input features this data offers: its raw columns, plus x₁², … when it has x1, x2."""
        return available_features(self.raw_names)

    def features(self, names: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The network's inputs (x_train, x_test) for the chosen feature names."""
        return (
            apply_features(self.raw_train, self.raw_names, names),
            apply_features(self.raw_test, self.raw_names, names),
        )
