"""The trainer's hot loops, in buffers made once: an epoch of minibatches, and the loss, metric
and gradients of a whole data set.

`Network.forward`/`backward` allocate and return every intermediate, which the trace, the
gradient check and the views need. Training needs none of it, and on networks this small
NumPy's per-call overhead, not arithmetic, sets the pace. So these loops make their buffers and
minibatch views once and spend as few NumPy calls per minibatch as they can: the bias rides in
the matrix product ([a, 1] @ [W; b]), one product gives ∂L/∂W and ∂L/∂b together, activations
write in place, and the optimizer updates every parameter at once in the network's flat array.
Whole-set passes go a chunk of rows at a time, so their memory stays small however many
points there are. The arithmetic is `Network.backward`'s, so the numbers are too (to rounding).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

from .metrics import metric
from .network import LayerParams, Network
from .optimizers import Optimizer
from .regularizations import REGULARIZATIONS, regularizes
from .spec import TrainSettings

CHUNK_ROWS = 4096
STOP_CHECK_BATCHES = 32  # how often a long epoch asks whether to stop


def with_ones(x: np.ndarray) -> np.ndarray:
    """[x, 1]: the rows of `x` with a column of ones, which multiplies the bias row."""
    augmented = np.ones((len(x), x.shape[1] + 1))
    augmented[:, :-1] = x
    return augmented


def hyperparameters(network: Network) -> list[dict[str, float]]:
    return [network.activation_params(index) for index in range(len(network.activations))]


class Buffers:
    """For `rows` rows at a time: each layer's z, each hidden layer's output as [a, 1], and
    the gradients flowing back."""

    def __init__(self, network: Network, rows: int) -> None:
        self.z = [np.empty((rows, block.shape[1])) for block in network.blocks]
        units = [layer.units for layer in network.spec.layers]
        self.inputs = [np.ones((rows, width + 1)) for width in units[:-1]]
        self.outputs = [buffer[:, :-1] for buffer in self.inputs]
        self.outputs.append(np.empty((rows, units[-1])))
        self.grad_a = [np.empty((rows, width)) for width in units[:-1]]
        self.products = [np.empty_like(block) for block in network.blocks]  # for accumulating

    def forward(self, net: Network, x: np.ndarray, hyper: list[dict[str, float]]) -> None:
        """z and a of every layer for the rows [x, 1]."""
        inputs = [x, *self.inputs]
        for index, activation in enumerate(net.activations):
            z = self.z[index]
            np.dot(inputs[index], net.blocks[index], out=z)
            activation.forward_into(z, self.outputs[index], hyper[index])

    def backward(
        self, net: Network, x: np.ndarray, delta: np.ndarray, grad_a: np.ndarray | None,
        hyper: list[dict[str, float]], grads: tuple[list[np.ndarray], list[LayerParams]],
        accumulate: bool = False,
    ) -> None:
        """From the output layer's ∂L/∂z (`delta`) and ∂L/∂a (`grad_a`, needed only for
        learned output parameters), every layer's ∂L/∂[W; b] and learned parameters' gradients,
        written to (or with `accumulate` added to) `grads`, views laid out like the network's."""
        blocks, learned_grads = grads
        inputs = [x, *self.inputs]
        for index in range(len(blocks) - 1, -1, -1):
            activation = net.activations[index]
            if accumulate:
                blocks[index] += np.dot(inputs[index].T, delta, out=self.products[index])
            else:
                np.dot(inputs[index].T, delta, out=blocks[index])
            if activation.learned:
                learned = activation.param_gradients(
                    self.z[index], self.outputs[index], grad_a, hyper[index]
                )
                for name, value in learned_grads[index].items():
                    value[...] = value + learned[name] if accumulate else learned[name]
            if index == 0:
                return
            grad_a = np.dot(delta, net.params[index]["W"].T, out=self.grad_a[index - 1])
            delta = net.activations[index - 1].backward(
                self.z[index - 1], self.outputs[index - 1], grad_a, hyper[index - 1]
            )


def output_gradients(
    net: Network, z: np.ndarray, output: np.ndarray, y: np.ndarray, hyper: dict[str, float]
) -> tuple[np.ndarray, np.ndarray | None]:
    """The output layer's ∂L/∂z and (unless the loss is fused with its activation) ∂L/∂a."""
    if net.fused:
        return net.loss.gradient_from_logits(z, output, y, net.loss_params), None
    grad_a = net.loss.gradient(output, y, net.loss_params)
    return net.activations[-1].backward(z, output, grad_a, hyper), grad_a


class MinibatchEpoch:
    """Trains `network` for one epoch per `run`, on `x`, `y` in minibatches of `batch_size`."""

    def __init__(self, network: Network, x: np.ndarray, y: np.ndarray, batch_size: int) -> None:
        self.network = network
        self.batch_size = batch_size
        self._x_source, self._y_source = x, y
        self._x, self._y = with_ones(x), y.copy()  # the data in this epoch's order
        self._shuffled = False
        buffers: dict[int, Buffers] = {}
        self._batches = []
        for start in range(0, len(x), batch_size):
            stop = min(start + batch_size, len(x))
            rows = stop - start
            if rows not in buffers:
                buffers[rows] = Buffers(network, rows)
            self._batches.append((self._x[start:stop], self._y[start:stop], buffers[rows]))
        self.grads = np.zeros_like(network.flat)
        self._grad_views = network.views(self.grads)
        self._mask: np.ndarray | None = None

    def _order(self, order: np.ndarray | None) -> None:
        """Put the data in `order` (None: as given) in the preallocated arrays."""
        if order is not None:
            np.take(self._x_source, order, axis=0, out=self._x[:, :-1], mode="clip")
            np.take(self._y_source, order, axis=0, out=self._y, mode="clip")
        elif self._shuffled:
            self._x[:, :-1], self._y[...] = self._x_source, self._y_source
        self._shuffled = order is not None

    def _regularize(self, flat: np.ndarray, kind: str, rate: float) -> None:
        """Add λ·∂penalty/∂W to ∂L/∂W (weights only, never biases)."""
        if self._mask is None:
            self._mask = self.network.weight_mask()
        penalty = REGULARIZATIONS[kind].gradient(flat)
        penalty *= self._mask
        penalty *= rate
        self.grads += penalty

    def run(
        self,
        optimizer: Optimizer,
        settings: TrainSettings,
        order: np.ndarray | None,
        should_stop: Callable[[], bool] | None = None,
    ) -> bool:
        """One epoch: every minibatch's gradients, each followed by an optimizer step.
        False when `should_stop` (asked every few batches) ended it early."""
        self._order(order)
        net = self.network
        flat = net.packed()
        params, grads = [flat], [self.grads]
        regularize = regularizes(settings.regularization, settings.reg_rate)
        learned = any(activation.learned for activation in net.activations)
        hyper = hyperparameters(net)
        for number, (x, y, buffers) in enumerate(self._batches, start=1):
            if should_stop is not None and number % STOP_CHECK_BATCHES == 0 and should_stop():
                return False
            if learned:  # they change with every step
                hyper = hyperparameters(net)
            buffers.forward(net, x, hyper)
            delta, grad_a = output_gradients(
                net, buffers.z[-1], buffers.outputs[-1], y, hyper[-1]
            )
            buffers.backward(net, x, delta, grad_a, hyper, self._grad_views)
            if regularize:
                self._regularize(flat, settings.regularization, settings.reg_rate)
            optimizer.step(params, grads, settings)
        return True


class WholeSet:
    """One fixed data set: the network's loss and metric on it, and its full-set gradients,
    computed a chunk of rows at a time."""

    def __init__(self, network: Network, x: np.ndarray, y: np.ndarray, task: str) -> None:
        self.network, self.y, self.task = network, y, task
        self._x = with_ones(x)
        self.logits = np.empty((len(x), network.blocks[-1].shape[1]))
        self.output = np.empty_like(y)
        self._weights_seen = np.full_like(network.flat, np.nan)  # by the last full forward
        self._buffers: dict[int, Buffers] = {}
        for start in range(0, len(x), CHUNK_ROWS):
            rows = min(CHUNK_ROWS, len(x) - start)
            if rows not in self._buffers:
                self._buffers[rows] = Buffers(network, rows)

    def _chunks(self) -> Iterator[tuple[slice, Buffers]]:
        """Each chunk's rows, with buffers whose last layer writes into `logits`/`output`."""
        for start in range(0, len(self._x), CHUNK_ROWS):
            rows = slice(start, min(start + CHUNK_ROWS, len(self._x)))
            buffers = self._buffers[rows.stop - start]
            buffers.z[-1], buffers.outputs[-1] = self.logits[rows], self.output[rows]
            yield rows, buffers

    def _forward(self, hyper: list[dict[str, float]]) -> None:
        """`logits` and `output` for every row, unless the weights are those of the last time."""
        net = self.network
        if np.array_equal(self._weights_seen, net.flat):
            return
        for rows, buffers in self._chunks():
            buffers.forward(net, self._x[rows], hyper)
        np.copyto(self._weights_seen, net.flat)

    def evaluate(self) -> tuple[float, float]:
        """(loss, metric); NaN for an empty set."""
        if len(self.y) == 0:
            return float("nan"), float("nan")
        net = self.network
        self._forward(hyperparameters(net))
        if net.fused:
            loss = net.loss.value_from_logits(self.logits, self.y, net.loss_params)
        else:
            loss = net.loss.value(self.output, self.y, net.loss_params)
        return loss, metric(self.task, self.output, self.y)

    def gradients(self) -> list[LayerParams]:
        """∂L/∂θ over the whole set (no regularization), as fresh arrays."""
        net = self.network
        net.packed()
        hyper = hyperparameters(net)
        self._forward(hyper)  # after `evaluate`, usually nothing left to do
        # The loss's gradient needs every row at once (RMSE divides by the whole set's loss).
        delta, grad_a = output_gradients(net, self.logits, self.output, self.y, hyper[-1])
        flat = np.zeros_like(net.flat)
        views = net.views(flat)
        for rows, buffers in self._chunks():
            if len(self._x) > CHUNK_ROWS:  # the buffers hold another chunk's layers
                buffers.forward(net, self._x[rows], hyper)
            top = None if grad_a is None else grad_a[rows]
            buffers.backward(net, self._x[rows], delta[rows], top, hyper, views, True)
        return [
            {"W": block[:-1], "b": block[-1], **learned}
            for block, learned in zip(*views)
        ]
