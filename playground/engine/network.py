"""A feed-forward network of dense layers, each with its own activation, and the loss on top:
its parameters and their shapes. The forward and backward passes are `backprop`'s, vectorised
over the minibatch; gradients are returned, never applied here."""

from __future__ import annotations

import numpy as np

from . import backprop
from .activations import ACTIVATIONS
from .backprop import Backward, Forward
from .errors import SpecError, shown, text_error
from .head import LossHead
from .initializers import INITIALIZERS
from .losses import LOSSES
from .spec import NetworkSpec, layer_title
from .texts import QT_TRANSLATE_NOOP, Text

# The largest network the playground builds: plenty for teaching, and small enough that a file
# asking for more is refused before anything is allocated.
MAX_UNITS = 256  # neurons in one layer
MAX_LAYERS = 16  # hidden layers and the output layer
MAX_PARAMETERS = 1_000_000  # weights, biases and learned activation parameters in all

# One dict per layer: "W" (fan_in, units·pieces), "b" (units·pieces,), learned "alpha" ().
LayerParams = dict[str, np.ndarray]


def parameter_shapes(spec: NetworkSpec) -> list[dict[str, tuple[int, ...]]]:
    """The shape of every parameter, layer by layer. W[i, j] joins input i to unit j."""
    validate_spec(spec)
    shapes = []
    fan_in = spec.n_inputs
    for layer in spec.layers:
        activation = ACTIVATIONS[layer.activation]
        width = layer.units * activation.pieces(activation.params(layer.params))
        entry: dict[str, tuple[int, ...]] = {"W": (fan_in, width), "b": (width,)}
        for name in activation.learned:
            entry[name] = ()
        shapes.append(entry)
        fan_in = layer.units
    return shapes


def validate_spec(spec: NetworkSpec) -> None:
    """SpecError naming the first thing about `spec` that cannot be built."""
    if spec.n_inputs < 1:
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "the network needs at least one input feature"))
    if not spec.layers:
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "the network needs an output layer"))
    if len(spec.layers) > MAX_LAYERS:
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "the network has {0} layers; the limit is {1} "
            "(hidden layers and the output layer)"), f"{len(spec.layers):,}", MAX_LAYERS)
    for index, layer in enumerate(spec.layers):
        where = layer_title(spec, index).lower()
        if not isinstance(layer.units, int) or layer.units < 1:
            raise text_error(SpecError, QT_TRANSLATE_NOOP(
                "Errors", "{0} needs at least one neuron, not {1}"), where, shown(layer.units))
        if layer.units > MAX_UNITS:
            raise text_error(SpecError, QT_TRANSLATE_NOOP(
                "Errors", "{0} has {1} neurons; the limit is {2} per layer"),
                where, shown(layer.units), MAX_UNITS)
        activation = ACTIVATIONS[layer.activation]
        label = Text("Activations", activation.label)
        if activation.output_only and index != len(spec.layers) - 1:
            raise text_error(SpecError, QT_TRANSLATE_NOOP(
                "Errors", "{0} can only be the output layer's activation ({1})"), label, where)
        unknown = set(layer.params) - set(activation.defaults)
        if unknown:
            raise text_error(SpecError, QT_TRANSLATE_NOOP(
                "Errors", "{0}: {1} has no parameter {2}"),
                where, label, ", ".join(sorted(unknown)))
        for key, value in layer.params.items():
            if not np.isfinite(value):
                raise text_error(SpecError, QT_TRANSLATE_NOOP(
                    "Errors", "{0}: {1} parameter {2} must be finite"), where, label, key)
        if activation.name == "maxout" and int(activation.params(layer.params)["k"]) < 1:
            raise text_error(SpecError, QT_TRANSLATE_NOOP(
                "Errors", "{0}: maxout needs at least one piece (k ≥ 1)"), where)
    count = _parameter_count(spec)
    if count > MAX_PARAMETERS:
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "the network would have {0} parameters; the limit is {1} "
            "in all (fewer inputs, layers, neurons or maxout pieces make fewer)"),
            f"{count:,}", f"{MAX_PARAMETERS:,}")
    loss = LOSSES[spec.loss]
    unknown = set(spec.loss_params) - set(loss.defaults)
    if unknown:
        raise text_error(SpecError, QT_TRANSLATE_NOOP("Errors", "{0} has no parameter {1}"),
                         Text("Losses", loss.label), ", ".join(sorted(unknown)))
    INITIALIZERS[spec.init]  # SpecError naming the known ones


def _parameter_count(spec: NetworkSpec) -> int:
    """How many numbers `spec`'s parameters hold, counted without making them."""
    count, fan_in = 0, spec.n_inputs
    for layer in spec.layers:
        activation = ACTIVATIONS[layer.activation]
        width = layer.units * activation.pieces(activation.params(layer.params))
        count += (fan_in + 1) * width + len(activation.learned)
        fan_in = layer.units
    return count


def initialize(spec: NetworkSpec, seed: int = 0) -> list[LayerParams]:
    """Fresh parameters for `spec`: the same seed gives the same numbers every time.

    W and b are drawn by the initializer `spec.init`, layer by layer from the input side;
    learned activation parameters start at their default.
    """
    rng = np.random.default_rng(seed)
    initializer = INITIALIZERS[spec.init]
    layers: list[LayerParams] = []
    for layer, shapes in zip(spec.layers, parameter_shapes(spec), strict=True):
        weights, bias = initializer.draw(rng, *shapes["W"])
        entry: LayerParams = {"W": weights, "b": bias}
        activation = ACTIVATIONS[layer.activation]
        for name in activation.learned:
            entry[name] = np.array(float(activation.params(layer.params)[name]))
        layers.append(entry)
    return layers


def copy_params(params: list[LayerParams]) -> list[LayerParams]:
    return [{key: value.copy() for key, value in layer.items()} for layer in params]


def check_params(spec: NetworkSpec, params: list[LayerParams]) -> list[LayerParams]:
    """Float64 copies of `params` after checking they fit `spec`; SpecError names the misfit."""
    shapes = parameter_shapes(spec)
    if len(params) != len(shapes):
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "the weights have {0} layers but the network has {1}"),
            len(params), len(shapes))
    checked = []
    for index, (given, expected) in enumerate(zip(params, shapes, strict=True), start=1):
        if set(given) != set(expected):
            raise text_error(SpecError, QT_TRANSLATE_NOOP(
                "Errors", "layer {0} has parameters {1}, expected {2}"),
                index, sorted(given), sorted(expected))
        entry = {}
        for name, shape in expected.items():
            value = np.asarray(given[name], dtype=np.float64)
            if value.shape != shape:
                raise text_error(SpecError, QT_TRANSLATE_NOOP(
                    "Errors", "layer {0} {1} has shape {2}, expected {3}"),
                    index, name, value.shape, shape)
            if not np.all(np.isfinite(value)):
                raise text_error(SpecError, QT_TRANSLATE_NOOP(
                    "Errors", "layer {0} {1} holds NaN or infinite values"), index, name)
            entry[name] = value.copy()
        checked.append(entry)
    return checked


class Network:
    """Parameters plus the maths of `spec`; the optimizer updates `params` in place."""

    def __init__(
        self, spec: NetworkSpec, params: list[LayerParams] | None = None, seed: int = 0
    ) -> None:
        validate_spec(spec)
        self.spec = spec
        self.activations = [ACTIVATIONS[layer.activation] for layer in spec.layers]
        self._hyper = [
            act.params(layer.params) for act, layer in zip(self.activations, spec.layers)
        ]
        self.params: list[LayerParams] = []
        self.flat = np.empty(0)
        self.blocks: list[np.ndarray] = []
        self._views: list[np.ndarray] = []
        self._pack(initialize(spec, seed) if params is None else check_params(spec, params))
        self.loss = LOSSES[spec.loss]
        self.loss_params = self.loss.params(spec.loss_params)
        self.head = LossHead(self.loss, self.loss_params, self.activations[-1])

    def _pack(self, params: list[LayerParams]) -> None:
        """Store `params` in one flat array and make `self.params` views of it (see `views`)."""
        self.flat = np.empty(sum(value.size for layer in params for value in layer.values()))
        self.blocks, learned = self.views(self.flat)
        self.params = []
        for given, block, extra in zip(params, self.blocks, learned):
            fan_in = block.shape[0] - 1
            block[:fan_in], block[fan_in] = given["W"], given["b"]
            for name, value in extra.items():
                value[...] = given[name]
            self.params.append({"W": block[:fan_in], "b": block[fan_in], **extra})
        self._views = [value for layer in self.params for value in layer.values()]

    def views(self, flat: np.ndarray) -> tuple[list[np.ndarray], list[LayerParams]]:
        """Each layer's block [W; b] of shape (fan_in + 1, width), and its learned parameters,
        as views of `flat`, an array laid out like `packed()`: layer by layer the block, then
        the learned parameters. With the bias as the block's last row, [x, 1] @ block is
        x @ W + b, and [x, 1]ᵀ @ δ gives ∂L/∂W and ∂L/∂b in one product."""
        blocks, learned = [], []
        offset = 0
        fan_in = self.spec.n_inputs
        for layer, activation, hyper in zip(self.spec.layers, self.activations, self._hyper):
            width = layer.units * activation.pieces(hyper)
            size = (fan_in + 1) * width
            blocks.append(flat[offset : offset + size].reshape(fan_in + 1, width))
            offset += size
            extra = {}
            for name in activation.learned:
                extra[name] = flat[offset : offset + 1].reshape(())
                offset += 1
            learned.append(extra)
            fan_in = layer.units
        return blocks, learned

    def unpacked(self, flat: np.ndarray) -> list[LayerParams]:
        """`flat` (laid out like `packed()`) as parameters per layer, like `params`: views."""
        blocks, learned = self.views(flat)
        return [{"W": block[:-1], "b": block[-1], **extra}
                for block, extra in zip(blocks, learned, strict=True)]

    def packed(self) -> np.ndarray:
        """Every parameter in one flat array, of which `params` are views. Should a caller
        have put new arrays into `params`, their values are packed again first."""
        current = [value for layer in self.params for value in layer.values()]
        if len(current) != len(self._views) or any(
            a is not b for a, b in zip(current, self._views)
        ):
            self._pack(check_params(self.spec, self.params))
        return self.flat

    def weight_mask(self) -> np.ndarray:
        """1.0 where `packed()` holds a weight, 0.0 at biases and learned parameters."""
        mask = np.zeros_like(self.flat)
        for block in self.views(mask)[0]:
            block[:-1] = 1.0
        return mask

    @property
    def trainable(self) -> bool:
        """False when a layer's activation passes no gradient (step)."""
        return all(act.trainable for act in self.activations)

    @property
    def parameter_count(self) -> int:
        return sum(value.size for layer in self.params for value in layer.values())

    def activation_params(self, index: int) -> dict[str, float]:
        """Layer `index`'s activation parameters, learned ones at their current value."""
        learned = self.activations[index].learned
        if not learned:
            return self._hyper[index]
        merged = dict(self._hyper[index])
        for name in learned:
            merged[name] = float(self.params[index][name])
        return merged

    def forward(self, x: np.ndarray) -> Forward:
        """Every layer's input, z and a for the rows of `x`."""
        self.packed()
        return backprop.forward(self, x)

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.forward(x).output

    def layer_outputs(self, x: np.ndarray, dtype: type = np.float32) -> list[np.ndarray]:
        """Every layer's output a for the rows of `x`, computed in `dtype`. For pictures such as
        the decision maps float32 is plenty (a colour has 8 bits), and its tanh and exp are
        several times faster than float64's."""
        outputs = []
        a = np.asarray(x, dtype=dtype)
        with np.errstate(over="ignore", invalid="ignore"):  # huge weights just saturate colours
            for index, (activation, layer) in enumerate(zip(self.activations, self.params)):
                z = np.dot(a, layer["W"].astype(dtype))
                z += layer["b"].astype(dtype)
                a = activation.forward(z, self.activation_params(index)).astype(dtype, copy=False)
                outputs.append(a)
        return outputs

    def loss_value(self, forward: Forward, y: np.ndarray) -> float:
        return self.head.value(forward.zs[-1], forward.output, y)

    def backward(
        self, forward: Forward, y: np.ndarray | None, output_grad_a: np.ndarray | None = None
    ) -> Backward:
        """Gradients of the loss against `y`, or, given `output_grad_a` (∂L/∂ŷ), of any
        function of the output, with every layer's ∂L/∂a, ∂L/∂z and f′(z) on the way."""
        return backprop.backward(self, forward, y, output_grad_a)
