"""Datasets: generators, features, the train/test split, task inference, inline points, CSV."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.datasets import (
    DATASETS,
    MAX_POINTS,
    Dataset,
    load_csv,
    make_dataset,
    save_csv,
)
from playground.engine.errors import DataError
from playground.engine.features import FEATURES, apply_features, available_features
from playground.engine.spec import DataSettings

RAW_NAMES = ("x1", "x2")


def generate(name: str, seed: int = 0, noise: float = 0.1, n: int = 300, k: int = 3):
    return DATASETS[name].generate(n, noise, np.random.default_rng(seed), k)


# --- generators ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", DATASETS.names())
def test_generator_is_deterministic_per_seed(name):
    raw_a, target_a = generate(name, seed=7)
    raw_b, target_b = generate(name, seed=7)
    raw_c, _ = generate(name, seed=8)
    np.testing.assert_array_equal(raw_a, raw_b)
    np.testing.assert_array_equal(target_a, target_b)
    assert not np.array_equal(raw_a, raw_c)


@pytest.mark.parametrize("name", DATASETS.names())
@pytest.mark.parametrize("noise", [0.0, 0.5, 1.0])
def test_generator_shapes_types_and_range(name, noise):
    raw, target = generate(name, noise=noise, n=301)
    assert raw.shape == (301, 2) and raw.dtype == np.float64
    assert target.shape == (301,)
    assert np.all(np.abs(raw) <= 6.0)
    if DATASETS[name].task == "regression":
        assert target.dtype == np.float64
        assert np.all(np.isfinite(target))
    else:
        assert np.issubdtype(target.dtype, np.integer)


@pytest.mark.parametrize("name", DATASETS.names())
def test_generator_entries_describe_themselves(name):
    generator = DATASETS[name]
    assert generator.name == name
    assert generator.label and generator.description
    assert generator.task in ("binary", "multiclass", "regression")


@pytest.mark.parametrize("name", ["circle", "xor", "gaussians", "spiral"])
def test_binary_generators_are_balanced(name):
    _, target = generate(name, n=1000)
    assert set(np.unique(target)) == {0, 1}
    assert 0.4 < target.mean() < 0.6


@pytest.mark.parametrize("name", ["blobs", "spiral_k"])
@pytest.mark.parametrize("k", [2, 3, 7, 10])
def test_multiclass_generators_use_every_class_equally(name, k):
    _, target = generate(name, n=100 * k, k=k)
    np.testing.assert_array_equal(np.bincount(target), [100] * k)


@pytest.mark.parametrize("name", DATASETS.names())
def test_noise_moves_points_or_targets_but_keeps_the_layout(name):
    raw_clean, target_clean = generate(name, noise=0.0)
    raw_noisy, target_noisy = generate(name, noise=0.4)
    assert not (np.array_equal(raw_clean, raw_noisy) and np.array_equal(target_clean, target_noisy))
    if DATASETS[name].task != "regression":
        # Same seed: the same points of the same classes, only jittered.
        np.testing.assert_array_equal(target_clean, target_noisy)


def test_clean_circle_has_a_gap_between_disc_and_ring():
    raw, target = generate("circle", noise=0.0, n=1000)
    radius = np.hypot(raw[:, 0], raw[:, 1])
    assert radius[target == 1].max() <= 2.5
    assert radius[target == 0].min() >= 3.5


def test_clean_xor_labels_follow_the_quadrants():
    raw, target = generate("xor", noise=0.0, n=1000)
    np.testing.assert_array_equal(target, (raw[:, 0] * raw[:, 1] > 0).astype(int))
    assert np.abs(raw).min() >= 0.3


def test_clean_plane_is_exactly_linear():
    raw, target = generate("plane", noise=0.0)
    np.testing.assert_allclose(target, (raw[:, 0] + raw[:, 1]) / 12)


def test_gaussians_are_linearly_separable_without_noise():
    raw, target = generate("gaussians", noise=0.0, n=1000)
    np.testing.assert_array_equal(target, (raw.sum(axis=1) > 0).astype(int))


# --- features --------------------------------------------------------------------------------


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
        ((), "no points"),
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


# --- CSV -------------------------------------------------------------------------------------


def test_csv_round_trip_keeps_names_and_exact_values(tmp_path):
    path = tmp_path / "data.csv"
    rng = np.random.default_rng(0)
    raw = rng.normal(size=(20, 3))
    target = rng.integers(0, 3, 20)
    save_csv(path, raw, target, ("age", "height", "weight"), "group")
    loaded_raw, loaded_target, names, target_name = load_csv(path)
    np.testing.assert_array_equal(loaded_raw, raw)
    np.testing.assert_array_equal(loaded_target, target)
    assert names == ("age", "height", "weight") and target_name == "group"
    assert path.read_text().splitlines()[0] == "age,height,weight,group"


def test_csv_without_header_gets_default_names(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("1,2,0\n\n3.5, -4e-1 ,1\n")
    raw, target, names, target_name = load_csv(path)
    np.testing.assert_array_equal(raw, [[1, 2], [3.5, -0.4]])
    np.testing.assert_array_equal(target, [0, 1])
    assert names == ("x1", "x2") and target_name == "y"


def test_csv_header_with_quotes_and_a_byte_order_mark(tmp_path):
    path = tmp_path / "quoted.csv"
    path.write_bytes('\ufeff"x1", "x2","label"\r\n1,2,0\r\n'.encode())
    _, _, names, target_name = load_csv(path)
    assert names == ("x1", "x2") and target_name == "label"


def test_csv_dataset_uses_column_names_as_features(tmp_path):
    path = tmp_path / "people.csv"
    save_csv(path, np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([0.5, 1.5]), ("a", "b"), "c")
    data = make_dataset(DataSettings(kind="csv", csv_path=str(path), train_ratio=1.0))
    assert data.task == "regression" and data.raw_names == ("a", "b") and data.target_name == "c"
    x_train, _ = data.features(["b"])
    np.testing.assert_array_equal(x_train, [[2.0], [4.0]])
    assert data.feature_names() == ["a", "b"]
    with pytest.raises(DataError, match="x1 and x2"):
        data.features(["x1_squared"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("\n \n", "is empty"),
        ("x1,x2,y\n", "header but no data rows"),
        ("1\n2\n", "line 1 has 1 column.*at least 2"),
        ("1;2;0\n", "line 1 has 1 column.*commas"),
        ("x1,x2,y\n1,2,0\n3,4\n", "line 3 has 2 columns, but line 1 has 3"),
        ("x1,x2,y\n1,2,0\n\n3,abc,1\n", "line 4, column 2: 'abc' is not a number"),
        ("1,2,0\n3,,1\n", "line 2, column 2: '' is not a number"),
        ("1,2,0\n3,nan,1\n", "line 2, column 2: 'nan' is not a finite number"),
        ("1,2,0\n3,4,inf\n", "line 2, column 3: 'inf' is not a finite number"),
        ("x1,7,y\n1,2,0\n", "line 1 mixes names and numbers"),
        ("x1,,y\n1,2,0\n", "line 1: column 2 has no name"),
        ("a,a,y\n1,2,0\n", "line 1: column name 'a' is used twice"),
        ('x1,x2,y\n1,"2\n', "line 2: unexpected end of data"),
    ],
)
def test_bad_csv_files(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(DataError, match=message):
        load_csv(path)


def test_csv_missing_file_folder_and_binary(tmp_path):
    with pytest.raises(DataError, match="not found.*missing.csv"):
        load_csv(tmp_path / "missing.csv")
    with pytest.raises(DataError, match="is a folder"):
        load_csv(tmp_path)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(DataError, match="not UTF-8"):
        load_csv(binary)


def test_csv_too_large(tmp_path, monkeypatch):
    import playground.engine.datasets as datasets

    path = tmp_path / "big.csv"
    path.write_text("1,2,0\n" * 10)
    monkeypatch.setattr(datasets, "MAX_CSV_BYTES", 50)
    with pytest.raises(DataError, match="big.csv is 0.0 MB; the limit is 50 MB"):
        load_csv(path)


def test_csv_too_many_rows(tmp_path, monkeypatch):
    import playground.engine.datasets as datasets

    monkeypatch.setattr(datasets, "MAX_POINTS", 5)
    path = tmp_path / "long.csv"
    path.write_text("x1,x2,y\n" + "1,2,0\n" * 5)
    assert load_csv(path)[0].shape == (5, 2)  # the header does not count
    path.write_text("x1,x2,y\n" + "1,2,0\n" * 6)
    with pytest.raises(DataError, match="more than 5 rows"):
        load_csv(path)
    path.write_text("1,2,0\n" * 7)
    with pytest.raises(DataError, match="more than 5 rows"):
        load_csv(path)


def test_save_csv_rejects_what_would_not_read_back(tmp_path):
    path = tmp_path / "out.csv"
    with pytest.raises(DataError, match="shape"):
        save_csv(path, np.ones((3, 2)), np.ones(2), RAW_NAMES, "y")
    with pytest.raises(DataError, match="is a number"):
        save_csv(path, np.ones((3, 2)), np.ones(3), ("x1", "2"), "y")
    with pytest.raises(DataError, match="NaN"):
        save_csv(path, np.full((1, 2), np.nan), np.ones(1), RAW_NAMES, "y")
    assert not path.exists()


def test_generated_data_round_trips_through_csv(tmp_path):
    original = make_dataset(DataSettings(kind="spiral_k", n_points=90, train_ratio=1.0))
    path = tmp_path / "spiral.csv"
    save_csv(path, original.raw_train, original.labels_train, original.raw_names, "class")
    loaded = make_dataset(DataSettings(kind="csv", csv_path=str(path), train_ratio=1.0))
    assert (loaded.task, loaded.n_classes) == ("multiclass", 3)
    np.testing.assert_array_equal(loaded.raw_train, original.raw_train)
    np.testing.assert_array_equal(loaded.y_train, original.y_train)
