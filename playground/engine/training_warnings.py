"""Warnings about training as it goes, in plain words: each is a small rule over the recent
epochs of the history and the neurons' state, returning zero or more `TrainingWarning`s.

Vanishing and exploding gradients compare the first layer's mean |∂L/∂W| with the output
layer's over the last recorded epochs; dead layers come from the neurons' flags; a stall is a
loss that stopped moving while the metric is still poor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .activations import ACTIVATIONS
from .advice import advice
from .history import History
from .spec import NetworkSpec, layer_title
from .texts import QT_TRANSLATE_NOOP, Text

WINDOW = 10  # the recent epochs the gradient rules look at
MIN_RECORDED = 5  # the fewest of them that must have gradient statistics
# The first layer's median mean |∂L/∂W| over the window against the output layer's (single
# epochs are noisy: the output layer's swings tenfold from one epoch to the next). Measured on
# 2 → 6×8 → 1 networks after 30 epochs on four data sets and four seeds: sigmoid (Xavier)
# 1e-3 to 3e-1, most below 2e-2; tanh (Xavier) 4e-2 to 6; ReLU and ELU (He) 0.1 to 4. A
# fiftyfold gap separates the deep sigmoid stack from the healthy ones.
VANISHING_RATIO = 1 / 50
EXPLODING_RATIO = 50.0
EXPLODING_GROWTH = 1e3  # the largest layer's gradient grew this much within the window
DEAD_LAYER_SHARE = 0.5  # more than this share of a layer's neurons dead
STALL_EPOCHS = 20
STALL_CHANGE = 1e-3  # the loss moved less than this share of itself over STALL_EPOCHS
POOR_ACCURACY = 0.8
POOR_R2 = 0.5


@dataclass(frozen=True)
class TrainingWarning:
    """One warning: its kind (a key of RULES), what happens and what to try, and the layers
    (indices, input side first) it is about."""

    kind: str
    message: Text
    remedy: Text
    layers: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        """What happens, in English."""
        return str(self.message)

    @property
    def advice(self) -> str:
        """What to try, in English."""
        return str(self.remedy)


@dataclass(frozen=True)
class Evidence:
    """What the rules look at: the network, the data's task, the run's history (its last
    epochs matter) and each layer's dead-neuron flags."""

    spec: NetworkSpec
    task: str
    history: History
    dead: tuple[np.ndarray, ...]


Rule = Callable[[Evidence], list[TrainingWarning]]


def _said(template: str, *args: object) -> Text:
    return Text("TrainingWarnings", template, args)


def training_warnings(evidence: Evidence) -> list[TrainingWarning]:
    """Every rule's warnings, in the order of RULES."""
    return [warning for rule in RULES.values() for warning in rule(evidence)]


def _recorded(history: History) -> np.ndarray:
    """The window's epochs with gradient statistics: (epochs, layers) mean |∂L/∂W|."""
    grads = history.layer_series("grad_mean_abs")[-WINDOW:]
    return grads[np.isfinite(grads).all(axis=1)] if history.n_layers else grads


def _depth_ratio(history: History) -> float:
    """The first layer's median mean |∂L/∂W| over the window against the output layer's;
    NaN with too few recorded epochs, one layer, or an output gradient of 0."""
    grads = _recorded(history)
    if history.n_layers < 2 or len(grads) < MIN_RECORDED:
        return float("nan")
    output = float(np.median(grads[:, -1]))
    return float(np.median(grads[:, 0])) / output if output > 0 else float("nan")


def _vanishing(evidence: Evidence) -> list[TrainingWarning]:
    ratio = _depth_ratio(evidence.history)
    if not ratio < VANISHING_RATIO:  # NaN included
        return []
    how = _said(QT_TRANSLATE_NOOP(
        "TrainingWarnings",
        "the first layer's gradients are about {0:,.0f} times smaller than the output layer's",
    ), 1 / ratio) if ratio > 0 else _said(QT_TRANSLATE_NOOP(
        "TrainingWarnings",
        "no gradient reaches the first layer, but some reaches the output layer",
    ))
    hidden = {layer.activation for layer in evidence.spec.hidden}
    saturating = [ACTIVATIONS.label_text(name) for name in sorted(hidden)
                  if ACTIVATIONS[name].peak_slope is not None]
    why: Text | str = ""
    if saturating:
        names = saturating[0]
        for name in saturating[1:]:
            names = _said(QT_TRANSLATE_NOOP("TrainingWarnings", "{0} and {1}"), names, name)
        why = _said(QT_TRANSLATE_NOOP(
            "TrainingWarnings",
            " {0} passes back at most a fraction of the gradient per layer, and the fractions "
            "multiply.",
        ) if len(saturating) == 1 else QT_TRANSLATE_NOOP(
            "TrainingWarnings",
            " {0} pass back at most a fraction of the gradient per layer, and the fractions "
            "multiply.",
        ), names)
    return [TrainingWarning(
        "vanishing",
        _said(QT_TRANSLATE_NOOP(
            "TrainingWarnings",
            "Vanishing gradient: {0} (over the last {1} epochs), so the layers near the input "
            "barely learn.{2}",
        ), how, WINDOW, why),
        _said(QT_TRANSLATE_NOOP(
            "TrainingWarnings",
            "Try {0} with He initialisation in the hidden layers, or fewer layers.",
        ), ACTIVATIONS.label_text("relu")),
        (0,),
    )]


def _exploding(evidence: Evidence) -> list[TrainingWarning]:
    history = evidence.history
    ratio = _depth_ratio(history)
    largest = _recorded(history).max(axis=1, initial=0.0)
    largest = largest[largest > 0]
    growth = largest[-1] / largest.min() if len(largest) >= MIN_RECORDED else 1.0
    if growth < EXPLODING_GROWTH and not ratio > EXPLODING_RATIO:
        return []
    how = _said(QT_TRANSLATE_NOOP(
        "TrainingWarnings", "grew {0:,.0f}-fold over the last {1} epochs"
    ), growth, len(largest)) if growth >= EXPLODING_GROWTH else _said(QT_TRANSLATE_NOOP(
        "TrainingWarnings",
        "are about {0:,.0f} times larger in the first layer than in the output layer",
    ), ratio)
    return [TrainingWarning(
        "exploding",
        _said(QT_TRANSLATE_NOOP(
            "TrainingWarnings",
            "Exploding gradient: the gradients {0}, so updates overshoot and training may "
            "diverge.",
        ), how),
        _said(QT_TRANSLATE_NOOP(
            "TrainingWarnings",
            "Try a smaller learning rate, Xavier or He initialisation, or inputs on a smaller "
            "scale.",
        )),
    )]


def _dead_layers(evidence: Evidence) -> list[TrainingWarning]:
    found = []
    for index, dead in enumerate(evidence.dead):
        if not len(dead) or np.count_nonzero(dead) <= DEAD_LAYER_SHARE * len(dead):
            continue
        label = ACTIVATIONS.label_text(evidence.spec.layers[index].activation)
        found.append(TrainingWarning(
            "dead",
            _said(QT_TRANSLATE_NOOP(
                "TrainingWarnings",
                "Dead neurons: {0} of the {1} {2} neurons in {3} are inactive for every "
                "training point; they pass no gradient and will not learn again.",
            ), int(np.count_nonzero(dead)), len(dead), label,
                layer_title(evidence.spec, index).lower()),
            _said(QT_TRANSLATE_NOOP(
                "TrainingWarnings",
                "Try {0}, {1} or {2}, a smaller learning rate, or He initialisation.",
            ), *(ACTIVATIONS.label_text(name) for name in ("leaky_relu", "prelu", "elu"))),
            (index,),
        ))
    return found


def _stalled(evidence: Evidence) -> list[TrainingWarning]:
    history = evidence.history
    losses = history.column("train_loss")[-STALL_EPOCHS:]
    if len(losses) < STALL_EPOCHS or not np.isfinite(losses).all():
        return []
    change = (losses.max() - losses.min()) / max(abs(float(losses.mean())), 1e-300)
    score = float(history.column("train_metric")[-1])
    regression = evidence.task == "regression"
    poor = score < (POOR_R2 if regression else POOR_ACCURACY)
    if change >= STALL_CHANGE or not poor:
        return []
    shown = _said(QT_TRANSLATE_NOOP("TrainingWarnings", "R² is {0:.2f}"), score) if regression \
        else _said(QT_TRANSLATE_NOOP("TrainingWarnings", "accuracy is {0:.0f} %"), 100 * score)
    remedy = _said(QT_TRANSLATE_NOOP(
        "TrainingWarnings",
        "Try a smaller learning rate: a large one can push neurons into saturation, where the "
        "gradient is almost 0.",
    ))
    for item in advice(evidence.spec, evidence.task):
        remedy = _said("{0} {1}", remedy, item.message)  # sentences one after the other
    return [TrainingWarning(
        "stalled",
        _said(QT_TRANSLATE_NOOP(
            "TrainingWarnings",
            "Training stalled: the loss has not moved over the last {0} epochs, yet {1}.",
        ), STALL_EPOCHS, shown),
        remedy,
    )]


RULES: dict[str, Rule] = {
    "vanishing": _vanishing,
    "exploding": _exploding,
    "dead": _dead_layers,
    "stalled": _stalled,
}
