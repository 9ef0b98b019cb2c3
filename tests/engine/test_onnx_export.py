"""The ONNX export: ONNX Runtime computes the app's own predictions, to 1e-6, for every
activation in every layer position and every input feature; what ONNX cannot express is
refused by name; without the onnx package the message says what to install."""

from __future__ import annotations

import sys

import numpy as np
import onnx
import onnxruntime
import pytest

from playground.engine.activations import ACTIVATIONS, Activation
from playground.engine.errors import SpecError
from playground.engine.features import FEATURES, apply_features, input_columns
from playground.engine.network import Network
from playground.engine.onnx_export import (
    INSTALL_HINT,
    OnnxUnavailable,
    check_exportable,
    onnx_available,
    save_onnx,
    to_onnx_model,
    unexportable,
)
from playground.engine.spec import LayerSpec, NetworkSpec

TOLERANCE = 1e-6
EXPORTABLE = [name for name, act in ACTIVATIONS.items() if act.exports_to_onnx]
HIDDEN = [name for name in EXPORTABLE if not ACTIVATIONS[name].output_only]


def onnx_predict(model: onnx.ModelProto, raw: np.ndarray) -> np.ndarray:
    session = onnxruntime.InferenceSession(
        model.SerializeToString(), providers=["CPUExecutionProvider"]
    )
    return session.run(None, {"x": raw})[0]


def assert_same_predictions(spec: NetworkSpec, seed: int = 0, weight_scale: float = 1.0,
                            spread: float = 4.0, rows: int = 400) -> None:
    """ONNX Runtime on random raw points gives what `Network.predict` gives, to 1e-6."""
    network = Network(spec, seed=seed)
    for layer in network.params:
        layer["W"] *= weight_scale  # large weights reach every branch of every activation
        layer["b"] += np.random.default_rng(seed).normal(0.0, 0.5, layer["b"].shape)
    columns = input_columns(spec.features)
    raw = np.random.default_rng(seed + 1).uniform(-spread, spread, (rows, len(columns)))
    expected = network.predict(apply_features(raw, columns, spec.features))
    got = onnx_predict(to_onnx_model(spec, network.params), raw)
    assert got.shape == expected.shape == (rows, spec.n_outputs)
    np.testing.assert_allclose(got, expected, rtol=0, atol=TOLERANCE)


def test_every_activation_of_today_exports_to_onnx():
    # Each registered activation says whether it exports; all of today's can be written in ONNX.
    assert EXPORTABLE == ACTIVATIONS.names()


@pytest.mark.parametrize("activation", HIDDEN)
@pytest.mark.parametrize("weight_scale", [1.0, 6.0])
def test_hidden_activations_give_the_apps_predictions(activation, weight_scale):
    params = {"k": 3} if activation == "maxout" else {}
    spec = NetworkSpec(
        features=("x1", "x2"),
        layers=(LayerSpec(6, activation, params), LayerSpec(4, activation, params),
                LayerSpec(1, "sigmoid")),
    )
    assert_same_predictions(spec, weight_scale=weight_scale)


@pytest.mark.parametrize("activation", EXPORTABLE)
def test_output_activations_give_the_apps_predictions(activation):
    outputs = 1 if activation in ("sigmoid", "linear") else 3
    spec = NetworkSpec(
        features=("x1", "x2"),
        layers=(LayerSpec(5, "tanh"), LayerSpec(outputs, activation)),
        loss="mse",
    )
    assert_same_predictions(spec, seed=4, weight_scale=3.0)


@pytest.mark.parametrize("activation", HIDDEN)
def test_an_activation_alone_is_exported(activation):
    # The only layer is hidden and output at once; its parameters differ from the defaults.
    params = {"theta": 0.3, "value": -0.5} if activation == "threshold" else {
        name: 0.4 + value for name, value in ACTIVATIONS[activation].defaults.items()
    }
    if activation == "maxout":
        params = {"k": 2}
    spec = NetworkSpec(features=("x1",), layers=(LayerSpec(2, activation, params),), loss="mse")
    assert_same_predictions(spec, seed=2, weight_scale=5.0, spread=10.0)


@pytest.mark.parametrize("activation", HIDDEN)
def test_no_rows_give_no_predictions(activation):
    spec = NetworkSpec(layers=(LayerSpec(3, activation), LayerSpec(2, "softmax")),
                       loss="cross_entropy")
    assert_same_predictions(spec, rows=0)


def test_learned_parameters_are_exported_at_their_trained_value():
    spec = NetworkSpec(layers=(LayerSpec(4, "prelu"), LayerSpec(1, "sigmoid")))
    network = Network(spec, seed=1)
    network.params[0]["alpha"][...] = -0.7  # as training might leave it
    raw = np.random.default_rng(0).normal(0.0, 2.0, (100, 2))
    expected = network.predict(raw)
    np.testing.assert_allclose(onnx_predict(to_onnx_model(spec, network.params), raw),
                               expected, rtol=0, atol=TOLERANCE)


@pytest.mark.parametrize("feature", list(FEATURES))
def test_every_feature_is_computed_inside_the_graph(feature):
    spec = NetworkSpec(features=(feature,), layers=(LayerSpec(3, "tanh"), LayerSpec(1, "linear")),
                       loss="mse")
    assert_same_predictions(spec, seed=5, weight_scale=2.0)


def test_all_features_and_other_columns_together():
    spec = NetworkSpec(features=("sin_x2", "height", *FEATURES, "weight"),
                       layers=(LayerSpec(4, "relu"), LayerSpec(3, "softmax")), loss="cross_entropy")
    model = to_onnx_model(spec, Network(spec).params)
    assert [p.value for p in model.metadata_props if p.key == "input_columns"] == [
        "x1,x2,height,weight"
    ]
    assert_same_predictions(spec, seed=6)


def test_the_graph_names_its_input_columns_and_batch():
    spec = NetworkSpec(features=("x1_squared", "x2"))
    model = to_onnx_model(spec, Network(spec).params)
    (x,), (y,) = model.graph.input, model.graph.output
    assert x.name == "x" and "x1, x2" in x.doc_string
    assert [d.dim_param or d.dim_value for d in x.type.tensor_type.shape.dim] == ["N", 2]
    assert [d.dim_param or d.dim_value for d in y.type.tensor_type.shape.dim] == ["N", 1]
    assert model.opset_import[0].version == 17


def test_save_writes_a_model_onnx_reads_back(tmp_path):
    spec = NetworkSpec()
    network = Network(spec, seed=3)
    path = tmp_path / "model.onnx"
    save_onnx(path, spec, network.params)
    loaded = onnx.load(str(path))
    onnx.checker.check_model(loaded)
    raw = np.random.default_rng(0).uniform(-5, 5, (50, 2))
    np.testing.assert_allclose(onnx_predict(loaded, raw), network.predict(raw), atol=TOLERANCE)


class Unwritable(Activation):
    """An activation with no ONNX expression, as a new one might come."""

    name = "unwritable"
    label = "Unwritable"

    def forward(self, z, params):
        return np.abs(z)

    def local_gradient(self, z, a, params):
        return np.sign(z)


@pytest.fixture
def unwritable(monkeypatch):
    monkeypatch.setitem(ACTIVATIONS._entries, Unwritable.name, Unwritable())
    return Unwritable.name


def test_an_activation_without_an_onnx_expression_is_refused_by_name(unwritable, tmp_path):
    spec = NetworkSpec(layers=(LayerSpec(3, "tanh"), LayerSpec(2, unwritable),
                               LayerSpec(1, unwritable)))
    assert not ACTIVATIONS[unwritable].exports_to_onnx
    assert unexportable(spec) == ["Unwritable (hidden layer 2)", "Unwritable (output layer)"]
    with pytest.raises(SpecError, match=r"ONNX cannot express the activation of Unwritable "
                                        r"\(hidden layer 2\), Unwritable \(output layer\)"):
        check_exportable(spec)
    path = tmp_path / "model.onnx"
    with pytest.raises(SpecError, match="Unwritable"):
        save_onnx(path, spec, Network(spec).params)
    assert not path.exists()


def test_weights_that_do_not_fit_are_refused():
    spec = NetworkSpec()
    weights = Network(NetworkSpec(layers=(LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")))).params
    with pytest.raises(SpecError, match="layers"):
        to_onnx_model(spec, weights)


def test_without_onnx_the_message_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)  # as if it were not installed
    assert not onnx_available()
    spec = NetworkSpec()
    with pytest.raises(OnnxUnavailable) as error:
        to_onnx_model(spec, Network(spec).params)
    assert "onnx package" in str(error.value) and INSTALL_HINT in str(error.value)
    assert "pip install onnx" in INSTALL_HINT


def test_onnx_is_found_when_installed():
    assert onnx_available()


def test_the_ready_built_app_says_to_install_with_pip_instead(monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(OnnxUnavailable, match=r"ready-built app .* install the playground with "
                                              r"pip and the extra \(pip install onnx"):
        to_onnx_model(NetworkSpec(), Network(NetworkSpec()).params)
