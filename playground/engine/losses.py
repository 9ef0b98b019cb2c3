"""Every loss the playground teaches: value, gradient, formula and notes side by side.

`y_pred` and `y_true` have shape (n, outputs). "Mean" losses divide by the number of elements
n·outputs, except cross-entropy, which sums over the classes and divides by the n samples.
"""

from __future__ import annotations

from typing import ClassVar, Mapping

import numpy as np

from .registry import Registry

Params = Mapping[str, float]
EPSILON = 1e-7  # probabilities are clipped to [EPSILON, 1 − EPSILON] before a log


class Loss:
    """Base class. Subclasses set the class attributes and `value`/`gradient`."""

    name: ClassVar[str]  # registry key, as written in model files
    label: ClassVar[str]
    korean: ClassVar[str] = ""
    formula: ClassVar[str]
    gradient_formula: ClassVar[str]
    notes: ClassVar[str]  # when to use it, what goes wrong
    task: ClassVar[str]  # "regression" or "classification": what it fits
    defaults: ClassVar[dict[str, float]] = {}
    fused_activation: ClassVar[str | None] = None  # output activation computed from logits

    def params(self, given: Params | None = None) -> dict[str, float]:
        merged = dict(self.defaults)
        merged.update(given or {})
        return merged

    def value(self, y_pred: np.ndarray, y_true: np.ndarray, params: Params) -> float:
        raise NotImplementedError

    def gradient(self, y_pred: np.ndarray, y_true: np.ndarray, params: Params) -> np.ndarray:
        """∂L/∂ŷ, same shape as y_pred."""
        raise NotImplementedError

    def value_from_logits(self, z: np.ndarray, y_true: np.ndarray, params: Params) -> float:
        """The loss of `fused_activation(z)`, computed stably from the logits z."""
        raise NotImplementedError

    def gradient_from_logits(
        self, z: np.ndarray, y_pred: np.ndarray, y_true: np.ndarray, params: Params
    ) -> np.ndarray:
        """∂L/∂z through `fused_activation`, where y_pred = fused_activation(z)."""
        raise NotImplementedError


LOSSES: Registry[Loss] = Registry("loss")


@LOSSES.register
class MSE(Loss):
    name = "mse"
    label = "MSE (L2)"
    korean = "평균 제곱 오차"
    formula = "L = (1/n)·Σ(y − ŷ)²"
    gradient_formula = "∂L/∂ŷ = (2/n)·(ŷ − y)"
    task = "regression"
    notes = (
        "For regression with Gaussian noise. On classification it learns slowly when the "
        "prediction is badly wrong, because the gradient through a saturated sigmoid is small there."
    )

    def value(self, y_pred, y_true, params):
        return float(np.mean((y_true - y_pred) ** 2))

    def gradient(self, y_pred, y_true, params):
        return (2.0 / y_pred.size) * (y_pred - y_true)
