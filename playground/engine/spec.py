"""What the user set up, as plain frozen values: the network, training and data settings.

These are the only shapes passed between the views, the model file and the engine, so every
field has a default that makes a sensible first network.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType


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
    init: str = "xavier"  # xavier | he | uniform | zeros

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
class TrainSettings:
    """Hyperparameters of training; all of them may change between steps without a reset."""

    optimizer: str = "sgd"  # sgd | momentum | rmsprop | adam
    learning_rate: float = 0.03
    momentum: float = 0.9  # momentum's velocity decay
    rho: float = 0.9  # RMSProp's squared-gradient decay
    beta1: float = 0.9  # Adam
    beta2: float = 0.999  # Adam
    epsilon: float = 1e-8  # RMSProp and Adam
    batch_size: int = 10
    regularization: str = "none"  # none | l1 | l2 (weights only, never biases)
    reg_rate: float = 0.0
    seed: int = 0  # initial weights and minibatch order
    shuffle: bool = True  # False keeps the data's order (textbook hand calculations)
    max_epochs: int | None = None
    stop_at_loss: float | None = None

    def with_(self, **changes) -> TrainSettings:
        return replace(self, **changes)


@dataclass(frozen=True)
class DataSettings:
    """Which data to make or load. `points` holds inline rows `[x1, x2, …, target]`."""

    kind: str = "circle"  # a key of engine.datasets.DATASETS, or "inline" or "csv"
    n_points: int = 400
    noise: float = 0.1
    train_ratio: float = 0.5
    seed: int = 0
    n_classes: int = 3  # for the k-class generators
    points: tuple[tuple[float, ...], ...] = ()
    csv_path: str | None = None
    task: str | None = None  # binary | multiclass | regression; None infers it

    def with_(self, **changes) -> DataSettings:
        return replace(self, **changes)


def layer_name(spec: NetworkSpec, index: int, *, short: bool = False) -> str:
    """The name of `spec.layers[index]`: "Hidden layer 2" or "Output layer"; short: "Hidden 2"
    or "Output" (the canvas's column headers). Sentences use it in lower case."""
    if index == len(spec.layers) - 1:
        return "Output" if short else "Output layer"
    return f"Hidden {index + 1}" if short else f"Hidden layer {index + 1}"
