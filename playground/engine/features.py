"""Input features: what the network sees, computed from the raw points.

A feature is either a raw data column passed through by name (so CSV files with any columns
work) or one of `FEATURES`, derived from the two raw columns x1 and x2 (x₁², sin x₁, …), as in
the TensorFlow Playground's input picker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

import numpy as np

from .errors import DataError, text_error
from .registry import Registry
from .texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .onnx_export import OnnxGraph


class Feature:
    """Base class. `compute` maps raw points (n, 2) of columns x1, x2 to one value per point."""

    name: ClassVar[str]  # registry key, as written in model files
    label: ClassVar[str]  # shown in the app

    def compute(self, points: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def to_onnx(self, graph: OnnxGraph, x1: str, x2: str) -> str:
        """`compute` in ONNX operators on the columns x1, x2, each (N, 1); its value's name."""
        raise NotImplementedError


FEATURES: Registry[Feature] = Registry(QT_TRANSLATE_NOOP("Errors", "feature"))


@FEATURES.register
class X1(Feature):
    name = "x1"
    label = "x₁"

    def compute(self, points):
        return points[:, 0]

    def to_onnx(self, graph, x1, x2):
        return graph.op("Identity", x1)


@FEATURES.register
class X2(Feature):
    name = "x2"
    label = "x₂"

    def compute(self, points):
        return points[:, 1]

    def to_onnx(self, graph, x1, x2):
        return graph.op("Identity", x2)


@FEATURES.register
class X1Squared(Feature):
    name = "x1_squared"
    label = "x₁²"

    def compute(self, points):
        return points[:, 0] ** 2

    def to_onnx(self, graph, x1, x2):
        return graph.op("Mul", x1, x1)


@FEATURES.register
class X2Squared(Feature):
    name = "x2_squared"
    label = "x₂²"

    def compute(self, points):
        return points[:, 1] ** 2

    def to_onnx(self, graph, x1, x2):
        return graph.op("Mul", x2, x2)


@FEATURES.register
class X1TimesX2(Feature):
    name = "x1_times_x2"
    label = "x₁x₂"

    def compute(self, points):
        return points[:, 0] * points[:, 1]

    def to_onnx(self, graph, x1, x2):
        return graph.op("Mul", x1, x2)


@FEATURES.register
class SinX1(Feature):
    name = "sin_x1"
    label = "sin(x₁)"

    def compute(self, points):
        return np.sin(points[:, 0])

    def to_onnx(self, graph, x1, x2):
        return graph.op("Sin", x1)


@FEATURES.register
class SinX2(Feature):
    name = "sin_x2"
    label = "sin(x₂)"

    def compute(self, points):
        return np.sin(points[:, 1])

    def to_onnx(self, graph, x1, x2):
        return graph.op("Sin", x2)


def input_columns(features: Sequence[str]) -> list[str]:
    """The raw columns a model's features are computed from: x1 and x2 (first) for x1, x2 and
    the features derived from them (x₁², sin x₁, …), then any other column named as a feature."""
    derived = [name for name in features if name in FEATURES]
    xy = ["x1", "x2"] if any(name not in ("x1", "x2") for name in derived) else derived
    ordered = [name for name in ("x1", "x2") if name in xy]
    return ordered + [name for name in features if name not in FEATURES]


def available_features(raw_names: Sequence[str]) -> list[str]:
    """The feature names `apply_features` accepts for data with these raw columns."""
    names = list(raw_names)
    if "x1" in names and "x2" in names:
        names += [name for name in FEATURES if name not in names]
    return names


def apply_features(
    raw: np.ndarray, raw_names: Sequence[str], features: Sequence[str]
) -> np.ndarray:
    """The network's input matrix (n, len(features)) for raw points (n, len(raw_names))."""
    raw = np.asarray(raw, dtype=np.float64)
    names = list(raw_names)
    if raw.ndim != 2 or raw.shape[1] != len(names):
        raise text_error(DataError, QT_TRANSLATE_NOOP(
            "Errors", "raw data of shape {0} does not match its {1} column names"),
            raw.shape, len(names))
    if not features:
        raise text_error(DataError, QT_TRANSLATE_NOOP(
            "Errors", "no input features are chosen; choose at least one"))
    columns = []
    for feature in features:
        if feature in names:
            columns.append(raw[:, names.index(feature)])
        elif feature in FEATURES:
            if "x1" not in names or "x2" not in names:
                raise text_error(DataError, QT_TRANSLATE_NOOP(
                    "Errors", "feature {0} is computed from columns x1 and x2, "
                    "but the data's columns are {1}"), repr(feature), ", ".join(names))
            xy = raw[:, [names.index("x1"), names.index("x2")]]
            columns.append(FEATURES[feature].compute(xy))
        else:
            known = ", ".join(available_features(names))
            raise text_error(DataError, QT_TRANSLATE_NOOP(
                "Errors", "unknown feature {0}; this data offers: {1}"), repr(feature), known)
    return np.column_stack(columns)
