"""The chain rule, written once: the forward and backward pass of a network over a batch.

Forward, layer by layer: z = [a, 1] @ [W; b] and a = f(z). Backward, from the output layer's
δ = ∂L/∂z: ∂L/∂[W; b] = [a, 1]ᵀ @ δ (the weights and the bias in one product), ∂L/∂a of the
layer below = δ @ Wᵀ, and its δ = f′(z) ⊙ ∂L/∂a: downstream = local × upstream.

On networks this small NumPy's per-call overhead, not arithmetic, sets the pace, so the pass
runs in `Buffers` made once for a number of rows, with activations writing in place. The
trainer's loops (`buffered`) keep their buffers for the whole run and ask for nothing but the
parameter gradients. `forward` and `backward` here, behind `Network.forward`/`backward`, the
trace and the gradient check, make buffers for one call and also return what the pass went
through: every layer's input, z and a, ∂L/∂a, ∂L/∂z and f′(z), and ∂L/∂x.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # the network calls this module; at run time it needs only its attributes
    from .network import LayerParams, Network

Hyper = list[dict[str, float]]  # each layer's activation parameters, learned ones as they are


def with_ones(x: np.ndarray) -> np.ndarray:
    """[x, 1]: the rows of `x` with a column of ones, which multiplies the bias row."""
    augmented = np.ones((len(x), x.shape[1] + 1))
    augmented[:, :-1] = x
    return augmented


def hyperparameters(network: Network) -> Hyper:
    return [network.activation_params(index) for index in range(len(network.activations))]


class Buffers:
    """For `rows` rows at a time: each layer's z, each hidden layer's output as [a, 1], and
    the gradients flowing back (the last pass's ∂L/∂a of each hidden layer stays here until
    the next)."""

    def __init__(self, network: Network, rows: int) -> None:
        self.z = [np.empty((rows, block.shape[1])) for block in network.blocks]
        units = [layer.units for layer in network.spec.layers]
        self.inputs = [np.ones((rows, width + 1)) for width in units[:-1]]
        self.outputs = [buffer[:, :-1] for buffer in self.inputs]
        self.outputs.append(np.empty((rows, units[-1])))
        self.grad_a = [np.empty((rows, width)) for width in units[:-1]]
        self.products = [np.empty_like(block) for block in network.blocks]  # for accumulating
        # Transposed views, made once rather than at every minibatch.
        self._inputs_t = [buffer.T for buffer in self.inputs]
        self._weights_t: list[np.ndarray] = []
        self._weights_t_of: np.ndarray | None = None  # the flat parameters they view

    def forward(self, net: Network, x: np.ndarray, hyper: Hyper) -> None:
        """z and a of every layer for the rows [x, 1]."""
        for source, block, z, out, activation, params in zip(
            (x, *self.inputs), net.blocks, self.z, self.outputs, net.activations, hyper
        ):
            np.dot(source, block, out=z)
            activation.forward_into(z, out, params)

    def _transposed_weights(self, net: Network) -> list[np.ndarray]:
        """Each layer's Wᵀ, made again only when the network has packed new parameters."""
        if self._weights_t_of is not net.flat:
            self._weights_t_of = net.flat
            self._weights_t = [layer["W"].T for layer in net.params]
        return self._weights_t

    def backward(
        self, net: Network, x: np.ndarray, delta: np.ndarray, grad_a: np.ndarray | None,
        hyper: Hyper, grads: tuple[list[np.ndarray], list[LayerParams]],
        accumulate: bool = False, deltas: list[np.ndarray] | None = None,
    ) -> None:
        """From the output layer's ∂L/∂z (`delta`) and ∂L/∂a (`grad_a`, needed only for
        learned output parameters), every layer's ∂L/∂[W; b] and learned parameters' gradients,
        written to (or with `accumulate` added to) `grads`, views laid out like the network's.
        Given `deltas`, a list with a place per layer, every layer's ∂L/∂z is kept there."""
        blocks, learned_grads = grads
        sources = (x.T, *self._inputs_t)
        activations, weights_t = net.activations, self._transposed_weights(net)
        for index in range(len(blocks) - 1, -1, -1):
            activation = activations[index]
            if deltas is not None:
                deltas[index] = delta
            if accumulate:
                blocks[index] += np.dot(sources[index], delta, out=self.products[index])
            else:
                np.dot(sources[index], delta, out=blocks[index])
            if activation.learned:
                learned = activation.param_gradients(
                    self.z[index], self.outputs[index], grad_a, hyper[index]
                )
                for name, value in learned_grads[index].items():
                    value[...] = value + learned[name] if accumulate else learned[name]
            if index == 0:
                return
            grad_a = np.dot(delta, weights_t[index], out=self.grad_a[index - 1])
            delta = activations[index - 1].backward(
                self.z[index - 1], self.outputs[index - 1], grad_a, hyper[index - 1]
            )


@dataclass(frozen=True)
class Forward:
    """One batch's pass: every layer's input, pre-activation z and output a (views of the
    pass's buffers, in which `backward` goes on)."""

    x_with_ones: np.ndarray  # [x, 1]
    buffers: Buffers
    hyper: Hyper

    @property
    def inputs(self) -> list[np.ndarray]:
        """inputs[i] is what layer i reads (inputs[0] is x)."""
        return [self.x_with_ones[:, :-1], *self.buffers.outputs[:-1]]

    @property
    def zs(self) -> list[np.ndarray]:
        return self.buffers.z

    @property
    def activations(self) -> list[np.ndarray]:
        return self.buffers.outputs

    @property
    def output(self) -> np.ndarray:
        return self.buffers.outputs[-1]


@dataclass(frozen=True)
class Backward:
    """Per layer, input side first: the parameter gradients ∂L/∂W, ∂L/∂b and learned ones,
    ∂L/∂z (downstream), ∂L/∂a (upstream) and f′(z) (local; softmax: the Jacobian's diagonal,
    maxout: 1 at the winning piece); and ∂L/∂x."""

    grads: list[LayerParams]
    deltas: list[np.ndarray]
    grad_a: list[np.ndarray]
    local_gradients: list[np.ndarray]
    input_gradient: np.ndarray


def forward(network: Network, x: np.ndarray) -> Forward:
    """Every layer's z and a for the rows of `x`."""
    result = Forward(with_ones(x), Buffers(network, len(x)), hyperparameters(network))
    result.buffers.forward(network, result.x_with_ones, result.hyper)
    return result


def backward(
    network: Network,
    forward: Forward,
    y: np.ndarray | None,
    output_gradient: np.ndarray | None = None,
) -> Backward:
    """Gradients of the loss against `y` or, given `output_gradient` (∂L/∂ŷ), of Σ ŷ·∂L/∂ŷ,
    with everything the pass went through on the way back."""
    buffers, hyper = forward.buffers, forward.hyper
    z, output = buffers.z[-1], buffers.outputs[-1]
    delta, top = network.head.gradients(z, output, y, hyper[-1], output_gradient)
    flat = np.zeros_like(network.flat)
    views = network.views(flat)
    deltas = [delta] * len(hyper)
    buffers.backward(network, forward.x_with_ones, delta, top, hyper, views, deltas=deltas)
    if top is None:  # a fused head went straight to ∂L/∂z; ∂L/∂ŷ is still worth showing
        top = network.head.output_gradient(output, y)
    local = [
        activation.local_gradient(layer_z, layer_a, params)
        for activation, layer_z, layer_a, params in zip(
            network.activations, buffers.z, buffers.outputs, hyper
        )
    ]
    return Backward(
        grads=[{"W": block[:-1], "b": block[-1], **learned} for block, learned in zip(*views)],
        deltas=deltas,
        grad_a=[*(grad.copy() for grad in buffers.grad_a), top],  # the buffers serve again
        local_gradients=local,
        input_gradient=deltas[0] @ network.params[0]["W"].T,
    )
