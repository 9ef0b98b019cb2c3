"""Single-sample trace: every neuron's numbers on the way forward and back, so a view can
show "downstream gradient = local gradient × upstream gradient" node by node. The numbers are
those of the network's one forward/backward pass, taken for a batch of one."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .network import Network


@dataclass(frozen=True)
class LayerTrace:
    """One layer for one sample. Per-unit arrays have units·pieces entries (pieces: maxout)."""

    inputs: np.ndarray  # the layer's input vector x (fan_in,)
    z: np.ndarray  # x·W + b
    a: np.ndarray  # f(z), (units,)
    local_gradient: np.ndarray  # f'(z); softmax: the Jacobian's diagonal
    grad_a: np.ndarray  # ∂L/∂a, the upstream gradient, (units,)
    grad_z: np.ndarray  # ∂L/∂z = f'(z) ⊙ ∂L/∂a (softmax: the full Jacobian times ∂L/∂a)
    grad_W: np.ndarray  # ∂L/∂W = x ⊗ ∂L/∂z, (fan_in, units·pieces)
    grad_b: np.ndarray  # ∂L/∂b = ∂L/∂z
    grad_learned: dict[str, float]  # e.g. PReLU's ∂L/∂α


@dataclass(frozen=True)
class Trace:
    x: np.ndarray
    y: np.ndarray | None
    output: np.ndarray
    loss: float  # NaN when an explicit output gradient replaced the loss
    layers: tuple[LayerTrace, ...]
    input_gradient: np.ndarray  # ∂L/∂x


def trace(
    network: Network,
    x: np.ndarray,
    y: np.ndarray | None = None,
    output_gradient: np.ndarray | None = None,
) -> Trace:
    """Forward and backward for the one sample `x` against target `y`.

    With `output_gradient` (∂L/∂ŷ given directly, e.g. 1 to differentiate the output itself),
    no loss is used: the trace then shows the gradient of Σ ŷ·output_gradient.
    """
    if y is None and output_gradient is None:
        raise ValueError("trace needs a target y or an output gradient")
    xb = np.asarray(x, dtype=np.float64).reshape(1, -1)
    yb = None if y is None else np.asarray(y, dtype=np.float64).reshape(1, -1)
    top = None
    if output_gradient is not None:
        top = np.asarray(output_gradient, dtype=np.float64).reshape(1, -1)
    forward = network.forward(xb)
    backward = network.backward(forward, yb, top)
    loss = float("nan") if top is not None else network.loss_value(forward, yb)
    layers = tuple(
        LayerTrace(
            inputs=forward.inputs[index][0],
            z=forward.zs[index][0],
            a=forward.activations[index][0],
            local_gradient=backward.local_gradients[index][0],
            grad_a=backward.grad_a[index][0],
            grad_z=backward.deltas[index][0],
            grad_W=backward.grads[index]["W"],
            grad_b=backward.grads[index]["b"],
            grad_learned={name: float(backward.grads[index][name]) for name in activation.learned},
        )
        for index, activation in enumerate(network.activations)
    )
    return Trace(
        x=xb[0], y=None if yb is None else yb[0], output=forward.output[0], loss=loss,
        layers=layers, input_gradient=backward.input_gradient[0],
    )


def _plain(array: np.ndarray) -> list:
    return np.asarray(array, dtype=np.float64).tolist()


def trace_to_json(result: Trace) -> dict:
    """The trace as plain JSON values: `loss` (null without one), `output`, `input_gradient`
    (∂L/∂x) and per layer z, a, local_gradient, grad_a, grad_z, grad_W, grad_b (and learned
    parameters' gradients). grad_W[i][j] is from input i to unit j, as in the model file."""
    layers = []
    for layer in result.layers:
        entry = {
            "z": _plain(layer.z), "a": _plain(layer.a),
            "local_gradient": _plain(layer.local_gradient), "grad_a": _plain(layer.grad_a),
            "grad_z": _plain(layer.grad_z), "grad_W": _plain(layer.grad_W),
            "grad_b": _plain(layer.grad_b),
        }
        entry.update({f"grad_{name}": value for name, value in layer.grad_learned.items()})
        layers.append(entry)
    loss = None if np.isnan(result.loss) else float(result.loss)
    return {"loss": loss, "output": _plain(result.output),
            "input_gradient": _plain(result.input_gradient), "layers": layers}
