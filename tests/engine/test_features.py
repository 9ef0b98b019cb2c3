"""Input features: the registry, their values, and what a dataset with other columns offers."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.errors import DataError
from playground.engine.features import FEATURES, apply_features, available_features

RAW_NAMES = ("x1", "x2")


def test_feature_registry_names_and_labels():
    assert FEATURES.names() == [
        "x1",
        "x2",
        "x1_squared",
        "x2_squared",
        "x1_times_x2",
        "sin_x1",
        "sin_x2",
    ]
    assert FEATURES["x1_squared"].label == "x₁²"
    assert all(feature.label for feature in FEATURES.values())


def test_feature_values():
    raw = np.array([[2.0, -3.0], [0.5, np.pi / 2]])
    x = apply_features(raw, RAW_NAMES, FEATURES.names())
    expected = [
        [2.0, -3.0, 4.0, 9.0, -6.0, np.sin(2.0), np.sin(-3.0)],
        [0.5, np.pi / 2, 0.25, np.pi**2 / 4, np.pi / 4, np.sin(0.5), 1.0],
    ]
    np.testing.assert_allclose(x, expected)
    assert x.shape == (2, 7) and x.dtype == np.float64


def test_features_follow_the_requested_order_and_find_x1_x2_anywhere():
    raw = np.array([[10.0, 3.0, 2.0]])
    x = apply_features(raw, ("z", "x2", "x1"), ["x1_times_x2", "z", "x1"])
    np.testing.assert_array_equal(x, [[6.0, 10.0, 2.0]])


def test_csv_column_names_pass_through():
    raw = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    x = apply_features(raw, ("age", "height", "weight"), ["weight", "age"])
    np.testing.assert_array_equal(x, [[3.0, 1.0], [6.0, 4.0]])


def test_features_of_no_rows_keep_their_width():
    assert apply_features(np.empty((0, 2)), RAW_NAMES, ["x1", "sin_x2"]).shape == (0, 2)


def test_derived_feature_needs_x1_and_x2():
    with pytest.raises(DataError, match="x1 and x2.*age, height"):
        apply_features(np.ones((2, 2)), ("age", "height"), ["x1_squared"])


def test_unknown_feature_lists_what_the_data_offers():
    with pytest.raises(DataError, match="'x3'.*x1_squared"):
        apply_features(np.ones((2, 2)), RAW_NAMES, ["x3"])
    with pytest.raises(DataError, match="at least one"):
        apply_features(np.ones((2, 2)), RAW_NAMES, [])


def test_available_features():
    assert available_features(("a", "b")) == ["a", "b"]
    assert available_features(RAW_NAMES) == FEATURES.names()
    assert available_features(("x1", "x2", "x3"))[:3] == ["x1", "x2", "x3"]
