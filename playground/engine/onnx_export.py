"""A trained network as an ONNX model, for ONNX Runtime and every framework that reads ONNX.

The graph takes the raw input columns (`input_columns(spec.features)`: x1 and x2 when a feature
is derived from them, then any other column named as a feature) as one tensor "x" of shape
(N, columns), computes the input features inside the graph (x₁², sin x₁, x₁x₂, …), and returns
"output" of shape (N, outputs): what the app's network outputs, i.e. the probabilities for
classification (sigmoid or softmax) and the values for regression. It computes in float64, as
the app does, so its numbers are the app's.

Each activation and feature writes its own expression in ONNX operators (`to_onnx`, given an
`OnnxGraph`); a network using an activation without one is refused with a message naming it.
The `onnx` package is optional (the "onnx" extra) and only imported here, when a model is built.
"""

from __future__ import annotations

import importlib
import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from .. import __version__
from ..files import write_bytes_atomic
from .activations import ACTIVATIONS
from .errors import PlaygroundError, SpecError
from .features import FEATURES, input_columns
from .network import LayerParams, Network
from .spec import NetworkSpec, layer_name

OPSET = 17
INSTALL_HINT = "pip install onnx (or pip install 'playground[onnx]')"
INPUT, OUTPUT = "x", "output"
SQRT_PI = math.sqrt(math.pi)
# erf(t) = 2/√π·e^(−t²)·Σ 2ⁿt^(2n+1)/(1·3·…·(2n+1)) for t < 2 (as engine.special computes it),
# Laplace's continued fraction for erfc beyond; past t = 6, erf(t) is 1 to float64.
_SERIES_COEFFICIENTS = 1.0 / np.cumprod(np.arange(1.0, 64.0, 2.0))
_FRACTION_DEPTH = 60
_ERF_SPLIT, _ERF_CLAMP = 2.0, 6.0


class OnnxUnavailable(PlaygroundError):
    """The onnx package is not installed; the message says how to install it."""


def onnx_available() -> bool:
    """Whether the onnx package can be imported (without importing it)."""
    importlib.invalidate_caches()  # one installed while the app runs is found
    return importlib.util.find_spec("onnx") is not None


def require_onnx() -> ModuleType:
    """The onnx module; OnnxUnavailable, saying what to install, when it is missing."""
    importlib.invalidate_caches()  # one installed while the app runs is found
    try:
        return importlib.import_module("onnx")
    except ImportError:
        if getattr(sys, "frozen", False):  # the ready-built folder: nothing installs into it
            how = ("the ready-built app has no place for it: install the playground with pip "
                   f"and the extra ({INSTALL_HINT}) to export ONNX")
        else:
            how = f"install it with: {INSTALL_HINT}"
        raise OnnxUnavailable(
            f"exporting to ONNX needs the onnx package, which is not installed; {how}"
        ) from None


def unexportable(spec: NetworkSpec) -> list[str]:
    """Where `spec` uses an activation that has no ONNX expression, e.g. "step (layer 2)"."""
    return [
        f"{ACTIVATIONS[layer.activation].label} ({layer_name(spec, index).lower()})"
        for index, layer in enumerate(spec.layers)
        if not ACTIVATIONS[layer.activation].exports_to_onnx
    ]


def check_exportable(spec: NetworkSpec) -> None:
    """SpecError naming every activation of `spec` that cannot be written in ONNX."""
    missing = unexportable(spec)
    if missing:
        raise SpecError(
            "cannot export this network to ONNX: ONNX cannot express the activation of "
            + ", ".join(missing)
        )


class OnnxGraph:
    """The nodes and constants of one graph being built; every value is named by a string."""

    def __init__(self, onnx: ModuleType) -> None:
        self._onnx = onnx
        self.nodes: list[Any] = []
        self.initializers: list[Any] = []
        self._count = 0

    def _name(self, stem: str) -> str:
        self._count += 1
        return f"{stem}_{self._count}"

    def op(self, op_type: str, *inputs: str, output: str | None = None, **attributes) -> str:
        """Add one `op_type` node on `inputs`; returns the name of its output."""
        name = output or self._name(op_type.lower())
        self.nodes.append(
            self._onnx.helper.make_node(op_type, list(inputs), [name], **attributes)
        )
        return name

    def constant(self, value: Any, dtype: type = np.float64) -> str:
        """A constant tensor (float64 unless told), stored with the graph."""
        name = self._name("const")
        array = np.asarray(value, dtype=dtype)
        self.initializers.append(self._onnx.numpy_helper.from_array(array, name))
        return name

    # Expressions several activations share.
    def where_positive(self, z: str, otherwise: str) -> str:
        """z where z > 0, else `otherwise`."""
        return self.op("Where", self.op("Greater", z, self.constant(0.0)), z, otherwise)

    def softplus(self, z: str) -> str:
        """ln(1 + eᶻ) = max(z, 0) + ln(1 + e^−|z|): no exponential of a large argument."""
        tail = self.op("Exp", self.op("Neg", self.op("Abs", z)))
        return self.op("Add", self.op("Relu", z),
                       self.op("Log", self.op("Add", tail, self.constant(1.0))))

    def normal_cdf(self, z: str) -> str:
        """Φ(z) = (1 + sign(z)·erf(|z|/√2)) / 2, erf written in float64 operations (ONNX's Erf
        has no float64 kernel in ONNX Runtime, and float32 would lose the app's digits)."""
        t = self.op("Min", self.op("Div", self.op("Abs", z), self.constant(math.sqrt(2.0))),
                    self.constant(_ERF_CLAMP))
        erf = self.op("Where", self.op("Less", t, self.constant(_ERF_SPLIT)),
                      self._erf_series(t), self._erf_fraction(t))
        signed = self.op("Mul", self.op("Sign", z), erf)
        return self.op("Mul", self.op("Add", signed, self.constant(1.0)), self.constant(0.5))

    def _erf_series(self, t: str) -> str:
        near = self.op("Min", t, self.constant(_ERF_SPLIT))
        two_t2 = self.op("Mul", self.op("Mul", near, near), self.constant(2.0))
        total = self.constant(_SERIES_COEFFICIENTS[-1])
        for coefficient in _SERIES_COEFFICIENTS[-2::-1]:  # Horner, from the highest power
            total = self.op("Add", self.op("Mul", total, two_t2), self.constant(coefficient))
        scale = self.op("Mul", self._exp_neg_square(near), near)
        return self.op("Mul", self.op("Mul", scale, total), self.constant(2.0 / SQRT_PI))

    def _erf_fraction(self, t: str) -> str:
        far = self.op("Max", t, self.constant(_ERF_SPLIT))
        denominator = far
        for k in range(_FRACTION_DEPTH, 0, -1):
            denominator = self.op("Add", far, self.op("Div", self.constant(k / 2.0),
                                                      denominator))
        erfc = self.op("Div", self._exp_neg_square(far),
                       self.op("Mul", denominator, self.constant(SQRT_PI)))
        return self.op("Sub", self.constant(1.0), erfc)

    def _exp_neg_square(self, t: str) -> str:
        return self.op("Exp", self.op("Neg", self.op("Mul", t, t)))


def _input_features(graph: OnnxGraph, spec: NetworkSpec, columns: list[str]) -> str:
    """The network's input matrix (N, features), computed in the graph from "x"."""

    def column(name: str) -> str:
        index = graph.constant([columns.index(name)], dtype=np.int64)
        return graph.op("Gather", INPUT, index, axis=1)

    derived_from = {}
    values = []
    for feature in spec.features:
        if feature in columns:
            values.append(column(feature))
            continue
        if not derived_from:
            derived_from = {"x1": column("x1"), "x2": column("x2")}
        values.append(FEATURES[feature].to_onnx(graph, derived_from["x1"], derived_from["x2"]))
    return graph.op("Concat", *values, axis=1)


def to_onnx_model(spec: NetworkSpec, weights: list[LayerParams]) -> Any:
    """The ONNX model (an onnx.ModelProto) of `spec` with `weights`, checked by onnx's checker.
    SpecError for weights that do not fit or an activation without an ONNX expression;
    OnnxUnavailable without the onnx package."""
    check_exportable(spec)
    network = Network(spec, weights)
    onnx = require_onnx()
    graph = OnnxGraph(onnx)
    columns = input_columns(spec.features)
    a = _input_features(graph, spec, columns)
    for index, (activation, layer) in enumerate(zip(network.activations, network.params)):
        z = graph.op("Add", graph.op("MatMul", a, graph.constant(layer["W"])),
                     graph.constant(layer["b"]))
        a = activation.to_onnx(graph, z, network.activation_params(index))
    graph.op("Identity", a, output=OUTPUT)
    double = onnx.TensorProto.DOUBLE
    x = onnx.helper.make_tensor_value_info(INPUT, double, ["N", len(columns)])
    x.doc_string = f"raw input columns, in this order: {', '.join(columns)}"
    y = onnx.helper.make_tensor_value_info(OUTPUT, double, ["N", spec.n_outputs])
    y.doc_string = "the network's output: probabilities for classification, values otherwise"
    model = onnx.helper.make_model(
        onnx.helper.make_graph(graph.nodes, "playground_network", [x], [y],
                               initializer=graph.initializers),
        opset_imports=[onnx.helper.make_opsetid("", OPSET)],
        producer_name="playground",
        producer_version=__version__,
        doc_string=f"A playground network: features {', '.join(spec.features)}; layers "
        + ", ".join(f"{layer.units} {layer.activation}" for layer in spec.layers),
    )
    onnx.helper.set_model_props(model, {"input_columns": ",".join(columns),
                                        "features": ",".join(spec.features)})
    onnx.checker.check_model(model, full_check=True)
    return model


def save_onnx(path: str | Path, spec: NetworkSpec, weights: list[LayerParams]) -> None:
    """Write `spec` with `weights` as an ONNX model to `path`, whole or not at all."""
    write_bytes_atomic(path, to_onnx_model(spec, weights).SerializeToString())
