"""Advice on a network set-up: which choices do not fit together, and why, in plain sentences.

Each rule is a small function that looks at the spec and the data task and returns zero or more
`Advice` items. Levels: "error" (training cannot work), "warning" (it will train badly or not at
all), "info" (allowed, but worth knowing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .activations import ACTIVATIONS
from .losses import LOSSES
from .spec import NetworkSpec, layer_title
from .texts import QT_TRANSLATE_NOOP, Text

Level = Literal["error", "warning", "info"]
CLASSIFICATION_TASKS = ("binary", "multiclass")
DEEP_SIGMOID_LAYERS = 3  # this many sigmoid hidden layers make the vanishing gradient visible


@dataclass(frozen=True)
class Advice:
    """One piece of advice: its level and a sentence a student understands."""

    level: Level
    message: Text

    @property
    def text(self) -> str:
        """The sentence in English."""
        return str(self.message)


Rule = Callable[[NetworkSpec, str | None, int | None], list[Advice]]


def advice(spec: NetworkSpec, task: str | None, n_classes: int | None = None) -> list[Advice]:
    """Advice for `spec` trained on data of `task` ("binary", "multiclass", "regression").

    `n_classes`, when known, lets the multiclass check compare the output width with it.
    Errors come first, then warnings, then info.
    """
    unknown = _unknown_names(spec)
    if unknown:
        return unknown
    found = [item for rule in _RULES for item in rule(spec, task, n_classes)]
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(found, key=lambda item: order[item.level])


def _unknown_names(spec: NetworkSpec) -> list[Advice]:
    found = [
        _say("error", QT_TRANSLATE_NOOP(
            "Advice", "The activation “{0}” is not known to this playground."), layer.activation)
        for layer in spec.layers
        if layer.activation not in ACTIVATIONS
    ]
    if spec.loss not in LOSSES:
        found.append(_say("error", QT_TRANSLATE_NOOP(
            "Advice", "The loss “{0}” is not known to this playground."), spec.loss))
    return found


def _say(level: Level, template: str, *args: object) -> Advice:
    """Advice whose sentence starts with a capital, even when it opens with a label like tanh."""
    return Advice(level, Text("Advice", template, args).capital())


def _loss_label(fused: str, fallback: str) -> Text | str:
    """The label of the registered loss computed from `fused` logits, e.g. cross-entropy."""
    matches = LOSSES.where(lambda loss: loss.fused_activation == fused)
    return LOSSES.label_text(matches[0].name) if matches else fallback


def _loss_label_by_name(name: str, fallback: str) -> Text | str:
    return LOSSES.label_text(name) if name in LOSSES else fallback


def _activation_label(name: str) -> Text | str:
    return ACTIVATIONS.label_text(name) if name in ACTIVATIONS else name


def _softmax_needs_cross_entropy(spec, task, n_classes):
    loss = LOSSES[spec.loss]
    if spec.output.activation != "softmax" or loss.fused_activation == "softmax":
        return []
    fitting = _loss_label("softmax", "cross-entropy")
    return [
        _say(
            "warning",
            QT_TRANSLATE_NOOP(
                "Advice",
                "A softmax output gives class probabilities, and the loss that fits them is "
                "{0}. With {1} the network still trains, but the gradient is weak exactly when "
                "a prediction is badly wrong.",
            ),
            fitting, LOSSES.label_text(loss.name),
        )
    ]


def _cross_entropy_needs_softmax(spec, task, n_classes):
    loss = LOSSES[spec.loss]
    if loss.fused_activation != "softmax" or spec.output.activation == "softmax":
        return []
    return [
        _say(
            "warning",
            QT_TRANSLATE_NOOP(
                "Advice",
                "{0} expects the outputs to be probabilities that sum to 1, which only a "
                "softmax output layer guarantees. Set the output activation to {1}.",
            ),
            LOSSES.label_text(loss.name), _activation_label("softmax"),
        )
    ]


def _binary_cross_entropy_checks(spec, task, n_classes):
    loss = LOSSES[spec.loss]
    if loss.fused_activation != "sigmoid":
        return []
    found = []
    if spec.n_outputs > 1:
        found.append(
            _say(
                "warning",
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "{0} scores one yes/no probability, but the output layer has {1} neurons. "
                    "Use one output for two classes, or softmax with {2} for more.",
                ),
                LOSSES.label_text(loss.name), spec.n_outputs,
                _loss_label("softmax", "cross-entropy"),
            )
        )
    if spec.output.activation != "sigmoid":
        found.append(
            _say(
                "warning",
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "{0} takes the logarithm of the output, so the output must lie in (0, 1), "
                    "and {1} does not keep it there. Set the output activation to {2}.",
                ),
                LOSSES.label_text(loss.name), _activation_label(spec.output.activation),
                _activation_label("sigmoid"),
            )
        )
    return found


def _regression_loss_on_classes(spec, task, n_classes):
    loss = LOSSES[spec.loss]
    if task not in CLASSIFICATION_TASKS or loss.task != "regression":
        return []
    if spec.output.activation == "softmax":
        return []  # _softmax_needs_cross_entropy already says it
    output, fitting = (
        ("sigmoid", _loss_label("sigmoid", "binary cross-entropy"))
        if task == "binary"
        else ("softmax", _loss_label("softmax", "cross-entropy"))
    )
    return [
        _say(
            "info",
            QT_TRANSLATE_NOOP(
                "Advice",
                "{0} works on classes too, but it learns slowly when a prediction is badly "
                "wrong, because its gradient is small there. The usual choice is a {1} output "
                "with {2}.",
            ),
            LOSSES.label_text(loss.name), _activation_label(output), fitting,
        )
    ]


def _classification_loss_on_regression(spec, task, n_classes):
    loss = LOSSES[spec.loss]
    if task != "regression" or loss.task != "classification":
        return []
    return [
        _say(
            "error",
            QT_TRANSLATE_NOOP(
                "Advice",
                "{0} is for classes, but this data has numeric targets. Choose a regression "
                "loss such as {1}.",
            ),
            LOSSES.label_text(loss.name), _loss_label_by_name("mse", "MSE"),
        )
    ]


def _output_width_fits_task(spec, task, n_classes):
    outputs = spec.n_outputs
    if task == "multiclass" and outputs == 1:
        return [
            _say(
                "error",
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "This data has several classes, but the output layer has one neuron. Give "
                    "it one neuron per class and a softmax activation.",
                ),
            )
        ]
    if task == "multiclass" and n_classes and outputs != n_classes:
        return [
            _say(
                "error",
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "This data has {0} classes, but the output layer has {1} neurons. It needs "
                    "exactly one neuron per class.",
                ),
                n_classes, outputs,
            )
        ]
    if task == "binary" and outputs > 1:
        return [
            _say(
                "error",
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "This data has two classes, which one output neuron describes (the "
                    "probability of class 1), but the output layer has {0}. Set it to one.",
                ),
                outputs,
            )
        ]
    if task == "regression" and outputs > 1:
        return [
            _say(
                "error",
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "This data has one target value per point, but the output layer has {0} "
                    "neurons. Set it to one.",
                ),
                outputs,
            )
        ]
    return []


def _single_softmax_output(spec, task, n_classes):
    if spec.output.activation != "softmax" or spec.n_outputs != 1:
        return []
    return [
        _say(
            "warning",
            QT_TRANSLATE_NOOP(
                "Advice",
                "Softmax over a single output is always exactly 1, so the network cannot learn "
                "anything. Use one output per class, or one sigmoid output for two classes.",
            ),
        )
    ]


def _untrainable_activations(spec, task, n_classes):
    found = []
    for index, layer in enumerate(spec.layers):
        activation = ACTIVATIONS[layer.activation]
        if activation.trainable:
            continue
        where: Text = layer_title(spec, index).lower()
        if index == len(spec.layers) - 1:
            where = Text("Advice", QT_TRANSLATE_NOOP("Advice", "the {0}"), (where,))
        found.append(
            _say(
                "warning",
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "{0} in {1} has a derivative of 0 everywhere (and none at the jump), so "
                    "backpropagation cannot train through it: the loss will not move.",
                ),
                ACTIVATIONS.label_text(activation.name), where,
            )
        )
    return found


def _deep_sigmoid(spec, task, n_classes):
    count = sum(1 for layer in spec.hidden if layer.activation == "sigmoid")
    if count < DEEP_SIGMOID_LAYERS:
        return []
    return [
        _say(
            "info",
            QT_TRANSLATE_NOOP(
                "Advice",
                "{0} hidden layers use sigmoid, whose derivative is at most 0.25. Multiplied "
                "layer after layer, the gradient vanishes: the layers near the input will "
                "barely learn. Try tanh or ReLU in the hidden layers.",
            ),
            count,
        )
    ]


def _bounded_output_on_regression(spec, task, n_classes):
    name = spec.output.activation
    if task != "regression" or name not in ("sigmoid", "softmax", "step"):
        return []
    activation = ACTIVATIONS[name]
    return [
        _say(
            "info",
            QT_TRANSLATE_NOOP(
                "Advice",
                "A {0} output can only produce values in {1}, so targets outside that range "
                "cannot be reached. Regression usually uses a {2} output.",
            ),
            ACTIVATIONS.label_text(name), Text(ACTIVATIONS.context, activation.value_range),
            _activation_label("linear"),
        )
    ]


_RULES: tuple[Rule, ...] = (
    _classification_loss_on_regression,
    _output_width_fits_task,
    _softmax_needs_cross_entropy,
    _cross_entropy_needs_softmax,
    _single_softmax_output,
    _binary_cross_entropy_checks,
    _regression_loss_on_classes,
    _untrainable_activations,
    _deep_sigmoid,
    _bounded_output_on_regression,
)
