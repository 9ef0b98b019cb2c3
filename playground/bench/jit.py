"""The reference work compiled with numba, when numba is installed (never a dependency): what
a JIT would buy over the NumPy engine, measured before anyone adopts one.

Loops over rows and units, as the TensorFlow Playground's JavaScript does, with the engine's
arithmetic: same starting weights, shuffles, minibatches, updates and per-epoch evaluation.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .workloads import Arrays, Workload

_KERNELS: dict[str, Any] = {}


def jit_loop(workload: Workload, arrays: Arrays) -> Any:
    """A `JitLoop` for `workload`, or None when numba cannot be imported."""
    try:
        import numba  # noqa: F401
    except ImportError:
        return None
    return JitLoop(workload, arrays)


def _compile() -> dict[str, Any]:
    """Compile the kernels once per process."""
    if _KERNELS:
        return _KERNELS
    from numba import njit

    @njit(cache=False)
    def forward(flat, offsets, widths, tanh, x, acts):
        """Every layer's output for the rows of x; returns the logits of the last layer."""
        layers = len(widths) - 1
        rows = x.shape[0]
        acts[0, :rows, : widths[0]] = x
        for layer in range(layers):
            fan_in, width, at = widths[layer], widths[layer + 1], offsets[layer]
            for r in range(rows):
                for j in range(width):
                    s = flat[at + fan_in * width + j]
                    for i in range(fan_in):
                        s += acts[layer, r, i] * flat[at + i * width + j]
                    if layer < layers - 1:
                        s = np.tanh(s) if tanh else max(s, 0.0)
                    acts[layer + 1, r, j] = s
        return acts[layers, :rows, : widths[layers]]

    @njit(cache=False)
    def probabilities(logits, softmax):
        p = np.empty_like(logits)
        for r in range(logits.shape[0]):
            if softmax:
                top = logits[r].max()
                total = 0.0
                for k in range(logits.shape[1]):
                    p[r, k] = np.exp(logits[r, k] - top)
                    total += p[r, k]
                p[r] /= total
            else:
                p[r, 0] = 1.0 / (1.0 + np.exp(-logits[r, 0]))
        return p

    @njit(cache=False)
    def batch_gradients(flat, grads, offsets, widths, tanh, softmax, x, y, acts, deltas):
        layers = len(widths) - 1
        rows = x.shape[0]
        logits = forward(flat, offsets, widths, tanh, x, acts)
        p = probabilities(logits, softmax)
        scale = rows if softmax else rows * widths[layers]  # CE: per sample; BCE: per element
        out = widths[layers]
        deltas[layers, :rows, :out] = (p - y) / scale
        grads[:] = 0.0
        for layer in range(layers - 1, -1, -1):
            fan_in, width, at = widths[layer], widths[layer + 1], offsets[layer]
            for r in range(rows):
                for j in range(width):
                    d = deltas[layer + 1, r, j]
                    for i in range(fan_in):
                        grads[at + i * width + j] += acts[layer, r, i] * d
                    grads[at + fan_in * width + j] += d
            if layer == 0:
                break
            for r in range(rows):
                for i in range(fan_in):
                    upstream = 0.0
                    for j in range(width):
                        upstream += flat[at + i * width + j] * deltas[layer + 1, r, j]
                    a = acts[layer, r, i]
                    local = 1.0 - a * a if tanh else (1.0 if a > 0.0 else 0.0)
                    deltas[layer, r, i] = upstream * local

    @njit(cache=False)
    def train_epoch(flat, grads, m, v, step, offsets, widths, tanh, softmax, xs, ys, size,
                    adam, lr, beta1, beta2, eps, acts, deltas):
        for start in range(0, xs.shape[0], size):
            stop = min(start + size, xs.shape[0])
            batch_gradients(flat, grads, offsets, widths, tanh, softmax, xs[start:stop],
                            ys[start:stop], acts, deltas)
            if adam:
                step += 1
                c1, c2 = 1.0 - beta1**step, 1.0 - beta2**step
                for k in range(flat.size):
                    g = grads[k]
                    m[k] = m[k] * beta1 + g * (1.0 - beta1)
                    v[k] = v[k] * beta2 + g * (1.0 - beta2) * g
                    flat[k] -= m[k] / c1 * lr / (np.sqrt(v[k] / c2) + eps)
            else:
                for k in range(flat.size):
                    flat[k] -= grads[k] * lr
        return step

    _KERNELS.update(forward=forward, probabilities=probabilities, train_epoch=train_epoch)
    return _KERNELS


class JitLoop:
    """The engine's epoch for dense tanh/ReLU networks, compiled; SGD or Adam."""

    def __init__(self, workload: Workload, arrays: Arrays) -> None:
        self.kernels = _compile()
        network = workload.network()
        self.flat = network.flat.copy()
        widths = [workload.spec.n_inputs] + [layer.units for layer in workload.spec.layers]
        self.widths = np.array(widths, dtype=np.int64)
        sizes = [(fan_in + 1) * width for fan_in, width in zip(widths, widths[1:])]
        self.offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        self.tanh = workload.spec.layers[0].activation == "tanh"
        self.softmax = workload.spec.output.activation == "softmax"
        self.settings = workload.settings
        self.data = arrays
        rows = max(len(arrays.x_train), len(arrays.x_test))
        self.acts = np.zeros((len(widths), rows, max(widths)))
        self.deltas = np.zeros_like(self.acts)
        self.grads = np.zeros_like(self.flat)
        self.m, self.v = np.zeros_like(self.flat), np.zeros_like(self.flat)
        self.step = 0
        self.rng = np.random.default_rng([workload.settings.seed, 1])

    def _evaluate(self, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
        k = self.kernels
        logits = k["forward"](self.flat, self.offsets, self.widths, self.tanh, x, self.acts)
        p = k["probabilities"](logits, self.softmax)
        if self.softmax:
            shifted = logits - logits.max(axis=1, keepdims=True)
            log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
            return -float(np.sum(y * log_p)) / len(y), float(np.mean(
                p.argmax(axis=1) == y.argmax(axis=1)))
        loss = np.mean(np.logaddexp(0.0, logits) - y * logits)
        return float(loss), float(np.mean((p >= 0.5) == (y >= 0.5)))

    def epoch(self) -> tuple[float, float, float, float]:
        s, d = self.settings, self.data
        order = self.rng.permutation(len(d.x_train))
        self.step = self.kernels["train_epoch"](
            self.flat, self.grads, self.m, self.v, self.step, self.offsets, self.widths,
            self.tanh, self.softmax, d.x_train[order], d.y_train[order], s.batch_size,
            s.optimizer == "adam", s.learning_rate, s.beta1, s.beta2, s.epsilon,
            self.acts, self.deltas,
        )
        train_loss, train_accuracy = self._evaluate(d.x_train, d.y_train)
        test_loss, test_accuracy = self._evaluate(d.x_test, d.y_test)
        return train_loss, test_loss, train_accuracy, test_accuracy
