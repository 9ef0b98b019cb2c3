"""Penalties on large weights: one class per kind, each with its penalty and its gradient.

A penalty applies to the weights only, never to the biases or learned activation parameters,
and is scaled by the rate λ. The reported loss is the data loss alone: the penalty reaches
training through the gradient (and the gradient check through the objective).
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from .network import LayerParams
from .registry import Registry
from .texts import QT_TRANSLATE_NOOP


class Regularization:
    """Base class: the penalty of one weight array and its gradient, both for λ = 1."""

    name: ClassVar[str]  # registry key, as written in model files
    label: ClassVar[str]
    formula: ClassVar[str]
    notes: ClassVar[str]
    penalizes: ClassVar[bool] = True  # False: no penalty, so the rate does nothing

    def penalty(self, weights: np.ndarray) -> float:
        raise NotImplementedError

    def gradient(self, weights: np.ndarray) -> np.ndarray:
        """∂penalty/∂W, as a new array."""
        raise NotImplementedError


REGULARIZATIONS: Registry[Regularization] = Registry(
    QT_TRANSLATE_NOOP("Errors", "regularization"), "Regularizations")


@REGULARIZATIONS.register
class NoRegularization(Regularization):
    name = "none"
    label = QT_TRANSLATE_NOOP("Regularizations", "None")
    formula = QT_TRANSLATE_NOOP("Regularizations", "L = data loss")
    notes = QT_TRANSLATE_NOOP(
        "Regularizations", "The weights may grow as large as the data loss likes."
    )
    penalizes = False

    def penalty(self, weights):
        return 0.0

    def gradient(self, weights):
        return np.zeros_like(weights)


@REGULARIZATIONS.register
class L1(Regularization):
    name = "l1"
    label = QT_TRANSLATE_NOOP("Regularizations", "L1")
    formula = QT_TRANSLATE_NOOP("Regularizations", "L + λ·Σ|W|;  ∂/∂W adds λ·sign(W)")
    notes = QT_TRANSLATE_NOOP(
        "Regularizations",
        "Pulls every weight towards 0 by the same amount, so small weights reach 0 and stay "
        "there: a sparse network that uses only the inputs it needs."
    )

    def penalty(self, weights):
        return float(np.abs(weights).sum())

    def gradient(self, weights):
        return np.sign(weights)


@REGULARIZATIONS.register
class L2(Regularization):
    name = "l2"
    label = QT_TRANSLATE_NOOP("Regularizations", "L2")
    formula = QT_TRANSLATE_NOOP("Regularizations", "L + (λ/2)·ΣW²;  ∂/∂W adds λ·W")
    notes = QT_TRANSLATE_NOOP(
        "Regularizations",
        "Weight decay: shrinks each weight in proportion to its size, so large weights are "
        "expensive and the decision boundary stays smooth."
    )

    def penalty(self, weights):
        return 0.5 * float((weights**2).sum())

    def gradient(self, weights):
        return weights.copy()


def regularizes(kind: str, rate: float) -> bool:
    """Whether the regularization `kind` at rate λ = `rate` changes anything."""
    return REGULARIZATIONS[kind].penalizes and rate != 0.0


def regularization_penalty(params: list[LayerParams], kind: str, rate: float) -> float:
    """λ times the penalty of every weight matrix, e.g. λ·Σ|W| (L1) or (λ/2)·ΣW² (L2)."""
    regularization = REGULARIZATIONS[kind]
    return rate * sum(regularization.penalty(layer["W"]) for layer in params)


def add_regularization(
    params: list[LayerParams], grads: list[LayerParams], kind: str, rate: float
) -> None:
    """Add λ times the penalty's gradient to every ∂L/∂W in `grads`, in place."""
    if not regularizes(kind, rate):
        return
    regularization = REGULARIZATIONS[kind]
    for layer, grad in zip(params, grads):
        grad["W"] += rate * regularization.gradient(layer["W"])
