"""Optimizers: each reads its settings at every step, so they can change mid-run.

Every rule works in place on a flat list of parameter arrays and the matching gradients. The
trainer passes one array holding every parameter, so a step is a handful of NumPy calls; the
rules write into scratch arrays kept in their state rather than allocate new ones.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from .registry import Registry
from .spec import TrainSettings
from .texts import QT_TRANSLATE_NOOP


class Optimizer:
    """Base class: `step` moves every parameter against its gradient."""

    name: ClassVar[str]
    label: ClassVar[str]
    formula: ClassVar[str]
    notes: ClassVar[str]
    settings_used: ClassVar[tuple[str, ...]] = ("learning_rate",)

    def __init__(self) -> None:
        self.state: list[dict[str, np.ndarray]] = []
        self.steps = 0

    def reset(self) -> None:
        self.state, self.steps = [], 0

    def step(
        self, params: list[np.ndarray], grads: list[np.ndarray], settings: TrainSettings
    ) -> None:
        if len(self.state) != len(params):
            self.state = [self.new_state(p) for p in params]
        self.steps += 1
        for param, grad, state in zip(params, grads, self.state):
            self.update(param, grad, state, settings)

    def new_state(self, param: np.ndarray) -> dict[str, np.ndarray]:
        return {}

    def update(
        self, param: np.ndarray, grad: np.ndarray, state: dict[str, np.ndarray],
        settings: TrainSettings,
    ) -> None:
        raise NotImplementedError


OPTIMIZERS: Registry[Optimizer] = Registry(QT_TRANSLATE_NOOP("Errors", "optimizer"), "Optimizers")


def make_optimizer(name: str) -> Optimizer:
    """A fresh optimizer (with empty state) of the registered kind `name`."""
    return type(OPTIMIZERS[name])()


@OPTIMIZERS.register
class SGD(Optimizer):
    name = "sgd"
    label = QT_TRANSLATE_NOOP("Optimizers", "SGD")
    formula = QT_TRANSLATE_NOOP("Optimizers", "W ← W − α·∂L/∂W")
    notes = QT_TRANSLATE_NOOP(
        "Optimizers",
        "Plain gradient descent: one step of size α against the gradient per minibatch.",
    )

    def update(self, param, grad, state, settings):
        param -= settings.learning_rate * grad


@OPTIMIZERS.register
class Momentum(Optimizer):
    name = "momentum"
    label = QT_TRANSLATE_NOOP("Optimizers", "Momentum")
    formula = QT_TRANSLATE_NOOP("Optimizers", "v ← μ·v − α·∂L/∂W;  W ← W + v")
    notes = QT_TRANSLATE_NOOP(
        "Optimizers",
        "Keeps a running velocity, so steps along a consistent direction grow and zig-zags "
        "across a narrow valley cancel out. μ (0.9 typical) is how much velocity is kept."
    )
    settings_used = ("learning_rate", "momentum")

    def new_state(self, param):
        return {"v": np.zeros_like(param), "scratch": np.empty_like(param)}

    def update(self, param, grad, state, settings):
        velocity, step = state["v"], state["scratch"]
        velocity *= settings.momentum
        velocity -= np.multiply(grad, settings.learning_rate, out=step)
        param += velocity


@OPTIMIZERS.register
class RMSProp(Optimizer):
    name = "rmsprop"
    label = QT_TRANSLATE_NOOP("Optimizers", "RMSProp")
    formula = QT_TRANSLATE_NOOP("Optimizers", "s ← ρ·s + (1−ρ)·g²;  W ← W − α·g / (√s + ε)")
    notes = QT_TRANSLATE_NOOP(
        "Optimizers",
        "Divides each step by a running root-mean-square of that parameter's gradients, so "
        "parameters with small gradients still move. A smaller α (0.001) than SGD is typical."
    )
    settings_used = ("learning_rate", "rho", "epsilon")

    def new_state(self, param):
        return {"s": np.zeros_like(param), "scratch": np.empty_like(param),
                "denominator": np.empty_like(param)}

    def update(self, param, grad, state, settings):
        square, step, denominator = state["s"], state["scratch"], state["denominator"]
        square *= settings.rho
        np.multiply(grad, 1.0 - settings.rho, out=step)
        step *= grad
        square += step
        np.sqrt(square, out=denominator)
        denominator += settings.epsilon
        np.multiply(grad, settings.learning_rate, out=step)
        step /= denominator
        param -= step


@OPTIMIZERS.register
class Adam(Optimizer):
    name = "adam"
    label = QT_TRANSLATE_NOOP("Optimizers", "Adam")
    formula = QT_TRANSLATE_NOOP(
        "Optimizers",
        "m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  "
        "W ← W − α·m̂ / (√v̂ + ε),  m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)"
    )
    notes = QT_TRANSLATE_NOOP(
        "Optimizers",
        "Momentum plus RMSProp's per-parameter scaling, with bias correction for the first "
        "steps. A robust default with α = 0.001 … 0.01."
    )
    settings_used = ("learning_rate", "beta1", "beta2", "epsilon")

    def new_state(self, param):
        return {"m": np.zeros_like(param), "v": np.zeros_like(param),
                "scratch": np.empty_like(param), "denominator": np.empty_like(param)}

    def update(self, param, grad, state, settings):
        first, second = state["m"], state["v"]
        step, denominator = state["scratch"], state["denominator"]
        first *= settings.beta1
        first += np.multiply(grad, 1.0 - settings.beta1, out=step)
        second *= settings.beta2
        np.multiply(grad, 1.0 - settings.beta2, out=step)
        step *= grad
        second += step
        np.divide(second, 1.0 - settings.beta2**self.steps, out=denominator)  # v̂
        np.sqrt(denominator, out=denominator)
        denominator += settings.epsilon
        np.divide(first, 1.0 - settings.beta1**self.steps, out=step)  # m̂
        step *= settings.learning_rate
        step /= denominator
        param -= step
