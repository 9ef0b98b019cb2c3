"""The reference work the benchmark times: three networks, their data and their settings."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine.datasets import make_dataset
from ..engine.network import Network
from ..engine.spec import DataSettings, LayerSpec, NetworkSpec, TrainSettings
from ..engine.trainer import Trainer

ALL_FEATURES = ("x1", "x2", "x1_squared", "x2_squared", "x1_times_x2", "sin_x1", "sin_x2")


@dataclass(frozen=True)
class Arrays:
    """A workload's data, as the trainer takes it."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    task: str


@dataclass(frozen=True)
class Workload:
    """One network, its training settings and its data (half training, half test)."""

    key: str
    title: str
    spec: NetworkSpec
    settings: TrainSettings
    data: DataSettings

    @property
    def n_train(self) -> int:
        return round(self.data.n_points * self.data.train_ratio)

    def with_points(self, n_train: int) -> Workload:
        """The same work on `n_train` training points (and as many test points)."""
        return Workload(
            self.key, self.title, self.spec, self.settings,
            self.data.with_(n_points=2 * n_train, train_ratio=0.5),
        )

    def arrays(self) -> Arrays:
        dataset = make_dataset(self.data)
        x_train, x_test = dataset.features(self.spec.features)
        return Arrays(x_train, dataset.y_train, x_test, dataset.y_test, dataset.task)

    def network(self) -> Network:
        return Network(self.spec, seed=self.settings.seed)

    def trainer(self, arrays: Arrays) -> Trainer:
        return Trainer(
            self.network(), arrays.x_train, arrays.y_train, arrays.x_test, arrays.y_test,
            arrays.task, self.settings,
        )


def _tanh_stack(widths: tuple[int, ...]) -> tuple[LayerSpec, ...]:
    return tuple(LayerSpec(units, "tanh") for units in widths)


SMALL = Workload(
    "2-8-8-1",
    "2 → 8 → 8 → 1 tanh, sigmoid + BCE, 250 points, batch 10, SGD",
    NetworkSpec(("x1", "x2"), _tanh_stack((8, 8)) + (LayerSpec(1, "sigmoid"),), "bce"),
    TrainSettings(optimizer="sgd", learning_rate=0.03, batch_size=10),
    DataSettings(kind="circle", n_points=500, noise=0.1, train_ratio=0.5),
)
LARGEST = Workload(
    "7-8x6-1",
    "7 features → six hidden layers of 8 → 1 tanh, sigmoid + BCE, 250 points, batch 10, SGD",
    NetworkSpec(ALL_FEATURES, _tanh_stack((8,) * 6) + (LayerSpec(1, "sigmoid"),), "bce"),
    TrainSettings(optimizer="sgd", learning_rate=0.03, batch_size=10),
    DataSettings(kind="spiral", n_points=500, noise=0.1, train_ratio=0.5),
)
WIDE = Workload(
    "2-64-64-3",
    "2 → 64 → 64 → 3 ReLU, softmax + CE, 5,000 points, batch 32, Adam",
    NetworkSpec(
        ("x1", "x2"),
        (LayerSpec(64, "relu"), LayerSpec(64, "relu"), LayerSpec(3, "softmax")),
        "cross_entropy",
    ),
    TrainSettings(optimizer="adam", learning_rate=0.003, batch_size=32),
    DataSettings(kind="blobs", n_points=10_000, noise=0.1, train_ratio=0.5, n_classes=3),
)
REFERENCE_WORK = (SMALL, LARGEST, WIDE)


def quick(workload: Workload) -> Workload:
    """A tiny version for `--quick`: at most 100 training points."""
    return workload.with_points(min(workload.n_train, 100))
