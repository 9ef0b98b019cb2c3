"""The trainer's hot loops: an epoch of minibatches, and the loss, metric and gradients of a
whole data set, over the one forward/backward pass of `backprop`.

They make their buffers and minibatch views once, record nothing but the parameter gradients,
and spend as few NumPy calls per minibatch as they can: the optimizer updates every parameter
at once in the network's flat array. Whole-set passes go a chunk of rows at a time, so their
memory stays small however many points there are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

from .backprop import Buffers, hyperparameters, with_ones
from .metrics import metric
from .network import LayerParams, Network
from .optimizers import Optimizer
from .regularizations import REGULARIZATIONS, regularizes
from .spec import TrainSettings

CHUNK_ROWS = 4096
STOP_CHECK_BATCHES = 32  # how often a long epoch asks whether to stop


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
            delta, grad_a = net.head.gradients(buffers.z[-1], buffers.outputs[-1], y, hyper[-1])
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
        loss = net.head.value(self.logits, self.output, self.y)
        return loss, metric(self.task, self.output, self.y)

    def _passes(self, hyper: list[dict[str, float]]) -> Iterator[tuple[slice, Buffers]]:
        """Each chunk's rows with its buffers holding every layer's z and a for them."""
        self._forward(hyper)  # after `evaluate`, usually nothing left to do
        for rows, buffers in self._chunks():
            if len(self._x) > CHUNK_ROWS:  # the buffers hold another chunk's layers
                buffers.forward(self.network, self._x[rows], hyper)
            yield rows, buffers

    def layer_values(self) -> Iterator[tuple[list[np.ndarray], list[np.ndarray]]]:
        """Chunk by chunk, every layer's z and a at the current weights: views of buffers
        that the next chunk overwrites."""
        self.network.packed()
        for _, buffers in self._passes(hyperparameters(self.network)):
            yield buffers.z, buffers.outputs

    def gradients(self) -> list[LayerParams]:
        """∂L/∂θ over the whole set (no regularization), as fresh arrays."""
        net = self.network
        net.packed()
        hyper = hyperparameters(net)
        self._forward(hyper)
        # The loss's gradient needs every row at once (RMSE divides by the whole set's loss).
        delta, grad_a = net.head.gradients(self.logits, self.output, self.y, hyper[-1])
        flat = np.zeros_like(net.flat)
        views = net.views(flat)
        for rows, buffers in self._passes(hyper):
            top = None if grad_a is None else grad_a[rows]
            buffers.backward(net, self._x[rows], delta[rows], top, hyper, views, True)
        return [
            {"W": block[:-1], "b": block[-1], **learned}
            for block, learned in zip(*views)
        ]
