"""Mutation fuzzing of the model-file and CSV loaders: good files truncated, with flipped bytes,
deleted keys, values of the wrong type, huge numbers, deep nesting and giant arrays. Every case
is refused with one PlaygroundError or loaded whole (it builds, passes its rules and saves back
the same); never another exception, a hang or a half-load."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from fuzzing import FINITE
from hypothesis import given
from hypothesis import strategies as st

from playground.engine.csvfile import load_csv, save_csv
from playground.engine.errors import PlaygroundError
from playground.engine.history import History
from playground.engine.modelfile import ModelFile, from_json_text, load_model, to_json_text
from playground.engine.network import Network
from playground.engine.spec import (
    DataSettings,
    LayerSpec,
    NetworkSpec,
    TrainSettings,
    settings_problem,
)

SPEC = NetworkSpec(layers=(LayerSpec(3, "maxout", {"k": 2}), LayerSpec(2, "prelu"),
                           LayerSpec(1, "sigmoid")))
NETWORK = Network(SPEC, seed=3)
# Epochs with a gap, before the saved epoch: the file numbers them (state.history.epoch).
HISTORY = History.from_columns(epoch=[0, 2, 3], train_loss=[0.9, 0.7, 0.5],
                               test_loss=[1.0, 0.8, 0.6],
                               grad_mean_abs=[[0.1, np.nan, 0.3], [0.2, 0.1, 0.4],
                                              [np.nan] * 3])
GOOD_MODEL = to_json_text(ModelFile(
    SPEC, NETWORK.params, TrainSettings(optimizer="adam", seed=5),
    DataSettings(kind="inline", points=((0.0, 1.0, 1.0), (2.0, -1.0, 0.0))), 4, HISTORY,
))
GOOD_OBJECT = json.loads(GOOD_MODEL)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | FINITE | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=3),
    max_leaves=6,
)
HUGE_NUMBERS = st.sampled_from(
    ["1e999", "-1e999", "9" * 400, "-" + "9" * 400, "9" * 5000, "2147483648", "1e-400", "NaN",
     "Infinity", "1.7976931348623157e308", "4.0"]
)


def places(value: Any, path: tuple = ()) -> list[tuple]:
    """The path of every value inside `value`, the top one first."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += places(item, (*path, index))
    return found


PLACES = places(GOOD_OBJECT)[1:]


def replaced(path: tuple, new: Any) -> dict:
    obj = json.loads(GOOD_MODEL)
    target = obj
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return obj


def marked(path: tuple, text: str) -> str:
    """The good file's text with the value at `path` replaced by the raw JSON `text`."""
    return json.dumps(replaced(path, "\0MARK\0")).replace('"\\u0000MARK\\u0000"', text, 1)


@st.composite
def damaged_model_texts(draw: st.DrawFn) -> bytes:
    how = draw(st.sampled_from(
        ["truncate", "flip", "delete", "retype", "huge", "nest", "giant", "splice"]
    ))
    raw = GOOD_MODEL.encode("utf-8")
    path = draw(st.sampled_from(PLACES))
    if how == "truncate":
        return raw[: draw(st.integers(0, len(raw) - 1))]
    if how == "flip":
        flipped = bytearray(raw)
        for _ in range(draw(st.integers(1, 4))):
            flipped[draw(st.integers(0, len(raw) - 1))] ^= draw(st.integers(1, 255))
        return bytes(flipped)
    if how == "delete":
        obj = json.loads(GOOD_MODEL)
        parents = [p for p in places(obj) if isinstance(_at(obj, p), (dict, list)) and _at(obj, p)]
        parent = _at(obj, draw(st.sampled_from(parents)))
        del parent[draw(st.sampled_from(list(parent) if isinstance(parent, dict)
                                        else range(len(parent))))]
        return json.dumps(obj).encode("utf-8")
    if how == "retype":
        return json.dumps(replaced(path, draw(JSON_VALUES))).encode("utf-8")
    if how == "huge":
        return marked(path, draw(HUGE_NUMBERS)).encode("utf-8")
    if how == "nest":
        depth = draw(st.sampled_from([50, 1000, 100_000]))
        return marked(path, "[" * depth + "]" * depth).encode("utf-8")
    if how == "giant":
        size = draw(st.sampled_from([1000, 200_000]))
        return marked(path, "[" + ",".join(["0.5"] * size) + "]").encode("utf-8")
    other = draw(st.sampled_from(PLACES))  # a good value where another belongs
    return json.dumps(replaced(path, _at(GOOD_OBJECT, other))).encode("utf-8")


def _at(obj: Any, path: tuple) -> Any:
    for key in path:
        obj = obj[key]
    return obj


def loaded_whole(model: ModelFile) -> None:
    """A loaded model is usable as it is: it builds, its settings pass, it saves back."""
    Network(model.spec, model.weights)
    for settings in (model.training, model.data):
        assert settings is None or settings_problem(settings) is None
    again = from_json_text(to_json_text(model))
    assert (again.spec, again.training, again.data, again.history) == (
        model.spec, model.training, model.data, model.history
    )


@given(damaged_model_texts())
def test_a_damaged_model_file_is_refused_or_loaded_whole(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.json"
        path.write_bytes(raw)
        try:
            model = load_model(path)
        except PlaygroundError as error:
            assert str(error) and "\n" not in str(error) and len(str(error)) < 400
            return
    loaded_whole(model)


GOOD_CSV_ROWS = np.random.default_rng(0).normal(size=(6, 3))


def good_csv(folder: Path) -> bytes:
    path = folder / "good.csv"
    save_csv(path, GOOD_CSV_ROWS[:, :2], (GOOD_CSV_ROWS[:, 2] > 0).astype(int), ["a", "b"], "y")
    return path.read_bytes()


@st.composite
def csv_damage(draw: st.DrawFn) -> tuple[str, Any]:
    how = draw(st.sampled_from(["truncate", "flip", "cell", "line", "giant"]))
    if how == "cell":
        return how, (draw(st.integers(0, 30)), draw(HUGE_NUMBERS | st.text(max_size=6)))
    if how == "giant":
        return how, draw(st.sampled_from([1, 10, 5000]))
    return how, (draw(st.integers(0, 200)), draw(st.integers(1, 255)))


def damaged_csv(good: bytes, how: str, detail: Any) -> bytes:
    if how == "truncate":
        return good[: detail[0] % len(good)]
    if how == "flip":
        flipped = bytearray(good)
        flipped[detail[0] % len(good)] ^= detail[1]
        return bytes(flipped)
    lines = good.decode("utf-8").splitlines()
    if how == "cell":
        cells = [line.split(",") for line in lines]
        row = cells[detail[0] % len(cells)]
        row[detail[0] % len(row)] = detail[1]
        lines = [",".join(row) for row in cells]
    elif how == "line":
        lines.insert(detail[0] % len(lines), lines[detail[1] % len(lines)][: detail[1] % 9])
    else:
        lines[1] = ",".join([lines[1]] * detail)  # one row with far too many columns
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@given(csv_damage())
def test_a_damaged_csv_is_refused_or_loaded_whole(damage: tuple[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "data.csv"
        path.write_bytes(damaged_csv(good_csv(Path(folder)), *damage))
        try:
            raw, target, raw_names, target_name = load_csv(path)
        except PlaygroundError as error:
            assert str(error) and len(str(error)) < 400
            return
    assert raw.ndim == 2 and raw.shape == (len(target), len(raw_names)) and target_name
    assert np.isfinite(raw).all() and np.isfinite(target).all()
