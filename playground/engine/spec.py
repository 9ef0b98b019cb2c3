"""What the user set up, as plain frozen values: the network, training and data settings.

These are the only shapes passed between the views, the model file and the engine, so every
field has a default that makes a sensible first network. Each training and data setting declares
the values it accepts next to it (`setting`, a `Rule`): the trainer, the data check, the
model-file reader, the controls and the schema's test all read these rules.
"""

from __future__ import annotations

import importlib
import math
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cache
from numbers import Integral, Real
from types import MappingProxyType, NoneType, UnionType
from typing import Any

from ..files import path_problem
from .errors import shown
from .texts import QT_TRANSLATE_NOOP, Text

MAX_POINTS = 1_000_000  # points in one data set, generated or loaded
MAX_CLASSES = 10
# The controls show these counts in spin boxes of 32 bits; their rules stop where those do.
MAX_SEED = 2**31 - 1
MAX_BATCH_SIZE = 10_000
MAX_EPOCHS = 10_000_000
DATA_SOURCES = ("inline", "csv")  # DataSettings.kind values that name no generator


def _frozen(mapping: Mapping[str, float] | None) -> Mapping[str, float]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class LayerSpec:
    """One dense layer: `units` neurons, each `a = f(z)` with `z = x·W + b`."""

    units: int
    activation: str = "tanh"
    params: Mapping[str, float] = field(default_factory=dict)  # activation hyperparameters

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", _frozen(self.params))

    def with_(self, **changes) -> LayerSpec:
        return replace(self, **changes)


@dataclass(frozen=True)
class NetworkSpec:
    """Inputs (feature names), hidden layers and the output layer (the last one), and the loss."""

    features: tuple[str, ...] = ("x1", "x2")
    layers: tuple[LayerSpec, ...] = (
        LayerSpec(4, "tanh"),
        LayerSpec(2, "tanh"),
        LayerSpec(1, "sigmoid"),
    )
    loss: str = "bce"
    loss_params: Mapping[str, float] = field(default_factory=dict)
    init: str = "xavier"  # a key of engine.initializers.INITIALIZERS

    def __post_init__(self) -> None:
        object.__setattr__(self, "features", tuple(self.features))
        object.__setattr__(self, "layers", tuple(self.layers))
        object.__setattr__(self, "loss_params", _frozen(self.loss_params))

    @property
    def n_inputs(self) -> int:
        return len(self.features)

    @property
    def n_outputs(self) -> int:
        return self.layers[-1].units

    @property
    def hidden(self) -> tuple[LayerSpec, ...]:
        return self.layers[:-1]

    @property
    def output(self) -> LayerSpec:
        return self.layers[-1]

    def with_(self, **changes) -> NetworkSpec:
        return replace(self, **changes)


@dataclass(frozen=True)
class Rule:
    """The values one setting accepts beyond its type: bounds, known names or a file name.

    `kind` (bool, int, float, str, or tuple for rows of numbers) and `nullable` (None allowed)
    come from the field's type; `setting_rules` fills them in.
    """

    label: str  # the setting as a sentence names it, e.g. "learning rate"
    at_least: float | None = None
    above: float | None = None
    at_most: float | None = None
    below: float | None = None
    names: Callable[[], tuple[str, ...]] | None = None  # the known names, asked at each check
    file_name: bool = False  # text that names a file: not empty, no NUL, no lone surrogate
    none_means: str = ""  # what None stands for where it is allowed, e.g. "for no limit"
    kind: type = object
    nullable: bool = False

    def requirement(self, null: str = "none") -> str:
        """What an accepted value is, e.g. "must be at least 0 and less than 1"; `null` is how
        the reader writes None ("null" in JSON)."""
        return str(self.requirement_text(null))

    def requirement_text(self, null: str = "none") -> Text:
        """`requirement` as a translatable text."""
        if self.names is not None:
            text = _rule_text(QT_TRANSLATE_NOOP("Rules", "must be one of {0}"),
                              ", ".join(self.names()))
        elif self.file_name:
            text = _rule_text(QT_TRANSLATE_NOOP(
                "Rules",
                "must be a file name (not empty, without NUL characters or lone surrogates)"))
        elif self.at_least is not None and self.at_most is not None:
            low, high = _number_text(self.at_least), _number_text(self.at_most)
            if self.kind is int:  # a count: "1 to 1,000,000"
                text = _rule_text(QT_TRANSLATE_NOOP("Rules", "must be {0} to {1}"), low, high)
            else:
                text = _rule_text(QT_TRANSLATE_NOOP("Rules", "must be between {0} and {1}"),
                                  low, high)
        else:
            bounds = (
                (QT_TRANSLATE_NOOP("Rules", "at least {0}"), self.at_least),
                (QT_TRANSLATE_NOOP("Rules", "greater than {0}"), self.above),
                (QT_TRANSLATE_NOOP("Rules", "at most {0}"), self.at_most),
                (QT_TRANSLATE_NOOP("Rules", "less than {0}"), self.below),
            )
            parts = [_rule_text(words, _number_text(bound))
                     for words, bound in bounds if bound is not None]
            joined = parts[0]
            for part in parts[1:]:
                joined = _rule_text(QT_TRANSLATE_NOOP("Rules", "{0} and {1}"), joined, part)
            text = _rule_text(QT_TRANSLATE_NOOP("Rules", "must be {0}"), joined)
        if not self.nullable:
            return text
        return _rule_text(QT_TRANSLATE_NOOP("Rules", "{0} (or {1} {2})"), text, null,
                          Text("Rules", self.none_means))

    def problem(self, value: object, null: str = "none") -> str | None:
        """What is wrong with `value`, as "must …", or None when the setting accepts it."""
        problem = self.problem_text(value, null)
        return None if problem is None else str(problem)

    def problem_text(self, value: object, null: str = "none") -> Text | None:
        """`problem` as a translatable text."""
        if value is None and self.nullable:
            return None
        wrong_type = _type_problem(self.kind, value)
        if wrong_type is not None:
            return _rule_text(wrong_type)
        return None if self._accepts(value) else self.requirement_text(null)

    def message(self, value: object) -> Text | None:
        """What is wrong with `value` as a sentence naming the setting (a Text, whose str is
        the English), or None."""
        problem = self.problem_text(value)
        if problem is None:
            return None
        label = Text("Rules", self.label)
        if self.names is not None and isinstance(value, str):
            return _rule_text(QT_TRANSLATE_NOOP("Rules", "unknown {0} {1}; known: {2}"), label,
                              shown(value), ", ".join(self.names()))
        return _rule_text(QT_TRANSLATE_NOOP("Rules", "{0} {1}, not {2}"), label, problem,
                          shown(value))

    def _accepts(self, value: Any) -> bool:
        if self.names is not None:
            return value in self.names()
        if self.file_name:
            return path_problem(value) is None
        return (
            (self.at_least is None or value >= self.at_least)
            and (self.above is None or value > self.above)
            and (self.at_most is None or value <= self.at_most)
            and (self.below is None or value < self.below)
        )


def _number_text(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def _rule_text(template: str, *args: object) -> Text:
    return Text("Rules", template, args)


def _type_problem(kind: type, value: object) -> str | None:
    """What is wrong with the type of `value` for a field of type `kind` (a template marked in
    "Rules"), or None."""
    if kind is bool:
        return None if isinstance(value, bool) else QT_TRANSLATE_NOOP(
            "Rules", "must be true or false")
    if kind is int:
        whole = isinstance(value, Integral) and not isinstance(value, bool)
        return None if whole else QT_TRANSLATE_NOOP("Rules", "must be a whole number")
    if kind is float:
        if not isinstance(value, Real) or isinstance(value, bool):
            return QT_TRANSLATE_NOOP("Rules", "must be a number")
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an int too large for a float
            finite = False
        return None if finite else QT_TRANSLATE_NOOP("Rules", "must be a finite number")
    if kind is str:
        return None if isinstance(value, str) else QT_TRANSLATE_NOOP("Rules", "must be a string")
    return None  # rows of numbers: their readers check them point by point


def setting(default: Any, label: str, **rule: Any) -> Any:
    """A settings field: its default and the Rule of the values it accepts."""
    return field(default=default, metadata={"rule": Rule(label, **rule)})


def _names_in(module: str, registry: str, *extra: str) -> Callable[[], tuple[str, ...]]:
    """The names in `registry` of the engine module `module`, then `extra`. Looked up when
    asked, because those modules import this one."""

    def names() -> tuple[str, ...]:
        return (*getattr(importlib.import_module(module, __package__), registry), *extra)

    return names


@cache
def setting_rules(cls: type) -> Mapping[str, Rule]:
    """Every field's Rule of the settings class `cls`, by name, with its type filled in."""
    hints = typing.get_type_hints(cls)
    rules = {}
    for item in fields(cls):
        hint = hints[item.name]
        options = typing.get_args(hint)
        nullable = typing.get_origin(hint) in (UnionType, typing.Union) and NoneType in options
        if nullable:
            hint = next(option for option in options if option is not NoneType)
        kind = typing.get_origin(hint) or hint  # tuple for rows
        rules[item.name] = replace(item.metadata["rule"], kind=kind, nullable=nullable)
    return MappingProxyType(rules)


def settings_problem(settings: Any, skip: tuple[str, ...] = ()) -> Text | None:
    """A sentence naming the first setting of `settings` (but those in `skip`) that its rule
    refuses (a Text, whose str is the English), or None when every one is accepted."""
    for name, rule in setting_rules(type(settings)).items():
        if name not in skip:
            message = rule.message(getattr(settings, name))
            if message is not None:
                return message
    return None


@dataclass(frozen=True)
class TrainSettings:
    """Hyperparameters of training; all of them may change between steps without a reset."""

    # The labels name a setting in a sentence; they are translated in "Rules".
    optimizer: str = setting(
        "sgd", QT_TRANSLATE_NOOP("Rules", "optimizer"), names=_names_in(".optimizers", "OPTIMIZERS")
    )
    learning_rate: float = setting(0.03, QT_TRANSLATE_NOOP("Rules", "learning rate"), above=0)
    momentum: float = setting(  # velocity decay
        0.9, QT_TRANSLATE_NOOP("Rules", "momentum"), at_least=0, below=1
    )
    rho: float = setting(  # RMSProp's squared-gradient decay
        0.9, QT_TRANSLATE_NOOP("Rules", "rho"), at_least=0, below=1
    )
    beta1: float = setting(0.9, QT_TRANSLATE_NOOP("Rules", "beta1"), at_least=0, below=1)  # Adam
    beta2: float = setting(0.999, QT_TRANSLATE_NOOP("Rules", "beta2"), at_least=0, below=1)  # Adam
    epsilon: float = setting(  # RMSProp and Adam
        1e-8, QT_TRANSLATE_NOOP("Rules", "epsilon"), above=0
    )
    batch_size: int = setting(
        10, QT_TRANSLATE_NOOP("Rules", "batch size"), at_least=1, at_most=MAX_BATCH_SIZE
    )
    regularization: str = setting(
        "none", QT_TRANSLATE_NOOP("Rules", "regularization"),
        names=_names_in(".regularizations", "REGULARIZATIONS"),
    )
    reg_rate: float = setting(0.0, QT_TRANSLATE_NOOP("Rules", "regularization rate"), at_least=0)
    seed: int = setting(  # initial weights, batch order
        0, QT_TRANSLATE_NOOP("Rules", "seed"), at_least=0, at_most=MAX_SEED
    )
    # False keeps the data's order (hand calculations)
    shuffle: bool = setting(True, QT_TRANSLATE_NOOP("Rules", "shuffle"))
    max_epochs: int | None = setting(
        None, QT_TRANSLATE_NOOP("Rules", "max epochs"), at_least=1, at_most=MAX_EPOCHS,
        none_means=QT_TRANSLATE_NOOP("Rules", "for no limit"),
    )
    stop_at_loss: float | None = setting(
        None, QT_TRANSLATE_NOOP("Rules", "stop-at-loss"), at_least=0,
        none_means=QT_TRANSLATE_NOOP("Rules", "for no threshold"),
    )

    def with_(self, **changes) -> TrainSettings:
        return replace(self, **changes)


@dataclass(frozen=True)
class DataSettings:
    """Which data to make or load. `points` holds inline rows `[x1, x2, …, target]`."""

    kind: str = setting(  # a generator's name, or "inline" or "csv"
        "circle", QT_TRANSLATE_NOOP("Rules", "dataset"),
        names=_names_in(".datasets", "DATASETS", *DATA_SOURCES),
    )
    n_points: int = setting(
        400, QT_TRANSLATE_NOOP("Rules", "the number of points"), at_least=1, at_most=MAX_POINTS
    )
    noise: float = setting(0.1, QT_TRANSLATE_NOOP("Rules", "noise"), at_least=0, at_most=1)
    train_ratio: float = setting(
        0.5, QT_TRANSLATE_NOOP("Rules", "the training share"), above=0, at_most=1
    )
    seed: int = setting(
        0, QT_TRANSLATE_NOOP("Rules", "the data seed"), at_least=0, at_most=MAX_SEED
    )
    n_classes: int = setting(  # for the k-class generators
        3, QT_TRANSLATE_NOOP("Rules", "the number of classes"), at_least=2, at_most=MAX_CLASSES
    )
    points: tuple[tuple[float, ...], ...] = setting(
        (), QT_TRANSLATE_NOOP("Rules", "the inline points")
    )
    csv_path: str | None = setting(
        None, QT_TRANSLATE_NOOP("Rules", "the CSV path"), file_name=True,
        none_means=QT_TRANSLATE_NOOP("Rules", "for no file"),
    )
    task: str | None = setting(  # binary | multiclass | regression
        None, QT_TRANSLATE_NOOP("Rules", "task"), names=_names_in(".metrics", "TASKS"),
        none_means=QT_TRANSLATE_NOOP("Rules", "to infer it"),
    )

    def with_(self, **changes) -> DataSettings:
        return replace(self, **changes)


def layer_name(spec: NetworkSpec, index: int, *, short: bool = False) -> str:
    """The name of `spec.layers[index]`: "Hidden layer 2" or "Output layer"; short: "Hidden 2"
    or "Output" (the canvas's column headers). Sentences use it in lower case."""
    return str(layer_title(spec, index, short=short))


def layer_title(spec: NetworkSpec, index: int, *, short: bool = False) -> Text:
    """`layer_name` as a translatable text."""
    if index == len(spec.layers) - 1:
        if short:
            return Text("Layers", QT_TRANSLATE_NOOP("Layers", "Output"))
        return Text("Layers", QT_TRANSLATE_NOOP("Layers", "Output layer"))
    if short:
        return Text("Layers", QT_TRANSLATE_NOOP("Layers", "Hidden {0}"), (index + 1,))
    return Text("Layers", QT_TRANSLATE_NOOP("Layers", "Hidden layer {0}"), (index + 1,))
