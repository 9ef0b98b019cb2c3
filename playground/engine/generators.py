"""The generated datasets: one class per set, registered by name, drawing points in [−6, 6]².

[−6, 6]² is the TensorFlow Playground's window. Targets are class numbers 0…k−1 for
classification and floats for regression.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from .registry import Registry
from .texts import QT_TRANSLATE_NOOP

LIMIT = 6.0  # generated inputs lie in [−LIMIT, LIMIT]²


class Generator:
    """Base class of a generated dataset. Subclasses set the class attributes and `sample`."""

    name: ClassVar[str]  # registry key, as written in session files
    label: ClassVar[str]  # shown in the app
    task: ClassVar[str]  # binary | multiclass | regression
    description: ClassVar[str]  # what it looks like and what it teaches

    def generate(
        self, n_points: int, noise: float, rng: np.random.Generator, n_classes: int = 2
    ) -> tuple[np.ndarray, np.ndarray]:
        """Raw points (n, 2) in [−6, 6]² and targets (n,); `noise` 0 is clean, 1 very noisy."""
        raw, target = self.sample(n_points, noise, rng, n_classes)
        # Shuffled so the classes interleave: with train_ratio 1 the order reaches training as is.
        order = rng.permutation(n_points)
        return np.clip(raw[order], -LIMIT, LIMIT), target[order]

    def sample(
        self, n: int, noise: float, rng: np.random.Generator, n_classes: int
    ) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError


DATASETS: Registry[Generator] = Registry(QT_TRANSLATE_NOOP("Errors", "dataset"), "Datasets")


def _polar(radius: np.ndarray | float, angle: np.ndarray) -> np.ndarray:
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])


def _jitter(rng: np.random.Generator, n: int, sigma: float) -> np.ndarray:
    # Drawn even when sigma is 0, so moving the noise slider keeps the same underlying points.
    return sigma * rng.standard_normal((n, 2))


@DATASETS.register
class Circle(Generator):
    name = "circle"
    label = QT_TRANSLATE_NOOP("Datasets", "Circle")
    task = "binary"
    description = QT_TRANSLATE_NOOP(
        "Datasets",
        "Class 1 fills a disc of radius 2.5; class 0 is a ring from 3.5 to 5 around it. "
        "No straight line separates them, but x₁² and x₂² make the problem linear."
    )

    def sample(self, n, noise, rng, n_classes):
        labels = np.arange(n) % 2
        u = rng.uniform(size=n)
        # The square roots spread the points evenly over the area rather than the radius.
        radius = np.where(labels == 1, 2.5 * np.sqrt(u), np.sqrt(3.5**2 + (5**2 - 3.5**2) * u))
        raw = _polar(radius, rng.uniform(0, 2 * np.pi, n)) + _jitter(rng, n, 1.5 * noise)
        return raw, labels


@DATASETS.register
class Xor(Generator):
    name = "xor"
    label = QT_TRANSLATE_NOOP("Datasets", "Exclusive or")
    task = "binary"
    description = QT_TRANSLATE_NOOP(
        "Datasets",
        "Class 1 where x₁ and x₂ have the same sign, class 0 where they differ. "
        "A network without a hidden layer cannot learn it; one hidden layer, or x₁x₂, can."
    )

    def sample(self, n, noise, rng, n_classes):
        # A margin of 0.3 keeps the clean points off the axes, the decision boundary.
        raw = rng.uniform(0.3, 5.0, (n, 2)) * rng.choice([-1.0, 1.0], (n, 2))
        labels = (raw[:, 0] * raw[:, 1] > 0).astype(np.int64)
        return raw + _jitter(rng, n, 1.5 * noise), labels


@DATASETS.register
class Gaussians(Generator):
    name = "gaussians"
    label = QT_TRANSLATE_NOOP("Datasets", "Two Gaussians")
    task = "binary"
    description = QT_TRANSLATE_NOOP(
        "Datasets",
        "Two round clusters around (2, 2) (class 1) and (−2, −2) (class 0). A straight line "
        "separates them; noise widens the clusters until they overlap."
    )

    def sample(self, n, noise, rng, n_classes):
        labels = np.arange(n) % 2
        centres = np.where(labels[:, None] == 1, 2.0, -2.0)
        return centres + _jitter(rng, n, 0.5 + 1.5 * noise), labels


def _spiral_arms(
    n: int, noise: float, rng: np.random.Generator, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """k arms winding 1.75 turns out to radius 5, arm j turned by 2πj/k; arm j is class j."""
    labels = np.arange(n) % k
    along = rng.uniform(size=n)
    angle = 1.75 * 2 * np.pi * along + 2 * np.pi * labels / k
    return _polar(5 * along, angle) + _jitter(rng, n, 0.75 * noise), labels


@DATASETS.register
class Spiral(Generator):
    name = "spiral"
    label = QT_TRANSLATE_NOOP("Datasets", "Spiral")
    task = "binary"
    description = QT_TRANSLATE_NOOP(
        "Datasets",
        "Two interleaved spiral arms, one per class: the hardest of the binary sets. "
        "It needs several hidden layers, or sin(x₁) and sin(x₂) as inputs."
    )

    def sample(self, n, noise, rng, n_classes):
        return _spiral_arms(n, noise, rng, 2)


@DATASETS.register
class Blobs(Generator):
    name = "blobs"
    label = QT_TRANSLATE_NOOP("Datasets", "Blobs (k classes)")
    task = "multiclass"
    description = QT_TRANSLATE_NOOP(
        "Datasets",
        "k round clusters placed evenly on a circle of radius 3.5, one per class. "
        "Softmax outputs with cross-entropy learn it; noise makes neighbours overlap."
    )

    def sample(self, n, noise, rng, n_classes):
        labels = np.arange(n) % n_classes
        centres = _polar(3.5, 2 * np.pi * labels / n_classes + np.pi / 2)
        return centres + _jitter(rng, n, 0.5 + noise), labels


@DATASETS.register
class SpiralK(Generator):
    name = "spiral_k"
    label = QT_TRANSLATE_NOOP("Datasets", "Spiral (k classes)")
    task = "multiclass"
    description = QT_TRANSLATE_NOOP(
        "Datasets", "k interleaved spiral arms, one per class: a hard multi-class problem."
    )

    def sample(self, n, noise, rng, n_classes):
        return _spiral_arms(n, noise, rng, n_classes)


class Surface(Generator):
    """A regression set: points spread over the whole square, y a surface over it plus noise."""

    task = "regression"

    def surface(self, raw: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def sample(self, n, noise, rng, n_classes):
        raw = rng.uniform(-LIMIT, LIMIT, (n, 2))
        return raw, self.surface(raw) + 0.3 * noise * rng.standard_normal(n)


@DATASETS.register
class Plane(Surface):
    name = "plane"
    label = QT_TRANSLATE_NOOP("Datasets", "Plane")
    description = QT_TRANSLATE_NOOP(
        "Datasets",
        "y = (x₁ + x₂) / 12 over the whole square, between −1 and 1: a linear output neuron "
        "with no hidden layer fits it exactly. Noise is added to y."
    )

    def surface(self, raw):
        return (raw[:, 0] + raw[:, 1]) / 12


_BUMPS = np.array([[-4, 2.5], [0, 2.5], [4, 2.5], [-4, -2.5], [0, -2.5], [4, -2.5]])
_BUMP_SIGNS = np.array([1, -1, 1, -1, 1, -1])


@DATASETS.register
class MultiGaussian(Surface):
    name = "multi_gaussian"
    label = QT_TRANSLATE_NOOP("Datasets", "Multi-Gaussian")
    description = QT_TRANSLATE_NOOP(
        "Datasets",
        "y is a sum of six Gaussian bumps of height +1 or −1 in a checkerboard: a curved "
        "surface that needs hidden units. Noise is added to y."
    )

    def surface(self, raw):
        squared = ((raw[:, None, :] - _BUMPS[None]) ** 2).sum(axis=2)
        return (_BUMP_SIGNS * np.exp(-squared / (2 * 1.5**2))).sum(axis=1)

