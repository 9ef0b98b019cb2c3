"""Every loss the playground teaches: value, gradient, formula and notes side by side.

`y_pred` and `y_true` have shape (n, outputs). "Mean" losses divide by the number of elements
N = n·outputs, except cross-entropy, which sums over the classes and divides by the n samples.

Numerical safety: the regression losses take no logs and divide only by N (and RMSE by itself,
guarded at 0). BCE and cross-entropy are computed from the logits when the output activation is
their fused sigmoid/softmax, which is exact and finite for any logit; otherwise the probabilities
are clipped to [EPSILON, 1 − EPSILON] before the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from .registry import Params, Registry, Tunable
from .special import log_softmax, quiet_underflow, softplus
from .texts import QT_TRANSLATE_NOOP

EPSILON = 1e-7  # probabilities are clipped to [EPSILON, 1 − EPSILON] before a log


@dataclass(frozen=True)
class Worked:
    """A formula with its numbers: `template` holds one `{}` per number, so a view puts them
    in its own format (the inspector's loss "with the numbers filled in")."""

    template: str
    numbers: tuple[float, ...]


def _terms(pattern: str, *columns: np.ndarray) -> tuple[str, tuple[float, ...]]:
    """`pattern` once per element, joined by +; element by element, the columns' numbers."""
    flat = [np.asarray(column, dtype=float).ravel() for column in columns]
    template = " + ".join([pattern] * flat[0].size)
    return template, tuple(float(column[i]) for i in range(flat[0].size) for column in flat)


def _at(index: int, *arrays: np.ndarray) -> tuple[float, ...]:
    return tuple(float(np.asarray(array).ravel()[index]) for array in arrays)


def _mean(count: int) -> str:
    return "" if count == 1 else f"(1/{count})·"


class Loss(Tunable):
    """Base class. Subclasses set the class attributes and `value`/`gradient`."""

    name: ClassVar[str]  # registry key, as written in model files
    label: ClassVar[str]
    formula: ClassVar[str]
    gradient_formula: ClassVar[str]
    notes: ClassVar[str]  # when to use it, what goes wrong
    task: ClassVar[str]  # "regression" or "classification": what it fits
    fused_activation: ClassVar[str | None] = None  # output activation computed from logits

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

    def worked(self, y_pred: np.ndarray, y_true: np.ndarray, params: Params) -> Worked:
        """The value's formula with these numbers in it."""
        raise NotImplementedError

    def worked_gradient(
        self, y_pred: np.ndarray, y_true: np.ndarray, params: Params, index: int
    ) -> Worked:
        """∂L/∂ŷ of element `index` (row by row) as a formula with its numbers."""
        raise NotImplementedError


LOSSES: Registry[Loss] = Registry(QT_TRANSLATE_NOOP("Errors", "loss"), "Losses")


@LOSSES.register
class SSE(Loss):
    name = "sse"
    label = QT_TRANSLATE_NOOP("Losses", "SSE")
    formula = QT_TRANSLATE_NOOP("Losses", "L = ½·Σ(ŷ − y)²")
    gradient_formula = QT_TRANSLATE_NOOP("Losses", "∂L/∂ŷ = ŷ − y")
    task = "regression"
    notes = QT_TRANSLATE_NOOP(
        "Losses",
        "Sum of squared errors, halved so that the gradient is simply ŷ − y. For regression like "
        "MSE, but it grows with the number of samples, so the learning rate must shrink as the "
        "data grow."
    )

    def value(self, y_pred, y_true, params):
        return float(0.5 * np.sum((y_pred - y_true) ** 2))

    def gradient(self, y_pred, y_true, params):
        return y_pred - y_true

    def worked(self, y_pred, y_true, params):
        terms, numbers = _terms("({} − {})²", y_pred, y_true)
        return Worked(f"½·[{terms}]", numbers)

    def worked_gradient(self, y_pred, y_true, params, index):
        return Worked("{} − {}", _at(index, y_pred, y_true))


@LOSSES.register
class MSE(Loss):
    name = "mse"
    label = QT_TRANSLATE_NOOP("Losses", "MSE (L2)")
    formula = QT_TRANSLATE_NOOP("Losses", "L = (1/N)·Σ(y − ŷ)²,  N = samples × outputs")
    gradient_formula = QT_TRANSLATE_NOOP("Losses", "∂L/∂ŷ = (2/N)·(ŷ − y)")
    task = "regression"
    notes = QT_TRANSLATE_NOOP(
        "Losses",
        "For regression with Gaussian noise; large errors dominate, so outliers pull hard. On "
        "classification it learns slowly when the prediction is badly wrong, because the gradient "
        "through a saturated sigmoid is small there: prefer BCE or cross-entropy."
    )

    def value(self, y_pred, y_true, params):
        return float(np.mean((y_true - y_pred) ** 2))

    def gradient(self, y_pred, y_true, params):
        return (2.0 / y_pred.size) * (y_pred - y_true)

    def worked(self, y_pred, y_true, params):
        terms, numbers = _terms("({} − {})²", y_true, y_pred)
        return Worked(f"{_mean(y_pred.size)}[{terms}]", numbers)

    def worked_gradient(self, y_pred, y_true, params, index):
        return Worked(f"(2/{y_pred.size})·({{}} − {{}})", _at(index, y_pred, y_true))


@LOSSES.register
class RMSE(Loss):
    name = "rmse"
    label = QT_TRANSLATE_NOOP("Losses", "RMSE")
    formula = QT_TRANSLATE_NOOP("Losses", "L = √((1/N)·Σ(ŷ − y)²)")
    gradient_formula = QT_TRANSLATE_NOOP("Losses", "∂L/∂ŷ = (ŷ − y) / (N·L),  0 when L = 0")
    task = "regression"
    notes = QT_TRANSLATE_NOOP(
        "Losses",
        "√MSE: in the units of y, so it reads as a typical error size; same minimum as MSE. "
        "Its gradient keeps the same overall size however close the fit, so steps do not shrink "
        "near the minimum."
    )

    def value(self, y_pred, y_true, params):
        return float(np.sqrt(np.mean((y_pred - y_true) ** 2)))

    def gradient(self, y_pred, y_true, params):
        rmse = self.value(y_pred, y_true, params)
        if rmse == 0.0:
            # A perfect fit: √ has no derivative at 0; 0 is the natural subgradient.
            return np.zeros_like(y_pred, dtype=float)
        return (y_pred - y_true) / (y_pred.size * rmse)

    def worked(self, y_pred, y_true, params):
        terms, numbers = _terms("({} − {})²", y_pred, y_true)
        return Worked(f"√({_mean(y_pred.size)}[{terms}])", numbers)

    def worked_gradient(self, y_pred, y_true, params, index):
        rmse = self.value(y_pred, y_true, params)
        if rmse == 0.0:
            return Worked("0", ())
        return Worked(f"({{}} − {{}}) / ({y_pred.size}·{{}})",
                      (*_at(index, y_pred, y_true), rmse))


@LOSSES.register
class MAE(Loss):
    name = "mae"
    label = QT_TRANSLATE_NOOP("Losses", "MAE (L1)")
    formula = QT_TRANSLATE_NOOP("Losses", "L = (1/N)·Σ|ŷ − y|")
    gradient_formula = QT_TRANSLATE_NOOP("Losses", "∂L/∂ŷ = sign(ŷ − y) / N")
    task = "regression"
    notes = QT_TRANSLATE_NOOP(
        "Losses",
        "For regression with outliers: every error pulls with the same force, so outliers matter "
        "less than with MSE. The gradient does not shrink near the minimum, so training may hop "
        "around it; lower the learning rate or use Huber."
    )

    def value(self, y_pred, y_true, params):
        return float(np.mean(np.abs(y_pred - y_true)))

    def gradient(self, y_pred, y_true, params):
        return np.sign(y_pred - y_true) / y_pred.size

    def worked(self, y_pred, y_true, params):
        terms, numbers = _terms("|{} − {}|", y_pred, y_true)
        return Worked(f"{_mean(y_pred.size)}[{terms}]", numbers)

    def worked_gradient(self, y_pred, y_true, params, index):
        return Worked(f"sign({{}} − {{}}) / {y_pred.size}", _at(index, y_pred, y_true))


@LOSSES.register
class Huber(Loss):
    name = "huber"
    label = QT_TRANSLATE_NOOP("Losses", "Huber")
    formula = QT_TRANSLATE_NOOP(
        "Losses", "L = (1/N)·Σ [½e² if |e| ≤ δ else δ·(|e| − ½δ)],  e = ŷ − y"
    )
    gradient_formula = QT_TRANSLATE_NOOP("Losses", "∂L/∂ŷ = clip(e, −δ, δ) / N")
    task = "regression"
    defaults = {"delta": 1.0}
    notes = QT_TRANSLATE_NOOP(
        "Losses",
        "Quadratic like MSE for errors within δ, linear like MAE beyond: smooth near the minimum "
        "and robust to outliers. δ (default 1) is the error size where it switches."
    )

    def value(self, y_pred, y_true, params):
        delta = params["delta"]
        error = np.abs(y_pred - y_true)
        return float(
            np.mean(np.where(error <= delta, 0.5 * error**2, delta * (error - 0.5 * delta)))
        )

    def gradient(self, y_pred, y_true, params):
        delta = params["delta"]
        return np.clip(y_pred - y_true, -delta, delta) / y_pred.size

    def worked(self, y_pred, y_true, params):
        delta = params["delta"]
        parts, numbers = [], []
        for predicted, true in zip(np.ravel(y_pred), np.ravel(y_true)):
            inside = abs(predicted - true) <= delta
            parts.append("½·({} − {})²" if inside else f"{delta:g}·(|{{}} − {{}}| − ½·{delta:g})")
            numbers += [float(predicted), float(true)]
        return Worked(f"{_mean(y_pred.size)}[{' + '.join(parts)}]", tuple(numbers))

    def worked_gradient(self, y_pred, y_true, params, index):
        delta = params["delta"]
        return Worked(f"clip({{}} − {{}}, −{delta:g}, {delta:g}) / {y_pred.size}",
                      _at(index, y_pred, y_true))


@LOSSES.register
class BCE(Loss):
    name = "bce"
    label = QT_TRANSLATE_NOOP("Losses", "binary cross-entropy")
    formula = QT_TRANSLATE_NOOP("Losses", "L = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]")
    gradient_formula = QT_TRANSLATE_NOOP(
        "Losses", "∂L/∂ŷ = (ŷ − y) / (N·ŷ·(1 − ŷ));  with a sigmoid output ∂L/∂z = (ŷ − y)/N"
    )
    task = "classification"
    fused_activation = "sigmoid"
    notes = QT_TRANSLATE_NOOP(
        "Losses",
        "For two classes: a sigmoid output giving P(class 1), targets 0 or 1. It grows without "
        "bound when the prediction is confidently wrong, so learning is fastest there, unlike "
        "MSE. Computed from the logits when the output is sigmoid; otherwise probabilities are "
        "clipped to [1e-7, 1 − 1e-7]."
    )

    def value(self, y_pred, y_true, params):
        p = np.clip(y_pred, EPSILON, 1.0 - EPSILON)
        return float(-np.mean(y_true * np.log(p) + (1.0 - y_true) * np.log(1.0 - p)))

    def gradient(self, y_pred, y_true, params):
        # Taken at the clipped probability, so a saturated prediction still gets a push.
        p = np.clip(y_pred, EPSILON, 1.0 - EPSILON)
        return (p - y_true) / (y_pred.size * p * (1.0 - p))

    def worked(self, y_pred, y_true, params):
        p = np.clip(y_pred, EPSILON, 1.0 - EPSILON)
        terms, numbers = _terms("{}·ln {} + (1 − {})·ln(1 − {})", y_true, p, y_true, p)
        return Worked(f"−{_mean(y_pred.size)}[{terms}]", numbers)

    def worked_gradient(self, y_pred, y_true, params, index):
        p = np.clip(y_pred, EPSILON, 1.0 - EPSILON)
        return Worked(f"({{}} − {{}}) / ({y_pred.size}·{{}}·(1 − {{}}))",
                      _at(index, p, y_true, p, p))

    @quiet_underflow
    def value_from_logits(self, z, y_true, params):
        # −ln σ(z) = softplus(−z) and −ln(1 − σ(z)) = softplus(z), so the loss is softplus(z) − y·z.
        return float(np.mean(softplus(z) - y_true * z))

    def gradient_from_logits(self, z, y_pred, y_true, params):
        return (y_pred - y_true) / y_pred.size


@LOSSES.register
class CrossEntropy(Loss):
    name = "cross_entropy"
    label = QT_TRANSLATE_NOOP("Losses", "cross-entropy")
    formula = QT_TRANSLATE_NOOP("Losses", "L = −(1/n)·Σₛ Σₖ yₖ·ln ŷₖ,  y one-hot, n samples")
    gradient_formula = QT_TRANSLATE_NOOP(
        "Losses", "∂L/∂ŷₖ = −yₖ / (n·ŷₖ);  with a softmax output ∂L/∂z = (ŷ − y)/n"
    )
    task = "classification"
    fused_activation = "softmax"
    notes = QT_TRANSLATE_NOOP(
        "Losses",
        "For k classes: a softmax output and one-hot targets. Computed from the logits by "
        "log-softmax when the output is softmax; otherwise probabilities are clipped to "
        "[1e-7, 1 − 1e-7]. Accuracy is what people care about, but it has no useful gradient: "
        "this loss gives the direction."
    )

    def value(self, y_pred, y_true, params):
        p = np.clip(y_pred, EPSILON, 1.0 - EPSILON)
        return float(-np.sum(y_true * np.log(p)) / y_pred.shape[0])

    def gradient(self, y_pred, y_true, params):
        p = np.clip(y_pred, EPSILON, 1.0 - EPSILON)
        return -y_true / (y_pred.shape[0] * p)

    def worked(self, y_pred, y_true, params):
        p = np.clip(y_pred, EPSILON, 1.0 - EPSILON)
        terms, numbers = _terms("{}·ln {}", y_true, p)
        return Worked(f"−{_mean(y_pred.shape[0])}[{terms}]", numbers)

    def worked_gradient(self, y_pred, y_true, params, index):
        p = np.clip(y_pred, EPSILON, 1.0 - EPSILON)
        return Worked(f"−{{}} / ({y_pred.shape[0]}·{{}})", _at(index, y_true, p))

    @quiet_underflow
    def value_from_logits(self, z, y_true, params):
        return float(-np.sum(y_true * log_softmax(z)) / z.shape[0])

    def gradient_from_logits(self, z, y_pred, y_true, params):
        return (y_pred - y_true) / y_pred.shape[0]
