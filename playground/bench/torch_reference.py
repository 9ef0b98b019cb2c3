"""The reference work in PyTorch on the CPU, when PyTorch is installed (never a dependency).

Same network, starting weights, shuffles, float64 arithmetic and per-epoch evaluation as the
engine, written the way PyTorch is usually written for such a loop, on one thread like the
engine.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .workloads import Arrays, Workload


def torch_loop(workload: Workload, arrays: Arrays) -> Any:
    """A `TorchLoop` for `workload`, or None when PyTorch cannot be imported."""
    try:
        import torch  # noqa: F401
    except ImportError:
        return None
    return TorchLoop(workload, arrays)


class TorchLoop:
    """nn.Sequential of Linear + Tanh/ReLU, BCE-with-logits or cross-entropy, SGD or Adam."""

    def __init__(self, workload: Workload, arrays: Arrays) -> None:
        import torch
        from torch import nn

        self.torch = torch
        torch.set_num_threads(1)  # like the engine; on networks this small, threads only wait
        spec, settings = workload.spec, workload.settings
        layers: list[Any] = []
        for layer, start in zip(spec.layers, workload.network().params):
            fan_in, width = start["W"].shape
            linear = nn.Linear(fan_in, width, dtype=torch.float64)
            with torch.no_grad():
                linear.weight.copy_(torch.from_numpy(start["W"].T.copy()))
                linear.bias.copy_(torch.from_numpy(start["b"].copy()))
            layers.append(linear)
            if layer is not spec.output:
                layers.append(nn.Tanh() if layer.activation == "tanh" else nn.ReLU())
        self.model = nn.Sequential(*layers)
        self.softmax = spec.output.activation == "softmax"
        if self.softmax:
            self.loss = nn.CrossEntropyLoss()
            as_target = lambda y: torch.from_numpy(np.argmax(y, axis=1))  # noqa: E731
        else:
            self.loss = nn.BCEWithLogitsLoss()
            as_target = torch.from_numpy  # noqa: E731
        if settings.optimizer == "adam":
            self.optimizer = torch.optim.Adam(
                self.model.parameters(), lr=settings.learning_rate,
                betas=(settings.beta1, settings.beta2), eps=settings.epsilon,
            )
        else:
            self.optimizer = torch.optim.SGD(self.model.parameters(), lr=settings.learning_rate)
        self.x_train, self.x_test = (torch.from_numpy(x) for x in (arrays.x_train, arrays.x_test))
        self.y_train, self.y_test = (as_target(y) for y in (arrays.y_train, arrays.y_test))
        self.batch_size = settings.batch_size
        self.rng = np.random.default_rng([settings.seed, 1])

    def _evaluate(self, x: Any, y: Any) -> tuple[float, float]:
        logits = self.model(x)
        if self.softmax:
            correct = logits.argmax(dim=1) == y
        else:
            correct = (logits >= 0) == (y >= 0.5)
        return self.loss(logits, y).item(), correct.double().mean().item()

    def epoch(self) -> tuple[float, float, float, float]:
        torch = self.torch
        order = torch.from_numpy(self.rng.permutation(len(self.x_train)))
        xs, ys = self.x_train[order], self.y_train[order]
        for start in range(0, len(xs), self.batch_size):
            stop = start + self.batch_size
            self.optimizer.zero_grad()
            self.loss(self.model(xs[start:stop]), ys[start:stop]).backward()
            self.optimizer.step()
        with torch.no_grad():
            train_loss, train_accuracy = self._evaluate(self.x_train, self.y_train)
            test_loss, test_accuracy = self._evaluate(self.x_test, self.y_test)
        return train_loss, test_loss, train_accuracy, test_accuracy
