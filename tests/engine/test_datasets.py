"""make_dataset: the train/test split, task inference, inline points and settings checks."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.dataset import Dataset
from playground.engine.datasets import make_dataset
from playground.engine.errors import DataError
from playground.engine.spec import MAX_POINTS, DataSettings

RAW_NAMES = ("x1", "x2")


# --- make_dataset: split, shapes, targets ----------------------------------------------------


def test_split_sizes_and_disjoint_rows():
    data = make_dataset(DataSettings(kind="circle", n_points=101, train_ratio=0.7))
    assert data.raw_train.shape == (71, 2) and data.raw_test.shape == (30, 2)
    assert data.labels_train.shape == (71,) and data.labels_test.shape == (30,)
    rows = {tuple(row) for row in np.vstack([data.raw_train, data.raw_test])}
    assert len(rows) == 101


def test_same_settings_give_the_same_dataset_and_seed_changes_it():
    settings = DataSettings(kind="spiral", n_points=200, seed=3)
    a, b = make_dataset(settings), make_dataset(settings)
    np.testing.assert_array_equal(a.raw_train, b.raw_train)
    np.testing.assert_array_equal(a.labels_test, b.labels_test)
    c = make_dataset(settings.with_(seed=4))
    assert not np.array_equal(a.raw_train, c.raw_train)


def test_train_ratio_one_keeps_the_given_order_and_an_empty_test_set():
    points = ((1.0, 1.0, 0), (2.0, 0.0, 1), (0.0, 3.0, 1), (-1.0, -1.0, 0))
    data = make_dataset(DataSettings(kind="inline", points=points, train_ratio=1.0))
    np.testing.assert_array_equal(data.raw_train, [p[:2] for p in points])
    np.testing.assert_array_equal(data.labels_train, [0, 1, 1, 0])
    assert data.raw_test.shape == (0, 2)
    assert data.y_test.shape == (0, 1)
    x_train, x_test = data.features(["x1", "x1_squared"])
    assert x_train.shape == (4, 2) and x_test.shape == (0, 2)


def test_small_ratio_keeps_at_least_one_training_row():
    points = ((0.0, 0.0, 0.0), (1.0, 1.0, 1.0))
    data = make_dataset(DataSettings(kind="inline", points=points, train_ratio=0.1))
    assert len(data.raw_train) == 1 and len(data.raw_test) == 1


def test_binary_dataset_targets():
    data = make_dataset(DataSettings(kind="xor", n_points=50))
    assert (data.task, data.n_classes, data.n_outputs) == ("binary", 2, 1)
    assert data.y_train.shape == (25, 1)
    np.testing.assert_array_equal(data.y_train[:, 0], data.labels_train)
    assert data.is_2d and data.raw_names == RAW_NAMES and data.target_name == "y"


def test_multiclass_dataset_targets_are_one_hot():
    data = make_dataset(DataSettings(kind="blobs", n_points=60, n_classes=4))
    assert (data.task, data.n_classes, data.n_outputs) == ("multiclass", 4, 4)
    assert data.y_train.shape == (30, 4)
    np.testing.assert_array_equal(data.y_train.sum(axis=1), 1)
    np.testing.assert_array_equal(data.y_train.argmax(axis=1), data.labels_train)


def test_blobs_with_two_classes_stay_multiclass():
    data = make_dataset(DataSettings(kind="blobs", n_points=20, n_classes=2))
    assert (data.task, data.n_outputs) == ("multiclass", 2)


def test_regression_dataset_targets():
    data = make_dataset(DataSettings(kind="multi_gaussian", n_points=40))
    assert (data.task, data.n_classes, data.n_outputs) == ("regression", 0, 1)
    assert data.labels_train.dtype == np.float64
    np.testing.assert_array_equal(data.y_train[:, 0], data.labels_train)


def test_dataset_arrays_are_read_only():
    data = make_dataset(DataSettings(kind="circle", n_points=10))
    with pytest.raises(ValueError):
        data.raw_train[0, 0] = 1.0
    assert isinstance(data, Dataset)


# --- task inference and inline points --------------------------------------------------------


def inline(targets, **settings) -> Dataset:
    points = tuple((float(i), float(-i), t) for i, t in enumerate(targets))
    return make_dataset(DataSettings(kind="inline", points=points, train_ratio=1.0, **settings))


@pytest.mark.parametrize(
    ("targets", "task", "n_classes"),
    [
        ([0, 1, 1, 0], "binary", 2),
        ([1.0, 1.0, 1.0], "binary", 2),
        ([0, 2, 1, 2], "multiclass", 3),
        ([0.5, 1.5, 2.0], "regression", 0),
        (list(range(11)), "regression", 0),
    ],
)
def test_task_inference(targets, task, n_classes):
    data = inline(targets)
    assert (data.task, data.n_classes) == (task, n_classes)


def test_inferred_classes_must_be_numbered_from_zero():
    with pytest.raises(DataError, match="0…k−1.*found 1, 2, 3.*regression"):
        inline([1, 2, 3, 1])


def test_task_override_and_its_checks():
    assert inline([0, 1, 2], task="regression").task == "regression"
    assert inline([1, 2, 3], task="regression").labels_train.dtype == np.float64
    assert inline([0, 1, 0], task="multiclass").n_outputs == 2
    with pytest.raises(DataError, match="binary targets must be 0 or 1; found 0, 1, 2"):
        inline([0, 1, 2], task="binary")
    with pytest.raises(DataError, match="whole class numbers; found 0, 0.5"):
        inline([0, 0.5], task="binary")
    with pytest.raises(DataError, match="found 0, 2"):
        inline([0, 2], task="multiclass")
    with pytest.raises(DataError, match="unknown task 'ranking'"):
        inline([0, 1], task="ranking")
    with pytest.raises(DataError, match="whole class numbers"):
        make_dataset(DataSettings(kind="plane", task="binary"))


def test_inline_points_with_more_inputs():
    points = ((1, 2, 3, 0.5), (4, 5, 6, 1.5))
    data = make_dataset(DataSettings(kind="inline", points=points, train_ratio=1.0))
    assert data.raw_names == ("x1", "x2", "x3") and not data.is_2d
    np.testing.assert_array_equal(data.raw_train, [[1, 2, 3], [4, 5, 6]])
    assert data.task == "regression"
    assert "x1_squared" in data.feature_names()


@pytest.mark.parametrize(
    ("points", "message"),
    [
        (((1.0,),), "at least one input"),
        (((1.0, 2.0, 0.0), (1.0, 0.0)), "point 2 has 2 values, but point 1 has 3"),
        (((1.0, 2.0, 0.0), (1.0, "a", 1.0)), "point 2, value 2: 'a' is not a number"),
        (((1.0, 2.0, 0.0), (float("nan"), 1.0, 1.0)), "point 2, value 1: nan is not a finite"),
    ],
)
def test_bad_inline_points(points, message):
    with pytest.raises(DataError, match=message):
        make_dataset(DataSettings(kind="inline", points=points))


# --- settings validation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "moons"}, "unknown dataset 'moons'; known: circle, xor.*inline, csv"),
        ({"n_points": 0}, "number of points must be 1 to 1,000,000"),
        ({"n_points": MAX_POINTS + 1}, "number of points"),
        ({"n_points": 2.5}, "number of points"),
        ({"n_points": 1}, "at least 2 points"),
        ({"noise": -0.1}, "noise must be between 0 and 1"),
        ({"noise": 1.5}, "noise"),
        ({"noise": float("nan")}, "noise"),
        ({"train_ratio": 0.0}, "training share"),
        ({"train_ratio": 1.2}, "training share"),
        ({"seed": -1}, "seed"),
        ({"kind": "blobs", "n_classes": 1}, "number of classes must be 2 to 10"),
        ({"kind": "spiral_k", "n_classes": 11}, "number of classes"),
        ({"kind": "blobs", "n_classes": 5, "n_points": 4}, "4 points cannot cover 5 classes"),
        ({"kind": "csv"}, "no CSV file"),
    ],
)
def test_bad_settings(changes, message):
    with pytest.raises(DataError, match=message):
        make_dataset(DataSettings().with_(**changes))


def test_class_count_is_ignored_by_binary_generators():
    assert make_dataset(DataSettings(kind="circle", n_classes=99)).n_classes == 2



@pytest.mark.parametrize("task, classes", [("binary", 2), ("multiclass", 4), ("regression", 0)])
def test_your_own_points_start_empty(task, classes):
    data = make_dataset(DataSettings(kind="inline", points=(), task=task, n_classes=4))
    assert data.task == task and data.n_classes == classes and data.is_2d
    assert data.raw_train.shape == (0, 2) and data.y_train.shape == (0, data.n_outputs)
