"""Results per split: confusion matrices against a hand count, precision and recall, the
regression fit, and a trained network's results on a dataset."""

import math

import numpy as np
import pytest

from playground.engine.dataset import Dataset
from playground.engine.errors import DataError
from playground.engine.metrics import accuracy, r_squared, rmse
from playground.engine.network import Network
from playground.engine.results import (
    ConfusionMatrix,
    RegressionFit,
    confusion_matrix,
    results,
    split_results,
)
from playground.engine.spec import LayerSpec, NetworkSpec

# Ten points of three classes, counted by hand:
#   true 0: predicted 0, 0, 1        → row [2, 1, 0]
#   true 1: predicted 1, 1, 1, 2     → row [0, 3, 1]
#   true 2: predicted 0, 2, 2        → row [1, 0, 2]
TRUTH = np.array([0, 1, 2, 0, 1, 1, 2, 0, 1, 2])
PREDICTED = np.array([0, 1, 0, 1, 1, 2, 2, 0, 1, 2])
HAND_COUNT = np.array([[2, 1, 0], [0, 3, 1], [1, 0, 2]])


@pytest.fixture
def matrix() -> ConfusionMatrix:
    return confusion_matrix(TRUTH, PREDICTED, 3)


def test_counts_match_a_hand_count(matrix):
    np.testing.assert_array_equal(matrix.counts, HAND_COUNT)
    assert matrix.n_classes == 3
    assert matrix.total == 10
    np.testing.assert_array_equal(matrix.row_totals(), [3, 4, 3])


def test_row_percentages_sum_to_100_per_class(matrix):
    percentages = matrix.row_percentages()
    np.testing.assert_allclose(percentages[0], [200 / 3, 100 / 3, 0])
    np.testing.assert_allclose(percentages[1], [0, 75, 25])
    np.testing.assert_allclose(percentages.sum(axis=1), 100)


def test_per_class_accuracy_precision_and_f1_by_hand(matrix):
    np.testing.assert_allclose(matrix.recall(), [2 / 3, 3 / 4, 2 / 3])
    np.testing.assert_allclose(matrix.precision(), [2 / 3, 3 / 4, 2 / 3])  # columns 3, 4, 3
    np.testing.assert_allclose(matrix.f1(), [2 / 3, 3 / 4, 2 / 3])
    assert matrix.accuracy() == pytest.approx(7 / 10)


def test_binary_precision_and_recall_of_class_1():
    # 6 of class 1: 4 found (true positives), 2 missed; 4 of class 0: 1 false alarm.
    truth = np.array([1, 1, 1, 1, 1, 1, 0, 0, 0, 0])
    predicted = np.array([1, 1, 1, 1, 0, 0, 1, 0, 0, 0])
    binary = confusion_matrix(truth, predicted, 2)
    np.testing.assert_array_equal(binary.counts, [[3, 1], [2, 4]])
    assert binary.precision()[1] == pytest.approx(4 / 5)
    assert binary.recall()[1] == pytest.approx(4 / 6)
    assert binary.f1()[1] == pytest.approx(2 * 0.8 * (2 / 3) / (0.8 + 2 / 3))
    assert binary.recall()[0] == pytest.approx(3 / 4)  # class 0's accuracy: the specificity


def test_a_cell_names_its_points(matrix):
    np.testing.assert_array_equal(matrix.cell_indices(0, 0), [0, 7])
    np.testing.assert_array_equal(matrix.cell_indices(2, 0), [2])
    np.testing.assert_array_equal(matrix.cell_indices(1, 2), [5])
    assert matrix.cell_indices(0, 2).size == 0
    total = sum(matrix.cell_indices(i, j).size for i in range(3) for j in range(3))
    assert total == 10


def test_absent_classes_give_nan_not_zero():
    absent = confusion_matrix(np.array([0, 0]), np.array([0, 0]), 3)
    assert np.isnan(absent.row_percentages()[1:]).all()
    np.testing.assert_array_equal(absent.recall()[:1], [1.0])
    assert np.isnan(absent.recall()[1:]).all()
    assert np.isnan(absent.precision()[1:]).all()
    empty = confusion_matrix(np.array([], int), np.array([], int), 2)
    assert empty.total == 0
    assert math.isnan(empty.accuracy())
    assert empty.counts.shape == (2, 2)


def test_classes_outside_the_range_are_refused():
    with pytest.raises(DataError, match="predicted class"):
        confusion_matrix(np.array([0, 1]), np.array([0, 2]), 2)
    with pytest.raises(DataError, match="true class"):
        confusion_matrix(np.array([-1, 1]), np.array([0, 1]), 2)
    with pytest.raises(DataError, match="predictions"):
        confusion_matrix(np.array([0, 1]), np.array([0]), 2)


def test_results_read_outputs_as_the_metrics_do():
    rng = np.random.default_rng(0)
    probabilities = rng.random((50, 1))
    labels = rng.integers(0, 2, 50)
    binary = results("binary", probabilities, labels, 2)
    assert binary.accuracy() == pytest.approx(accuracy(probabilities, labels[:, None]))
    np.testing.assert_array_equal(binary.predicted, probabilities[:, 0] >= 0.5)
    scores = rng.random((50, 4))
    classes = rng.integers(0, 4, 50)
    multiclass = results("multiclass", scores, classes, 4)
    assert multiclass.accuracy() == pytest.approx(accuracy(scores, np.eye(4)[classes]))


def test_regression_fit_reuses_r_squared_and_rmse():
    truth = np.array([1.0, 2.0, 3.0, 4.0])
    output = np.array([[1.5], [2.0], [2.0], [4.5]])
    fit = results("regression", output, truth, 0)
    assert isinstance(fit, RegressionFit)
    np.testing.assert_array_equal(fit.predicted, [1.5, 2.0, 2.0, 4.5])
    np.testing.assert_array_equal(fit.residuals, [-0.5, 0.0, 1.0, -0.5])
    # SS_res = 0.25 + 0 + 1 + 0.25 = 1.5; SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5
    assert fit.r_squared() == pytest.approx(1 - 1.5 / 5)
    assert fit.rmse() == pytest.approx(math.sqrt(1.5 / 4))
    assert fit.r_squared() == r_squared(output, truth[:, None])
    assert fit.rmse() == rmse(output, truth[:, None])


def _dataset(task: str, n_classes: int, labels: np.ndarray) -> Dataset:
    rng = np.random.default_rng(1)
    raw = rng.normal(size=(len(labels), 2))
    cut = len(labels) * 3 // 4
    return Dataset(task, n_classes, ("x1", "x2"), "y", raw[:cut], raw[cut:],
                   labels[:cut], labels[cut:])


def test_split_results_of_a_network_on_train_and_test():
    labels = np.arange(40) % 3
    dataset = _dataset("multiclass", 3, labels)
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(4, "tanh"), LayerSpec(3, "softmax")),
                       "cross_entropy")
    network = Network(spec, seed=2)
    found = split_results(network, dataset)
    assert set(found) == {"train", "test"}
    x_train, x_test = dataset.features(spec.features)
    for split, x, y in (("train", x_train, dataset.y_train), ("test", x_test, dataset.y_test)):
        assert found[split].total == len(y)
        assert found[split].accuracy() == pytest.approx(accuracy(network.predict(x), y))


def test_split_results_of_a_regression_and_an_empty_test_set():
    rng = np.random.default_rng(4)
    raw = rng.normal(size=(20, 2))
    dataset = Dataset("regression", 0, ("x1", "x2"), "y", raw, raw[:0], raw[:, 0], raw[:0, 0])
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(3, "tanh"), LayerSpec(1, "linear")), "mse")
    network = Network(spec, seed=0)
    found = split_results(network, dataset)
    np.testing.assert_allclose(found["train"].predicted, network.predict(raw)[:, 0])
    assert found["test"].truth.size == 0
    assert math.isnan(found["test"].rmse())


def test_split_results_refuse_a_network_of_other_outputs():
    dataset = _dataset("multiclass", 3, np.arange(12) % 3)
    network = Network(NetworkSpec(), seed=0)  # one sigmoid output
    with pytest.raises(DataError, match="outputs"):
        split_results(network, dataset)
