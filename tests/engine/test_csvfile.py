"""CSV files: reading, writing back exactly, and every bad file refused with a message."""

from __future__ import annotations

import numpy as np
import pytest

import playground.engine.csvfile as csvfile
from playground.engine.csvfile import load_csv, save_csv
from playground.engine.datasets import make_dataset
from playground.engine.errors import DataError
from playground.engine.spec import DataSettings

RAW_NAMES = ("x1", "x2")


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
    with pytest.raises(DataError, match=r"missing\.csv: not found"):
        load_csv(tmp_path / "missing.csv")
    with pytest.raises(DataError, match="is a folder"):
        load_csv(tmp_path)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(DataError, match="not UTF-8"):
        load_csv(binary)


def test_csv_too_large(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("1,2,0\n" * 10)
    monkeypatch.setattr(csvfile, "MAX_CSV_BYTES", 50)
    with pytest.raises(DataError, match="big.csv is 0.0 MB; the limit is 50 MB"):
        load_csv(path)


def test_csv_too_many_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(csvfile, "MAX_POINTS", 5)
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
