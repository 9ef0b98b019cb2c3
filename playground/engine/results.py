"""How the network does on each split, beyond one number: the confusion matrix of a
classifier (with per-class accuracy, precision and recall) and the predicted-versus-true pairs
of a regression (with residuals, R² and RMSE)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .dataset import Dataset
from .errors import DataError, text_error
from .metrics import predicted_classes, r_squared, rmse
from .network import Network
from .texts import QT_TRANSLATE_NOOP

SPLITS = ("train", "test")


def _share(part: np.ndarray, whole: np.ndarray) -> np.ndarray:
    """part / whole, NaN where whole is 0 (a share of nothing is unknown, not 0)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(whole > 0, part / np.maximum(whole, 1), np.nan)


@dataclass(frozen=True, eq=False)  # eq=False: NumPy arrays have no single truth value
class ConfusionMatrix:
    """Counts of the points of each true class (rows) by the class predicted (columns).

    `truth` and `predicted` keep every point's classes, so a cell can name its points.
    """

    truth: np.ndarray  # (n,) true class of each point
    predicted: np.ndarray  # (n,) predicted class of each point
    counts: np.ndarray  # (k, k): counts[i, j] points of class i predicted as class j

    @property
    def n_classes(self) -> int:
        return len(self.counts)

    @property
    def total(self) -> int:
        return int(self.counts.sum())

    def row_totals(self) -> np.ndarray:
        """How many points each true class has."""
        return self.counts.sum(axis=1)

    def row_percentages(self) -> np.ndarray:
        """counts[i, j] as a percentage of true class i's points; NaN rows for absent classes."""
        return 100.0 * _share(self.counts, self.row_totals()[:, None])

    def accuracy(self) -> float:
        """The share of all points predicted right; NaN with no points."""
        return float(_share(np.trace(self.counts), np.array(self.total)))

    def recall(self) -> np.ndarray:
        """Per-class accuracy: the share of each true class's points predicted as that class."""
        return _share(np.diag(self.counts), self.row_totals())

    def precision(self) -> np.ndarray:
        """Per class: the share of the points predicted as it that truly are of it."""
        return _share(np.diag(self.counts), self.counts.sum(axis=0))

    def f1(self) -> np.ndarray:
        """Per class: the harmonic mean of precision and recall."""
        precision, recall = self.precision(), self.recall()
        return _share(2 * precision * recall, precision + recall)

    def cell_indices(self, true_class: int, predicted_class: int) -> np.ndarray:
        """The indices (into the split's points) of the points counted in one cell."""
        return np.flatnonzero((self.truth == true_class) & (self.predicted == predicted_class))


def confusion_matrix(truth: np.ndarray, predicted: np.ndarray, n_classes: int) -> ConfusionMatrix:
    """The confusion matrix of class numbers `predicted` against `truth` (both 0…n_classes−1)."""
    truth = np.asarray(truth, dtype=np.int64).ravel()
    predicted = np.asarray(predicted, dtype=np.int64).ravel()
    if truth.shape != predicted.shape:
        raise text_error(DataError, QT_TRANSLATE_NOOP("Errors", "{0} predictions for {1} points"),
                         len(predicted), len(truth))
    outside = (QT_TRANSLATE_NOOP("Errors", "a true class lies outside 0…{0}"),
               QT_TRANSLATE_NOOP("Errors", "a predicted class lies outside 0…{0}"))
    for message, classes in zip(outside, (truth, predicted), strict=True):
        if classes.size and (classes.min() < 0 or classes.max() >= n_classes):
            raise text_error(DataError, message, n_classes - 1)
    counts = np.bincount(truth * n_classes + predicted, minlength=n_classes * n_classes)
    return ConfusionMatrix(truth, predicted, counts.reshape(n_classes, n_classes))


@dataclass(frozen=True, eq=False)
class RegressionFit:
    """A regression's predictions beside the true values, one output."""

    truth: np.ndarray  # (n,)
    predicted: np.ndarray  # (n,)

    @property
    def residuals(self) -> np.ndarray:
        """truth − predicted: positive where the network predicts too little."""
        return self.truth - self.predicted

    def r_squared(self) -> float:
        return r_squared(self.predicted[:, None], self.truth[:, None])

    def rmse(self) -> float:
        return rmse(self.predicted[:, None], self.truth[:, None])


Results = ConfusionMatrix | RegressionFit


def results(task: str, output: np.ndarray, labels: np.ndarray, n_classes: int) -> Results:
    """The network's `output` (n, outputs) against a split's `labels` (class numbers, or the
    values for regression): a confusion matrix for classification, the fit for regression."""
    output = np.asarray(output, dtype=np.float64)
    if task == "regression":
        return RegressionFit(np.asarray(labels, dtype=np.float64), output[:, 0].copy())
    return confusion_matrix(labels, predicted_classes(output), n_classes)


def split_results(network: Network, dataset: Dataset) -> dict[str, Results]:
    """The results on the training and the test points ("train", "test") of `dataset`."""
    if network.spec.n_outputs != dataset.n_outputs:
        raise text_error(DataError, QT_TRANSLATE_NOOP(
            "Errors", "the network has {0} outputs; the data needs {1}"),
            network.spec.n_outputs, dataset.n_outputs)
    inputs = dataset.features(network.spec.features)
    labels = (dataset.labels_train, dataset.labels_test)
    with np.errstate(all="ignore"):  # a diverged network's NaNs are results too
        return {
            split: results(dataset.task, network.predict(x), y, dataset.n_classes)
            for split, x, y in zip(SPLITS, inputs, labels)
        }
