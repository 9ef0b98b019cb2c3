"""The one forward/backward pass against the chain rule written out plainly in this file, for
every activation and loss in the registries: what `Network.backward` records layer by layer,
the whole-set loss and gradients (in one chunk and in several), and a minibatch epoch of SGD.
The central-difference checks in test_network.py check the same pass from the other side."""

import numpy as np
import pytest
from test_network import OUTPUT_FOR_LOSS, _targets  # pytest puts this folder on the path

from playground.engine import buffered
from playground.engine.activations import ACTIVATIONS
from playground.engine.buffered import MinibatchEpoch, WholeSet
from playground.engine.losses import LOSSES
from playground.engine.network import Network, copy_params
from playground.engine.optimizers import make_optimizer
from playground.engine.spec import LayerSpec, NetworkSpec, TrainSettings

HIDDEN = [a.name for a in ACTIVATIONS.values() if not a.output_only]
RTOL, ATOL = 1e-10, 1e-13


def reference(spec: NetworkSpec, params: list[dict], x: np.ndarray, y: np.ndarray) -> dict:
    """The loss and, per layer, ∂L/∂a, ∂L/∂z, f′(z) and the parameter gradients, plus ∂L/∂x:
    the textbook chain rule, with z = x·W + b, the loss taken of ŷ (never of the logits) and
    no buffers."""
    activations = [ACTIVATIONS[layer.activation] for layer in spec.layers]
    hyper = [
        activation.params({**layer.params, **{name: float(p[name]) for name in activation.learned}})
        for activation, layer, p in zip(activations, spec.layers, params)
    ]
    inputs, zs, outputs = [], [], []
    a = x
    for activation, p, h in zip(activations, params, hyper):
        inputs.append(a)
        zs.append(a @ p["W"] + p["b"])
        a = activation.forward(zs[-1], h)
        outputs.append(a)
    loss = LOSSES[spec.loss]
    loss_params = loss.params(spec.loss_params)
    grad_a = loss.gradient(a, y, loss_params)
    layers = []
    for index in range(len(params) - 1, -1, -1):
        activation, z, out, h = activations[index], zs[index], outputs[index], hyper[index]
        delta = activation.backward(z, out, grad_a, h)
        grads = {"W": inputs[index].T @ delta, "b": delta.sum(axis=0)}
        grads.update(activation.param_gradients(z, out, grad_a, h))
        local = activation.local_gradient(z, out, h)
        layers.insert(0, {"grad_a": grad_a, "delta": delta, "local": local, "grads": grads})
        grad_a = delta @ params[index]["W"].T
    return {"loss": loss.value(a, y, loss_params), "layers": layers, "input_gradient": grad_a}


def _case(hidden: str, loss: str, rows: int = 9, seed: int = 5):
    output, width = OUTPUT_FOR_LOSS[loss]
    spec = NetworkSpec(
        features=("x1", "x2", "x3"),
        layers=(LayerSpec(4, hidden), LayerSpec(3, hidden), LayerSpec(width, output)),
        loss=loss,
    )
    rng = np.random.default_rng(seed)
    network = Network(spec, seed=seed)
    return network, rng.normal(size=(rows, 3)), _targets(loss, rng, rows, width)


def _task(loss: str) -> str:
    return "multiclass" if loss == "cross_entropy" else "binary" if loss == "bce" else "regression"


def _assert_close(got, want) -> None:
    np.testing.assert_allclose(got, want, rtol=RTOL, atol=ATOL)


def _assert_same_grads(got: list[dict], want: list[dict]) -> None:
    for layer_got, layer_want in zip(got, want, strict=True):
        assert set(layer_got) == set(layer_want)
        for key in layer_want:
            _assert_close(layer_got[key], layer_want[key])


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss", list(OUTPUT_FOR_LOSS))
def test_network_backward_records_what_the_plain_chain_rule_gives(hidden, loss):
    network, x, y = _case(hidden, loss)
    want = reference(network.spec, network.params, x, y)
    forward = network.forward(x)
    got = network.backward(forward, y)
    assert network.loss_value(forward, y) == pytest.approx(want["loss"], rel=RTOL)
    _assert_same_grads(got.grads, [layer["grads"] for layer in want["layers"]])
    for index, layer in enumerate(want["layers"]):
        _assert_close(got.grad_a[index], layer["grad_a"])
        _assert_close(got.deltas[index], layer["delta"])
        _assert_close(got.local_gradients[index], layer["local"])
    _assert_close(got.input_gradient, want["input_gradient"])


@pytest.mark.parametrize("chunk_rows", [buffered.CHUNK_ROWS, 4])
@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss", list(OUTPUT_FOR_LOSS))
def test_whole_set_matches_the_plain_chain_rule(hidden, loss, chunk_rows, monkeypatch):
    monkeypatch.setattr(buffered, "CHUNK_ROWS", chunk_rows)  # 4: chunks of 4, 4 and 1 rows
    network, x, y = _case(hidden, loss)
    want = reference(network.spec, network.params, x, y)
    whole = WholeSet(network, x, y, _task(loss))
    assert whole.evaluate()[0] == pytest.approx(want["loss"], rel=1e-12)
    _assert_same_grads(whole.gradients(), [layer["grads"] for layer in want["layers"]])


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss", list(OUTPUT_FOR_LOSS))
def test_a_minibatch_epoch_is_sgd_on_the_plain_chain_rule(hidden, loss):
    network, x, y = _case(hidden, loss)
    settings = TrainSettings(learning_rate=0.1, batch_size=4)
    expected = copy_params(network.params)
    for start in range(0, len(x), settings.batch_size):
        rows = slice(start, start + settings.batch_size)
        layers = reference(network.spec, expected, x[rows], y[rows])["layers"]
        for params, layer in zip(expected, layers):
            for key, grad in layer["grads"].items():
                params[key] = params[key] - settings.learning_rate * np.asarray(grad)
    epoch = MinibatchEpoch(network, x, y, settings.batch_size)
    assert epoch.run(make_optimizer("sgd"), settings, order=None)
    _assert_same_grads(network.params, expected)
