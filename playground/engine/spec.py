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
        if self.names is not None:
            text = f"must be one of {', '.join(self.names())}"
        elif self.file_name:
            text = "must be a file name (not empty, without NUL characters or lone surrogates)"
        elif self.at_least is not None and self.at_most is not None:
            low, high = _number_text(self.at_least), _number_text(self.at_most)
            if self.kind is int:  # a count: "1 to 1,000,000"
                text = f"must be {low} to {high}"
            else:
                text = f"must be between {low} and {high}"
        else:
            bounds = (
                ("at least", self.at_least), ("greater than", self.above),
                ("at most", self.at_most), ("less than", self.below),
            )
            text = "must be " + " and ".join(
                f"{words} {_number_text(bound)}" for words, bound in bounds if bound is not None
            )
        return f"{text} (or {null} {self.none_means})" if self.nullable else text

    def problem(self, value: object, null: str = "none") -> str | None:
        """What is wrong with `value`, as "must …", or None when the setting accepts it."""
        if value is None and self.nullable:
            return None
        wrong_type = _type_problem(self.kind, value)
        if wrong_type is not None:
            return wrong_type
        return None if self._accepts(value) else self.requirement(null)

    def message(self, value: object) -> str | None:
        """What is wrong with `value` as a sentence naming the setting, or None."""
        problem = self.problem(value)
        if problem is None:
            return None
        if self.names is not None and isinstance(value, str):
            return f"unknown {self.label} {shown(value)}; known: {', '.join(self.names())}"
        return f"{self.label} {problem}, not {shown(value)}"

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


def _type_problem(kind: type, value: object) -> str | None:
    """What is wrong with the type of `value` for a field of type `kind`, or None."""
    if kind is bool:
        return None if isinstance(value, bool) else "must be true or false"
    if kind is int:
        whole = isinstance(value, Integral) and not isinstance(value, bool)
        return None if whole else "must be a whole number"
    if kind is float:
        if not isinstance(value, Real) or isinstance(value, bool):
            return "must be a number"
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an int too large for a float
            finite = False
        return None if finite else "must be a finite number"
    if kind is str:
        return None if isinstance(value, str) else "must be a string"
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


def settings_problem(settings: Any, skip: tuple[str, ...] = ()) -> str | None:
    """A sentence naming the first setting of `settings` (but those in `skip`) that its rule
    refuses, or None when every one is accepted."""
    for name, rule in setting_rules(type(settings)).items():
        if name not in skip:
            message = rule.message(getattr(settings, name))
            if message is not None:
                return message
    return None


@dataclass(frozen=True)
class TrainSettings:
    """Hyperparameters of training; all of them may change between steps without a reset."""

    optimizer: str = setting("sgd", "optimizer", names=_names_in(".optimizers", "OPTIMIZERS"))
    learning_rate: float = setting(0.03, "learning rate", above=0)
    momentum: float = setting(0.9, "momentum", at_least=0, below=1)  # velocity decay
    rho: float = setting(0.9, "rho", at_least=0, below=1)  # RMSProp's squared-gradient decay
    beta1: float = setting(0.9, "beta1", at_least=0, below=1)  # Adam
    beta2: float = setting(0.999, "beta2", at_least=0, below=1)  # Adam
    epsilon: float = setting(1e-8, "epsilon", above=0)  # RMSProp and Adam
    batch_size: int = setting(10, "batch size", at_least=1, at_most=MAX_BATCH_SIZE)
    regularization: str = setting(
        "none", "regularization", names=_names_in(".regularizations", "REGULARIZATIONS")
    )
    reg_rate: float = setting(0.0, "regularization rate", at_least=0)
    seed: int = setting(0, "seed", at_least=0, at_most=MAX_SEED)  # initial weights, batch order
    shuffle: bool = setting(True, "shuffle")  # False keeps the data's order (hand calculations)
    max_epochs: int | None = setting(
        None, "max epochs", at_least=1, at_most=MAX_EPOCHS, none_means="for no limit"
    )
    stop_at_loss: float | None = setting(
        None, "stop-at-loss", at_least=0, none_means="for no threshold"
    )

    def with_(self, **changes) -> TrainSettings:
        return replace(self, **changes)


@dataclass(frozen=True)
class DataSettings:
    """Which data to make or load. `points` holds inline rows `[x1, x2, …, target]`."""

    kind: str = setting(  # a generator's name, or "inline" or "csv"
        "circle", "dataset", names=_names_in(".datasets", "DATASETS", *DATA_SOURCES)
    )
    n_points: int = setting(400, "the number of points", at_least=1, at_most=MAX_POINTS)
    noise: float = setting(0.1, "noise", at_least=0, at_most=1)
    train_ratio: float = setting(0.5, "the training share", above=0, at_most=1)
    seed: int = setting(0, "the data seed", at_least=0, at_most=MAX_SEED)
    n_classes: int = setting(  # for the k-class generators
        3, "the number of classes", at_least=2, at_most=MAX_CLASSES
    )
    points: tuple[tuple[float, ...], ...] = setting((), "the inline points")
    csv_path: str | None = setting(None, "the CSV path", file_name=True, none_means="for no file")
    task: str | None = setting(  # binary | multiclass | regression
        None, "task", names=_names_in(".metrics", "TASKS"), none_means="to infer it"
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
