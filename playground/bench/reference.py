"""The hand-written NumPy loop the engine is measured against.

It does the same arithmetic as `Trainer.step()` for the reference work, written the way a
person would write it by hand: per epoch one shuffle, then forward, backward and update per
minibatch, then the loss and accuracy of the whole training and test sets. It starts from the
engine's initial weights and draws the same shuffles, so both report the same losses.
"""

from __future__ import annotations

import numpy as np

from .workloads import Arrays, Workload

HIDDEN = ("tanh", "relu")


class ReferenceLoop:
    """Dense tanh/ReLU layers under a sigmoid + BCE or softmax + CE output; SGD or Adam."""

    def __init__(self, workload: Workload, arrays: Arrays) -> None:
        spec, settings = workload.spec, workload.settings
        if any(layer.activation not in HIDDEN for layer in spec.hidden):
            raise ValueError("the reference loop knows tanh and ReLU hidden layers only")
        if (spec.output.activation, spec.loss) not in (("sigmoid", "bce"),
                                                       ("softmax", "cross_entropy")):
            raise ValueError("the reference loop knows sigmoid + BCE and softmax + CE only")
        if settings.optimizer not in ("sgd", "adam") or settings.regularization != "none":
            raise ValueError("the reference loop knows SGD and Adam without regularization")
        start = workload.network().params
        self.weights = [layer["W"].copy() for layer in start]
        self.biases = [layer["b"].copy() for layer in start]
        self.hidden = [layer.activation for layer in spec.hidden]
        self.softmax = spec.output.activation == "softmax"
        self.settings = settings
        self.data = arrays
        self.rng = np.random.default_rng([settings.seed, 1])
        self.moments = [[np.zeros_like(p), np.zeros_like(p)] for p in self.weights + self.biases]
        self.steps = 0

    def forward(self, x: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
        """Every layer's output (hidden first, the output probabilities last) and the logits."""
        outputs = [x]
        for W, b, kind in zip(self.weights, self.biases, self.hidden):
            z = x @ W + b
            x = np.tanh(z) if kind == "tanh" else np.maximum(z, 0.0)
            outputs.append(x)
        logits = x @ self.weights[-1] + self.biases[-1]
        if self.softmax:
            e = np.exp(logits - logits.max(axis=1, keepdims=True))
            outputs.append(e / e.sum(axis=1, keepdims=True))
        else:
            outputs.append(1.0 / (1.0 + np.exp(-logits)))
        return outputs, logits

    def loss_and_accuracy(self, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
        outputs, logits = self.forward(x)
        p = outputs[-1]
        if self.softmax:
            shifted = logits - logits.max(axis=1, keepdims=True)
            log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
            loss = -np.sum(y * log_p) / len(y)
            accuracy = np.mean(p.argmax(axis=1) == y.argmax(axis=1))
        else:
            loss = np.mean(np.logaddexp(0.0, logits) - y * logits)
            accuracy = np.mean((p >= 0.5) == (y >= 0.5))
        return float(loss), float(accuracy)

    def train_batch(self, x: np.ndarray, y: np.ndarray) -> None:
        outputs, _ = self.forward(x)
        delta = (outputs[-1] - y) / (len(y) if self.softmax else y.size)
        grads_w, grads_b = [], []
        for index in range(len(self.weights) - 1, -1, -1):
            grads_w.append(outputs[index].T @ delta)
            grads_b.append(delta.sum(axis=0))
            if index > 0:
                upstream = delta @ self.weights[index].T
                a = outputs[index]
                if self.hidden[index - 1] == "tanh":
                    delta = upstream * (1.0 - a * a)
                else:
                    delta = upstream * (a > 0)
        grads = grads_w[::-1] + grads_b[::-1]
        self.update(self.weights + self.biases, grads)

    def update(self, params: list[np.ndarray], grads: list[np.ndarray]) -> None:
        s = self.settings
        if s.optimizer == "sgd":
            for p, g in zip(params, grads):
                p -= s.learning_rate * g
            return
        self.steps += 1
        for p, g, (m, v) in zip(params, grads, self.moments):
            m *= s.beta1
            m += (1.0 - s.beta1) * g
            v *= s.beta2
            v += (1.0 - s.beta2) * g * g
            m_hat = m / (1.0 - s.beta1**self.steps)
            v_hat = v / (1.0 - s.beta2**self.steps)
            p -= s.learning_rate * m_hat / (np.sqrt(v_hat) + s.epsilon)

    def epoch(self) -> tuple[float, float, float, float]:
        """One epoch: (train loss, test loss, train accuracy, test accuracy)."""
        d = self.data
        order = self.rng.permutation(len(d.x_train))
        xs, ys = d.x_train[order], d.y_train[order]
        size = self.settings.batch_size
        for start in range(0, len(xs), size):
            self.train_batch(xs[start : start + size], ys[start : start + size])
        train_loss, train_accuracy = self.loss_and_accuracy(d.x_train, d.y_train)
        test_loss, test_accuracy = self.loss_and_accuracy(d.x_test, d.y_test)
        return train_loss, test_loss, train_accuracy, test_accuracy
