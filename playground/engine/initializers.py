"""How fresh weights are drawn: one class per initializer, each with its formula and notes.

A draw takes the layer's shape and the network's random generator, which every layer shares in
order from the input side, so the same seed gives the same numbers every time.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from .registry import Registry
from .texts import QT_TRANSLATE_NOOP


class Initializer:
    """Base class: `draw` gives one layer's weights W (fan_in, width) and biases b (width,)."""

    name: ClassVar[str]  # registry key, as written in model files
    label: ClassVar[str]
    formula: ClassVar[str]
    notes: ClassVar[str]  # when it suits, what it teaches

    def draw(
        self, rng: np.random.Generator, fan_in: int, width: int
    ) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError


INITIALIZERS: Registry[Initializer] = Registry(
    QT_TRANSLATE_NOOP("Errors", "initializer"), "Initializers")


@INITIALIZERS.register
class Xavier(Initializer):
    name = "xavier"
    label = QT_TRANSLATE_NOOP("Initializers", "Xavier / Glorot")
    formula = QT_TRANSLATE_NOOP("Initializers", "W ~ U(±√(6/(fan_in+fan_out))), b = 0")
    notes = QT_TRANSLATE_NOOP(
        "Initializers", "Keeps tanh and sigmoid signals in range from one layer to the next."
    )

    def draw(self, rng, fan_in, width):
        limit = np.sqrt(6.0 / (fan_in + width))
        return rng.uniform(-limit, limit, size=(fan_in, width)), np.zeros(width)


@INITIALIZERS.register
class He(Initializer):
    name = "he"
    label = QT_TRANSLATE_NOOP("Initializers", "He")
    formula = QT_TRANSLATE_NOOP("Initializers", "W ~ N(0, 2/fan_in), b = 0")
    notes = QT_TRANSLATE_NOOP(
        "Initializers",
        "Made for ReLU-like activations, which pass on only about half of their inputs.",
    )

    def draw(self, rng, fan_in, width):
        return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, width)), np.zeros(width)


@INITIALIZERS.register
class Uniform(Initializer):
    name = "uniform"
    label = QT_TRANSLATE_NOOP("Initializers", "Uniform ±0.5")
    formula = QT_TRANSLATE_NOOP("Initializers", "W, b ~ U(−0.5, 0.5)")
    notes = QT_TRANSLATE_NOOP(
        "Initializers", "One fixed range for weights and biases alike, however wide the layer is."
    )

    def draw(self, rng, fan_in, width):
        weights = rng.uniform(-0.5, 0.5, size=(fan_in, width))
        return weights, rng.uniform(-0.5, 0.5, size=width)


@INITIALIZERS.register
class Zeros(Initializer):
    name = "zeros"
    label = QT_TRANSLATE_NOOP("Initializers", "Zeros")
    formula = QT_TRANSLATE_NOOP("Initializers", "W = 0, b = 0")
    notes = QT_TRANSLATE_NOOP(
        "Initializers",
        "Every neuron in a layer gets the same gradient, so they all stay identical "
        "(symmetry): each layer acts as a single neuron."
    )

    def draw(self, rng, fan_in, width):
        return np.zeros((fan_in, width)), np.zeros(width)
