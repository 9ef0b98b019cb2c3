"""The JSON model file: exact round trips, schema validity, a clear error for every bad input."""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import re
from collections.abc import Callable
from typing import Any

import jsonschema
import numpy as np
import pytest

from playground.engine import modelfile
from playground.engine.activations import ACTIVATIONS
from playground.engine.errors import ModelFileError
from playground.engine.history import COLUMNS, LAYER_SERIES, MEASURES, History
from playground.engine.losses import LOSSES
from playground.engine.modelfile import (
    ModelFile,
    from_json_dict,
    from_json_text,
    load_model,
    save_model,
    to_json_dict,
    to_json_text,
)
from playground.engine.network import parameter_shapes
from playground.engine.spec import DataSettings, LayerSpec, NetworkSpec, TrainSettings
from playground.resources import resource_path

TANH_MSE = NetworkSpec(
    features=("x1", "x2"),
    layers=(LayerSpec(4, "tanh"), LayerSpec(3, "tanh"), LayerSpec(1, "tanh")),
    loss="mse",
)
TRAINING = TrainSettings(
    optimizer="adam", learning_rate=0.001234, batch_size=7, regularization="l2",
    reg_rate=3e-5, seed=42, shuffle=False, max_epochs=500, stop_at_loss=0.01,
)


def require(*names: str) -> None:
    """Skip until every named activation or loss is registered."""
    missing = [n for n in names if n not in ACTIVATIONS and n not in LOSSES]
    if missing:
        pytest.skip(f"not registered yet: {', '.join(missing)}")


def extreme_floats(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """float64s spread over the whole exponent range, with the awkward ones mixed in."""
    values = rng.standard_normal(shape) * 10.0 ** rng.uniform(-300, 300, shape)
    specials = [5e-324, -0.0, 1.7976931348623157e308, -2.2250738585072014e-308, 0.1, 1 / 3]
    flat = values.reshape(-1)
    for index, special in enumerate(specials[: flat.size]):
        flat[index * 7 % flat.size] = special
    return values


def random_weights(spec: NetworkSpec, seed: int = 0) -> list[dict[str, np.ndarray]]:
    rng = np.random.default_rng(seed)
    return [
        {name: extreme_floats(rng, shape) for name, shape in layer.items()}
        for layer in parameter_shapes(spec)
    ]


def full_model(spec: NetworkSpec = TANH_MSE, seed: int = 0) -> ModelFile:
    rng = np.random.default_rng(seed + 1000)
    points = tuple(tuple(row) for row in extreme_floats(rng, (6, spec.n_inputs + 1)).tolist())
    lists = {key: extreme_floats(rng, (5,)).tolist() for key in MEASURES}
    lists["test_loss"][2] = math.nan  # an epoch without a test value
    for key in LAYER_SERIES:
        lists[key] = np.abs(extreme_floats(rng, (5, len(spec.layers)))).tolist()
    lists["update_ratio"][0] = [math.nan] * len(spec.layers)  # epoch 0: nothing moved yet
    lists["grad_mean_abs"][3][1] = math.nan  # one layer not recorded
    history = History.from_columns(epoch=range(1, 6), **lists)
    return ModelFile(
        spec=spec,
        weights=random_weights(spec, seed),
        training=TRAINING,
        data=DataSettings(kind="inline", points=points, train_ratio=0.75, task="regression"),
        epoch=5,
        history=history,
    )


def same_bits(a: Any, b: Any) -> bool:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return a.shape == b.shape and a.tobytes() == b.tobytes()


def assert_same(loaded: ModelFile, model: ModelFile) -> None:
    assert loaded.spec == model.spec
    assert loaded.training == model.training
    assert loaded.epoch == model.epoch
    if model.weights is None:
        assert loaded.weights is None
    else:
        assert len(loaded.weights) == len(model.weights)
        for got, want in zip(loaded.weights, model.weights):
            assert got.keys() == want.keys()
            for name in want:
                assert got[name].dtype == np.float64
                assert same_bits(got[name], want[name]), name
    if model.data is None:
        assert loaded.data is None
    else:
        assert same_bits(loaded.data.points, model.data.points)
        assert dataclasses.replace(loaded.data, points=()) == dataclasses.replace(
            model.data, points=()
        )
    assert len(loaded.history) == len(model.history)
    for name in COLUMNS:
        assert same_bits(loaded.history.column(name), model.history.column(name)), name
    for name in LAYER_SERIES:
        assert same_bits(loaded.history.layer_series(name), model.history.layer_series(name))


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_round_trip_reproduces_every_float_exactly(seed: int) -> None:
    model = full_model(seed=seed)
    assert_same(from_json_text(to_json_text(model)), model)


def test_round_trip_through_a_file(tmp_path) -> None:
    model = full_model()
    path = tmp_path / "model.json"
    save_model(path, model)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and '\n  "network": {' in text
    assert_same(load_model(path), model)
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_missing_test_values_are_null_in_the_file_and_nan_in_memory() -> None:
    model = full_model()
    obj = json.loads(to_json_text(model))
    assert obj["state"]["history"]["test_loss"][2] is None
    assert math.isnan(from_json_dict(obj).history.column("test_loss")[2])


def test_an_absent_history_list_is_read_as_all_nan() -> None:
    obj = to_json_dict(full_model())
    obj["state"]["history"] = {"train_loss": [0.5, 0.25]}
    history = from_json_dict(obj).history
    assert history.column("train_loss").tolist() == [0.5, 0.25]
    assert all(math.isnan(v) for key in MEASURES[1:] for v in history.column(key))
    assert len(history.column("test_metric")) == 2
    assert history.n_layers == 0  # no layer series at all: none written back
    assert list(to_json_dict(dataclasses.replace(full_model(), history=history))["state"]
                ["history"]) == list(MEASURES)  # written back with every measure


def test_files_are_written_as_the_current_version_with_the_per_layer_series() -> None:
    obj = to_json_dict(full_model())
    assert obj["version"] == modelfile.VERSION == 4
    lists = obj["state"]["history"]
    assert lists["update_ratio"][0] is None  # an epoch without any value is null
    assert lists["grad_mean_abs"][3][1] is None and lists["grad_mean_abs"][3][0] is not None
    assert all(len(entry) == 3 for entry in lists["grad_mean_abs"])


def test_gradient_statistics_from_training_round_trip() -> None:
    from playground.engine.network import Network
    from playground.engine.trainer import Trainer

    rng = np.random.default_rng(3)
    x, y = rng.standard_normal((40, 2)), rng.uniform(-1, 1, (40, 1))
    network = Network(TANH_MSE, seed=1)
    trainer = Trainer(network, x, y, x[:0], y[:0], "regression", TrainSettings(batch_size=8),
                      layer_stats=True)
    history = History()
    history.append(trainer.evaluate())
    for _ in range(3):
        history.append(trainer.step())
    model = ModelFile(TANH_MSE, network.params, epoch=3, history=history)
    loaded = from_json_text(to_json_text(model))
    assert loaded.history == history and loaded.history.n_layers == 3
    assert np.isfinite(loaded.history.layer_series("grad_mean_abs")).all()


def test_version_1_files_still_open() -> None:
    obj = to_json_dict(full_model())
    obj["version"] = 1
    for key in LAYER_SERIES:
        del obj["state"]["history"][key]
    loaded = from_json_dict(obj)
    assert len(loaded.history) == 5 and loaded.history.n_layers == 0
    assert to_json_dict(loaded)["version"] == 4  # saved again as the current version


@pytest.mark.parametrize("name", ["xor.json", "circle.json", "backprop-2-2-1.json"])
def test_the_version_1_examples_still_open(name: str) -> None:
    assert load_model(resource_path("examples") / name).spec.layers


def test_a_null_epoch_of_a_per_layer_series_is_all_nan() -> None:
    obj = to_json_dict(full_model())
    obj["state"]["history"]["grad_mean_abs"][4] = None
    series = from_json_dict(obj).history.layer_series("grad_mean_abs")
    assert np.isnan(series[4]).all() and np.isfinite(series[0]).all()


def test_a_read_history_ends_at_the_saved_epoch() -> None:
    obj = to_json_dict(full_model())
    obj["state"]["epoch"] = 12
    assert list(from_json_dict(obj).history.epochs) == [8, 9, 10, 11, 12]


def test_infinite_history_values_are_written_as_null() -> None:
    history = History.from_columns(epoch=[1, 2], train_loss=[1.0, math.inf])
    model = dataclasses.replace(full_model(), history=history)
    assert to_json_dict(model)["state"]["history"]["train_loss"] == [1.0, None]


def test_configuration_without_weights_takes_defaults() -> None:
    config = {
        "format": "playground-model",
        "version": 1,
        "network": {
            "features": ["x1", "x2"],
            "layers": [{"units": 3, "activation": "tanh"}, {"units": 1, "activation": "tanh"}],
            "loss": "mse",
        },
        "training": {"learning_rate": 0.1},
    }
    model = from_json_dict(config)
    assert model.weights is None and model.data is None
    assert model.training == TrainSettings(learning_rate=0.1)
    assert model.spec.init == NetworkSpec().init
    assert model.epoch == 0 and len(model.history) == 0
    assert_same(from_json_text(to_json_text(model)), model)


def test_unicode_feature_names_and_byte_order_mark(tmp_path) -> None:
    model = ModelFile(TANH_MSE.with_(features=("키", "몸무게")))
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + to_json_text(model).encode("utf-8"))
    assert load_model(path).spec.features == ("키", "몸무게")


GUARDED_SPECS = {
    "sigmoid+bce": (("sigmoid", "bce"), NetworkSpec(
        layers=(LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")), loss="bce")),
    "prelu": (("prelu", "mse"), NetworkSpec(
        layers=(LayerSpec(3, "prelu"), LayerSpec(1, "tanh")), loss="mse")),
    "maxout": (("maxout", "mse"), NetworkSpec(
        layers=(LayerSpec(3, "maxout", {"k": 3}), LayerSpec(2, "tanh")), loss="mse")),
    "softmax+cross_entropy": (("softmax", "cross_entropy"), NetworkSpec(
        layers=(LayerSpec(5, "tanh"), LayerSpec(3, "softmax")), loss="cross_entropy")),
}


@pytest.mark.parametrize("case", GUARDED_SPECS)
def test_round_trip_of_other_activations_and_losses(case: str) -> None:
    names, spec = GUARDED_SPECS[case]
    require(*names)
    model = full_model(spec)
    assert_same(from_json_text(to_json_text(model)), model)


def test_prelu_alpha_is_a_scalar_in_the_file() -> None:
    require("prelu")
    _, spec = GUARDED_SPECS["prelu"]
    layer = to_json_dict(full_model(spec))["weights"]["layers"][0]
    assert layer["alpha"]["shape"] == [] and isinstance(layer["alpha"]["values"], float)


def test_maxout_weights_have_units_times_pieces_columns() -> None:
    require("maxout")
    _, spec = GUARDED_SPECS["maxout"]
    layer = to_json_dict(full_model(spec))["weights"]["layers"][0]
    assert layer["W"]["shape"] == [2, 9] and layer["b"]["shape"] == [9]


# ---------------------------------------------------------------- schema


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("model.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def exported_examples() -> list[ModelFile]:
    examples = [full_model(), ModelFile(TANH_MSE), ModelFile(TANH_MSE, training=TRAINING)]
    for names, spec in GUARDED_SPECS.values():
        if all(n in ACTIVATIONS or n in LOSSES for n in names):
            examples.append(full_model(spec))
    return examples


def test_every_export_validates_against_the_schema(validator) -> None:
    for model in exported_examples():
        validator.validate(json.loads(to_json_text(model)))


def test_every_schema_property_has_a_description(validator) -> None:
    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                assert "description" in sub, f"{path}.{name} has no description"
            for key, sub in node.items():
                walk(sub, f"{path}.{key}")
        elif isinstance(node, list):
            for index, sub in enumerate(node):
                walk(sub, f"{path}[{index}]")

    walk(validator.schema, "schema")


def test_schema_names_every_settings_field(validator) -> None:
    props = validator.schema["properties"]
    for key, settings in (("training", TrainSettings), ("data", DataSettings)):
        assert set(props[key]["properties"]) == {f.name for f in dataclasses.fields(settings)}
    assert set(props["state"]["properties"]["history"]["properties"]) == {
        "epoch", *modelfile.HISTORY_KEYS}


@pytest.mark.parametrize(
    "damage",
    [
        lambda o: o.pop("network"),
        lambda o: o.update(format="keras"),
        lambda o: o.update(version=5),
        lambda o: o.update(extra=1),
        lambda o: o["network"]["layers"][0].update(units=0),
        lambda o: o["network"]["layers"][0].pop("activation"),
        lambda o: o["network"].update(features=[]),
        lambda o: o["training"].update(learning_rate=-0.1),
        lambda o: o["training"].update(batch_size=0),
        lambda o: o["training"].update(lr=0.1),
        lambda o: o["weights"]["layers"][0]["W"].update(values="none"),
        lambda o: o["state"]["history"].update(val_loss=[]),
    ],
)
def test_schema_rejects_bad_documents(validator, damage: Callable[[dict], Any]) -> None:
    obj = to_json_dict(full_model())
    damage(obj)
    assert not validator.is_valid(obj)


# ---------------------------------------------------------------- bad input


@pytest.fixture(scope="module")
def good() -> dict:
    return to_json_dict(full_model())


def set_at(path: tuple, value: Any) -> Callable[[dict], None]:
    def damage(obj: dict) -> None:
        target = obj
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return damage


def drop(path: tuple) -> Callable[[dict], None]:
    def damage(obj: dict) -> None:
        target = obj
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return damage


W0 = ("weights", "layers", 0, "W")
BAD_DOCUMENTS = {
    "wrong format": (set_at(("format",), "keras"), ["playground-model", "keras"]),
    "no format": (drop(("format",)), ["format", "missing"]),
    "newer version": (set_at(("version",), 5), ["version 5", "version 1, 2, 3, 4"]),
    "version as text": (set_at(("version",), "1"), ["version", "reads version 1"]),
    "no version": (drop(("version",)), ["version is missing"]),
    "no network": (drop(("network",)), ["network is missing"]),
    "unknown top-level key": (set_at(("extras",), {}), ["'extras'"]),
    "network not an object": (set_at(("network",), []), ["network must be an object"]),
    "no units": (drop(("network", "layers", 1, "units")), ["network.layers[1].units", "missing"]),
    "zero units": (set_at(("network", "layers", 0, "units"), 0),
                   ["network.layers[0].units", "at least 1"]),
    "negative units": (set_at(("network", "layers", 2, "units"), -3),
                       ["network.layers[2].units", "-3"]),
    "fractional units": (set_at(("network", "layers", 0, "units"), 2.5),
                         ["network.layers[0].units", "whole number"]),
    "boolean units": (set_at(("network", "layers", 0, "units"), True),
                      ["network.layers[0].units", "whole number"]),
    "unknown activation": (set_at(("network", "layers", 1, "activation"), "swish"),
                           ["network.layers[1].activation", "'swish'", "known:", "tanh"]),
    "activation not text": (set_at(("network", "layers", 1, "activation"), 3),
                            ["network.layers[1].activation", "string"]),
    "unknown activation parameter": (
        set_at(("network", "layers", 0, "activation_params"), {"slope": 0.1}),
        ["network.layers[0].activation_params", "'slope'"]),
    "unknown loss": (set_at(("network", "loss"), "hinge"), ["'hinge'", "known:", "mse"]),
    "unknown loss parameter": (set_at(("network", "loss_params"), {"delta": 1.0}),
                               ["network.loss_params", "'delta'"]),
    "no features": (set_at(("network", "features"), []), ["network.features", "at least one"]),
    "repeated feature": (set_at(("network", "features"), ["x1", "x1"]),
                         ["network.features[1]", "'x1'"]),
    "feature not text": (set_at(("network", "features"), ["x1", 2]),
                         ["network.features[1]", "string"]),
    "no layers": (set_at(("network", "layers"), []), ["network.layers", "at least one layer"]),
    "unknown initializer": (set_at(("network", "init"), "normal"), ["network.init", "xavier"]),
    "unknown network key": (set_at(("network", "dropout"), 0.5), ["network", "'dropout'"]),
    "wrong W shape": (set_at(W0 + ("shape",), [3, 2]),
                      ["weights.layers[0].W", "[3, 2]", "[2, 4]", "network.layers[0]"]),
    "values disagree with shape": (
        lambda o: o["weights"]["layers"][0]["W"]["values"].pop(),
        ["weights.layers[0].W.values", "1 entry", "shape says 2"]),
    "ragged values": (lambda o: o["weights"]["layers"][0]["W"]["values"][1].pop(),
                      ["weights.layers[0].W.values[1]", "3 entries", "shape says 4"]),
    "too few weight layers": (lambda o: o["weights"]["layers"].pop(),
                              ["weights.layers", "2 layers", "network has 3"]),
    "missing bias": (drop(("weights", "layers", 1, "b")), ["weights.layers[1].b is missing"]),
    "stray learned parameter": (
        set_at(("weights", "layers", 0, "alpha"), {"shape": [], "values": 0.25}),
        ["weights.layers[0]", "'alpha'"]),
    "weight not a number": (set_at(W0 + ("values", 0, 1), "x"),
                            ["weights.layers[0].W.values[0][1]", "number"]),
    "weight is NaN": (set_at(("weights", "layers", 2, "b", "values", 0), math.nan),
                      ["weights.layers[2].b.values[0]", "finite"]),
    "weights not an object": (set_at(("weights",), [1, 2]), ["weights must be an object"]),
    "unknown training key": (set_at(("training", "lr"), 0.1), ["training", "'lr'"]),
    "negative learning rate": (set_at(("training", "learning_rate"), -0.1),
                               ["training.learning_rate", "greater than 0", "-0.1"]),
    "zero batch size": (set_at(("training", "batch_size"), 0),
                        ["training.batch_size", "1 to 10,000"]),
    "fractional batch size": (set_at(("training", "batch_size"), 2.5),
                              ["training.batch_size", "whole number"]),
    "unknown optimizer": (set_at(("training", "optimizer"), "adamw"),
                          ["training.optimizer", "adamw", "sgd"]),
    "momentum of 1": (set_at(("training", "momentum"), 1.0), ["training.momentum", "less than 1"]),
    "shuffle as text": (set_at(("training", "shuffle"), "yes"),
                        ["training.shuffle", "true or false"]),
    "negative seed": (set_at(("training", "seed"), -1), ["training.seed", "0 to 2,147,483,647"]),
    "zero max epochs": (set_at(("training", "max_epochs"), 0),
                        ["training.max_epochs", "1 to 10,000,000"]),
    "unknown regularization": (set_at(("training", "regularization"), "l3"),
                               ["training.regularization", "l2"]),
    "unknown data key": (set_at(("data", "shape"), "xor"), ["data", "'shape'"]),
    "zero train ratio": (set_at(("data", "train_ratio"), 0),
                         ["data.train_ratio", "greater than 0"]),
    "negative noise": (set_at(("data", "noise"), -0.5), ["data.noise", "between 0 and 1", "-0.5"]),
    "unknown dataset": (set_at(("data", "kind"), "moons"), ["data.kind", "moons", "circle"]),
    "one class": (set_at(("data", "n_classes"), 1), ["data.n_classes", "2 to"]),
    "no points": (set_at(("data", "n_points"), 0), ["data.n_points", "1 to"]),
    "ragged points": (lambda o: o["data"]["points"][1].pop(), ["data.points[1]", "first row"]),
    "point not a number": (set_at(("data", "points", 0, 0), None),
                           ["data.points[0][0]", "number"]),
    "csv without path": (lambda o: o["data"].update(kind="csv", csv_path=None),
                         ["data.csv_path", "csv"]),
    "unknown task": (set_at(("data", "task"), "clustering"), ["data.task", "regression"]),
    "negative epoch": (set_at(("state", "epoch"), -1), ["state.epoch", "at least 0"]),
    "unknown history key": (set_at(("state", "history", "val_loss"), []),
                            ["state.history", "'val_loss'"]),
    "history lengths differ": (lambda o: o["state"]["history"]["test_loss"].pop(),
                               ["state.history", "test_loss has 4", "train_loss has 5"]),
    "history value not a number": (set_at(("state", "history", "train_loss", 3), "low"),
                                   ["state.history.train_loss[3]", "number"]),
    "per-layer entry too short": (lambda o: o["state"]["history"]["grad_mean_abs"][1].pop(),
                                  ["state.history.grad_mean_abs[1]", "2 entries", "3 layers"]),
    "per-layer entry not a list": (set_at(("state", "history", "update_ratio", 2), 0.5),
                                   ["state.history.update_ratio[2]", "array"]),
    "per-layer value not a number": (set_at(("state", "history", "grad_mean_abs", 2, 0), "x"),
                                     ["state.history.grad_mean_abs[2][0]", "number"]),
    "per-layer series too short": (lambda o: o["state"]["history"]["grad_mean_abs"].pop(),
                                   ["state.history", "grad_mean_abs has 4"]),
    "per-layer series in version 1": (set_at(("version",), 1),
                                      ["state.history", "'grad_mean_abs'"]),
}


@pytest.mark.parametrize("case", BAD_DOCUMENTS)
def test_bad_document_is_refused_with_the_key_fact(good: dict, case: str) -> None:
    damage, facts = BAD_DOCUMENTS[case]
    obj = copy.deepcopy(good)
    damage(obj)
    with pytest.raises(ModelFileError) as caught:
        from_json_dict(obj)
    for fact in facts:
        assert fact in str(caught.value), f"{fact!r} not in {str(caught.value)!r}"


def test_the_same_damage_is_refused_as_text(good: dict) -> None:
    obj = copy.deepcopy(good)
    obj["network"]["layers"][1]["units"] = 0
    with pytest.raises(ModelFileError, match=r"network\.layers\[1\]\.units"):
        from_json_text(json.dumps(obj))


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ('{"format": "playground-model",\n "version": 1,\n "network": {,}}',
         ["line 3", "column 14"]),
        ("", ["line 1, column 1"]),
        ("[1, 2]", ["JSON object", "array"]),
        ('"model"', ["JSON object"]),
        ('{"format": "playground-model", "format": "x"}', ["'format'", "twice"]),
        ("[" * 100_000 + "]" * 100_000, ["nested too deeply"]),
    ],
)
def test_text_that_is_not_a_model_is_refused(text: str, facts: list[str]) -> None:
    with pytest.raises(ModelFileError) as caught:
        from_json_text(text)
    for fact in facts:
        assert fact in str(caught.value)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
def test_non_finite_numbers_are_refused_with_their_path(good: dict, literal: str) -> None:
    obj = copy.deepcopy(good)
    obj["weights"]["layers"][1]["W"]["values"][2][0] = "@@"
    text = json.dumps(obj).replace('"@@"', literal)
    with pytest.raises(ModelFileError) as caught:
        from_json_text(text)
    assert "weights.layers[1].W.values[2][0]" in str(caught.value)
    assert "finite" in str(caught.value)


def test_non_finite_literal_in_history_is_refused(good: dict) -> None:
    text = json.dumps(good).replace('"test_loss": [', '"test_loss": [NaN, ', 1)
    text = text.replace('"train_loss": [', '"train_loss": [0.5, ', 1)
    with pytest.raises(ModelFileError, match=r"state\.history\.test_loss\[0\] is NaN.*null"):
        from_json_text(text)


def test_huge_integer_is_refused_not_crashing(good: dict) -> None:
    obj = copy.deepcopy(good)
    obj["training"]["learning_rate"] = 10**400
    with pytest.raises(ModelFileError, match=r"training\.learning_rate"):
        from_json_dict(obj)


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch) -> None:
    path = tmp_path / "big.json"
    save_model(path, full_model())
    monkeypatch.setattr(modelfile, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(type(path), "open", lambda *a, **k: pytest.fail("the file was opened"))
    with pytest.raises(ModelFileError, match="too large"):
        load_model(path)


def test_too_large_text_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(modelfile, "MAX_FILE_BYTES", 100)
    with pytest.raises(ModelFileError, match="too large"):
        from_json_text(" " * 101)


def test_the_size_limit_is_fifty_megabytes() -> None:
    assert modelfile.MAX_FILE_BYTES == 50 * 1024 * 1024


def test_missing_and_undecodable_files_are_refused(tmp_path) -> None:
    with pytest.raises(ModelFileError, match="cannot read"):
        load_model(tmp_path / "absent.json")
    path = tmp_path / "binary.json"
    path.write_bytes(b'{"format": "\xff\xfe"}')
    with pytest.raises(ModelFileError, match="UTF-8"):
        load_model(path)


# ---------------------------------------------------------------- refusing to write a bad file


def test_saving_non_finite_weights_is_refused_and_writes_nothing(tmp_path) -> None:
    model = full_model()
    model.weights[1]["W"][0, 2] = math.nan
    path = tmp_path / "diverged.json"
    where = r"weights\.layers\[1\]\.W\.values\[0\]\[2\]"
    with pytest.raises(ModelFileError, match=f"cannot save.*{where}"):
        save_model(path, model)
    assert not path.exists()


def test_saving_weights_that_do_not_fit_is_refused() -> None:
    model = dataclasses.replace(full_model(), weights=random_weights(TANH_MSE)[:2])
    with pytest.raises(ModelFileError, match="cannot save"):
        to_json_dict(model)


@pytest.mark.parametrize(
    ("names", "layers", "fact"),
    [
        (("softmax",), [{"units": 3, "activation": "softmax"}, {"units": 1, "activation": "tanh"}],
         "output layer"),
        (("maxout",), [{"units": 3, "activation": "maxout", "activation_params": {"k": 0}},
                       {"units": 1, "activation": "tanh"}], "k"),
    ],
)
def test_network_the_engine_cannot_build_is_refused(
    good: dict, names: tuple[str, ...], layers: list, fact: str
) -> None:
    require(*names)
    obj = copy.deepcopy(good)
    obj["network"]["layers"] = layers
    del obj["weights"]
    with pytest.raises(ModelFileError, match="^network: ") as caught:
        from_json_dict(obj)
    assert fact in str(caught.value)


# ---------------------------------------------------------------- the format's documentation


def documentation() -> str:
    return resource_path("model-format.md").read_text(encoding="utf-8")


def test_every_example_in_the_documentation_loads_and_validates(validator) -> None:
    examples = re.findall(r"```json\n(.*?)```", documentation(), flags=re.DOTALL)
    assert len(examples) >= 2
    for text in examples:
        validator.validate(json.loads(text))
        from_json_text(text)
    layout = json.loads(examples[0])["weights"]["layout"]
    assert layout == modelfile.WEIGHT_LAYOUT


def test_documentation_describes_every_field() -> None:
    text = documentation()
    names = [f.name for f in dataclasses.fields(TrainSettings) + dataclasses.fields(DataSettings)]
    for name in [*names, *modelfile.HISTORY_KEYS, "activation_params", "loss_params", "init"]:
        assert f"`{name}`" in text, name


def test_an_empty_set_of_your_own_points_is_saved_and_opened():
    model = ModelFile(NetworkSpec(), data=DataSettings(kind="inline", points=(), task="binary"))
    assert from_json_text(to_json_text(model)).data.points == ()


@pytest.mark.parametrize("value", [
    [0.1 * k for k in range(10_001)],
    [None, [1.5, 2.0], None] * 3_000,  # a per-layer series: lists after nulls, one line
    list(range(modelfile.DUMP_PIECE + 1)),
    'quote " backslash \\ newline \n é ' * 700,
])
def test_long_arrays_and_strings_are_written_in_pieces_as_one_text(value) -> None:
    """Written in pieces (so that a writing thread lets the window paint), the same text."""
    assert len(value) > modelfile.DUMP_PIECE
    assert modelfile._dump(value) == json.dumps(value, ensure_ascii=False)
