"""Every activation the playground teaches: value, derivative, formula and notes side by side.

Shapes: a layer of `units` neurons whose activation has `pieces(params)` pieces (1 for all but
maxout) receives `z` of shape (batch, units·pieces); neuron j owns columns
j·pieces … j·pieces+pieces−1. `forward` returns `a` of shape (batch, units).

Every activation is finite and silent for any finite input in [−1000, 1000]: no exponential ever
sees a large positive argument, and results too small for float64 quietly become 0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import numpy as np

from .registry import Params, Registry, Tunable
from .special import normal_cdf, normal_pdf, quiet_underflow, sigmoid, softplus
from .texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .onnx_export import OnnxGraph


class Activation(Tunable):
    """Base class. Subclasses set the class attributes and `forward`/`local_gradient`."""

    name: ClassVar[str]  # registry key, as written in model files
    label: ClassVar[str]  # shown in the app
    formula: ClassVar[str]  # f(x)
    derivative_formula: ClassVar[str]  # f'(x)
    value_range: ClassVar[str]
    notes: ClassVar[str]  # when to use it, what goes wrong
    learned: ClassVar[tuple[str, ...]] = ()  # parameters trained like weights (PReLU's alpha)
    trainable: ClassVar[bool] = True  # False: backprop cannot train through it (step)
    output_only: ClassVar[bool] = False  # softmax
    elementwise: ClassVar[bool] = True  # False: softmax, maxout
    # A neuron can die: f′(z) is exactly 0 on one side, so one whose z stays there never learns.
    can_die: ClassVar[bool] = False
    # For activations that saturate (sigmoid, tanh): the largest f′, which a saturated neuron's
    # f′ is a small share of.
    peak_slope: ClassVar[float | None] = None

    def pieces(self, params: Params) -> int:
        return 1

    def forward(self, z: np.ndarray, params: Params) -> np.ndarray:
        raise NotImplementedError

    def forward_into(self, z: np.ndarray, out: np.ndarray, params: Params) -> None:
        """`forward(z)` written into `out`; the training loop's preallocated buffers use it,
        and activations that can compute in place say so to save NumPy calls."""
        np.copyto(out, self.forward(z, params))

    def local_gradient(self, z: np.ndarray, a: np.ndarray, params: Params) -> np.ndarray:
        """f'(z), same shape as z (softmax: the Jacobian's diagonal; maxout: 1 at the winner)."""
        raise NotImplementedError

    def backward(
        self, z: np.ndarray, a: np.ndarray, grad_a: np.ndarray, params: Params
    ) -> np.ndarray:
        """∂L/∂z from ∂L/∂a: downstream = local × upstream."""
        return self.local_gradient(z, a, params) * grad_a

    def param_gradients(
        self, z: np.ndarray, a: np.ndarray, grad_a: np.ndarray, params: Params
    ) -> dict[str, float]:
        """∂L/∂p for each learned parameter p, summed over the batch and the layer's neurons."""
        return {}

    def to_onnx(self, graph: OnnxGraph, z: str, params: Params) -> str:
        """`forward` in ONNX operators, built with `graph` on the value named `z`; returns the
        name of f(z). An activation that does not define it is refused by the ONNX export."""
        raise NotImplementedError

    @property
    def exports_to_onnx(self) -> bool:
        """Whether this activation can be written in ONNX (it defines `to_onnx`)."""
        return type(self).to_onnx is not Activation.to_onnx


ACTIVATIONS: Registry[Activation] = Registry(
    QT_TRANSLATE_NOOP("Errors", "activation"), "Activations")


@ACTIVATIONS.register
class Linear(Activation):
    name = "linear"
    label = QT_TRANSLATE_NOOP("Activations", "linear")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = x")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "f'(x) = 1")
    value_range = QT_TRANSLATE_NOOP("Activations", "(−∞, ∞)")
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "No non-linearity: the output is the input. Use it on the output layer for regression; "
        "in hidden layers it adds nothing, since stacked linear layers collapse into one."
    )

    def forward(self, z, params):
        return z.copy()

    def forward_into(self, z, out, params):
        np.copyto(out, z)

    def local_gradient(self, z, a, params):
        return np.ones_like(z)

    def to_onnx(self, graph, z, params):
        return graph.op("Identity", z)


@ACTIVATIONS.register
class Step(Activation):
    name = "step"
    label = QT_TRANSLATE_NOOP("Activations", "step")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = 1 if x ≥ 0 else 0")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "f'(x) = 0 (undefined at 0)")
    value_range = QT_TRANSLATE_NOOP("Activations", "{0, 1}")
    trainable = False
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "The perceptron's activation: the output is 0 or 1. Its derivative is 0 everywhere, so "
        "backpropagation cannot train through it: the gradient is zero and the loss never moves."
    )

    def forward(self, z, params):
        return np.where(z >= 0, 1.0, 0.0)

    def local_gradient(self, z, a, params):
        # The true derivative; no surrogate, so the student sees why training stalls.
        return np.zeros_like(z)

    def to_onnx(self, graph, z, params):
        return graph.op("Where", graph.op("GreaterOrEqual", z, graph.constant(0.0)),
                        graph.constant(1.0), graph.constant(0.0))


@ACTIVATIONS.register
class Threshold(Activation):
    name = "threshold"
    label = QT_TRANSLATE_NOOP("Activations", "threshold")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = x if x > θ else v")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "f'(x) = 1 if x > θ else 0")
    value_range = QT_TRANSLATE_NOOP("Activations", "{v} ∪ (θ, ∞)")
    defaults = {"theta": 0.0, "value": 0.0}
    can_die = True
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "Passes x through above the threshold θ and outputs the constant v at or below it; "
        "θ = 0, v = 0 is ReLU. Below θ the gradient is 0, so a neuron stuck there stops learning."
    )

    def forward(self, z, params):
        return np.where(z > params["theta"], z, params["value"])

    def local_gradient(self, z, a, params):
        return np.where(z > params["theta"], 1.0, 0.0)

    def to_onnx(self, graph, z, params):
        above = graph.op("Greater", z, graph.constant(params["theta"]))
        return graph.op("Where", above, z, graph.constant(params["value"]))


@ACTIVATIONS.register
class Sigmoid(Activation):
    name = "sigmoid"
    label = QT_TRANSLATE_NOOP("Activations", "sigmoid")
    formula = QT_TRANSLATE_NOOP("Activations", "σ(x) = 1 / (1 + e⁻ˣ)")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "σ'(x) = σ(x)·(1 − σ(x)) ≤ 0.25")
    value_range = QT_TRANSLATE_NOOP("Activations", "(0, 1)")
    peak_slope = 0.25
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "Squashes any input into (0, 1): the output for two classes, with BCE. In hidden layers "
        "its gradient is at most 0.25 and ≈ 0 when saturated, so deep stacks suffer vanishing "
        "gradients, and its outputs are not zero-centred, which makes updates zig-zag."
    )

    def forward(self, z, params):
        return sigmoid(z)

    def forward_into(self, z, out, params):
        # 1/(1 + e⁻ᶻ) in place. Clamping z at −700 keeps e⁻ᶻ finite; σ is < 1e-304 there.
        np.maximum(z, -700.0, out=out)
        np.negative(out, out=out)
        np.exp(out, out=out)
        out += 1.0
        np.reciprocal(out, out=out)

    def local_gradient(self, z, a, params):
        return a * (1.0 - a)

    def to_onnx(self, graph, z, params):
        return graph.op("Sigmoid", z)


@ACTIVATIONS.register
class Tanh(Activation):
    name = "tanh"
    label = QT_TRANSLATE_NOOP("Activations", "tanh")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "f'(x) = 1 − tanh²(x)")
    value_range = QT_TRANSLATE_NOOP("Activations", "(−1, 1)")
    peak_slope = 1.0
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "Zero-centred, so updates do not zig-zag as with sigmoid. Saturates for |x| ≳ 4: "
        "there f' ≈ 0 and the neuron stops learning."
    )

    def forward(self, z, params):
        return np.tanh(z)

    def forward_into(self, z, out, params):
        np.tanh(z, out=out)

    def local_gradient(self, z, a, params):
        return 1.0 - a * a

    def to_onnx(self, graph, z, params):
        return graph.op("Tanh", z)


@ACTIVATIONS.register
class ReLU(Activation):
    name = "relu"
    label = QT_TRANSLATE_NOOP("Activations", "ReLU")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = max(0, x)")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "f'(x) = 1 if x > 0 else 0")
    value_range = QT_TRANSLATE_NOOP("Activations", "[0, ∞)")
    can_die = True
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "Fast, and its gradient does not vanish for x > 0: the usual choice for hidden layers. "
        "A neuron whose input stays ≤ 0 gets no gradient and stops learning for good (a dead "
        "neuron); Leaky ReLU, PReLU and ELU avoid that."
    )

    def forward(self, z, params):
        return np.maximum(z, 0.0)

    def forward_into(self, z, out, params):
        np.maximum(z, 0.0, out=out)

    def local_gradient(self, z, a, params):
        return np.where(z > 0, 1.0, 0.0)

    def backward(self, z, a, grad_a, params):
        return grad_a * (z > 0)  # the same numbers as local × upstream, in two NumPy calls

    def to_onnx(self, graph, z, params):
        return graph.op("Relu", z)


@ACTIVATIONS.register
class LeakyReLU(Activation):
    name = "leaky_relu"
    label = QT_TRANSLATE_NOOP("Activations", "Leaky ReLU")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = x if x > 0 else α·x")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "f'(x) = 1 if x > 0 else α")
    value_range = QT_TRANSLATE_NOOP("Activations", "(−∞, ∞)")
    defaults = {"alpha": 0.01}
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "ReLU with a small slope α (default 0.01) for x ≤ 0, so negative inputs still pass a "
        "gradient and neurons cannot die. α is a hyperparameter you choose."
    )

    def forward(self, z, params):
        return np.where(z > 0, z, params["alpha"] * z)

    def local_gradient(self, z, a, params):
        return np.where(z > 0, 1.0, params["alpha"])

    def to_onnx(self, graph, z, params):
        return graph.where_positive(z, graph.op("Mul", z, graph.constant(params["alpha"])))


@ACTIVATIONS.register
class PReLU(LeakyReLU):
    name = "prelu"
    label = QT_TRANSLATE_NOOP("Activations", "PReLU")
    derivative_formula = QT_TRANSLATE_NOOP(
        "Activations", "f'(x) = 1 if x > 0 else α;  ∂f/∂α = x if x ≤ 0 else 0"
    )
    defaults = {"alpha": 0.25}
    learned = ("alpha",)
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "Leaky ReLU whose slope α is learned with the weights (one α per layer, starting at "
        "0.25), so the data decide how much negative inputs pass. Neurons cannot die."
    )

    def param_gradients(self, z, a, grad_a, params):
        return {"alpha": float(np.sum(grad_a * np.where(z <= 0, z, 0.0)))}


@ACTIVATIONS.register
class ELU(Activation):
    name = "elu"
    label = QT_TRANSLATE_NOOP("Activations", "ELU")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = x if x > 0 else α·(eˣ − 1)")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "f'(x) = 1 if x > 0 else α·eˣ")
    value_range = QT_TRANSLATE_NOOP("Activations", "(−α, ∞)")
    defaults = {"alpha": 1.0}
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "Like ReLU for x > 0, but bends smoothly towards −α below 0, so negative inputs keep a "
        "gradient (no dead neurons) and outputs average nearer zero. Smooth at 0 when α = 1."
    )

    @quiet_underflow
    def forward(self, z, params):
        # exp only of the non-positive part: the positive branch would overflow for large z.
        return np.where(z > 0, z, params["alpha"] * np.expm1(np.minimum(z, 0.0)))

    @quiet_underflow
    def local_gradient(self, z, a, params):
        return np.where(z > 0, 1.0, params["alpha"] * np.exp(np.minimum(z, 0.0)))

    def to_onnx(self, graph, z, params):
        bent = graph.op("Sub", graph.op("Exp", graph.op("Min", z, graph.constant(0.0))),
                        graph.constant(1.0))
        return graph.where_positive(z, graph.op("Mul", bent, graph.constant(params["alpha"])))


@ACTIVATIONS.register
class GELU(Activation):
    name = "gelu"
    label = QT_TRANSLATE_NOOP("Activations", "GELU")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = x·Φ(x),  Φ the standard normal CDF")
    derivative_formula = QT_TRANSLATE_NOOP(
        "Activations", "f'(x) = Φ(x) + x·φ(x),  φ the standard normal density"
    )
    value_range = QT_TRANSLATE_NOOP("Activations", "[≈ −0.17, ∞)")
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "A smooth ReLU that weights x by Φ(x), the chance a standard normal falls below it; "
        "common in Transformers. Dips slightly below 0 and keeps a small gradient for negative "
        "inputs, so neurons do not die."
    )

    @quiet_underflow
    def forward(self, z, params):
        return z * normal_cdf(z)

    @quiet_underflow
    def local_gradient(self, z, a, params):
        return normal_cdf(z) + z * normal_pdf(z)

    def to_onnx(self, graph, z, params):
        return graph.op("Mul", z, graph.normal_cdf(z))


@ACTIVATIONS.register
class SiLU(Activation):
    name = "silu"
    label = QT_TRANSLATE_NOOP("Activations", "SiLU / Swish")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = x·σ(x)")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "f'(x) = σ(x)·(1 + x·(1 − σ(x)))")
    value_range = QT_TRANSLATE_NOOP("Activations", "[≈ −0.28, ∞)")
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "A smooth, non-monotonic ReLU: dips to ≈ −0.28 near x = −1.3, then returns to 0. "
        "Negative inputs keep a small gradient, so neurons do not die; a little costlier than ReLU."
    )

    @quiet_underflow
    def forward(self, z, params):
        return z * sigmoid(z)

    @quiet_underflow
    def local_gradient(self, z, a, params):
        s = sigmoid(z)
        return s * (1.0 + z * (1.0 - s))

    def to_onnx(self, graph, z, params):
        return graph.op("Mul", z, graph.op("Sigmoid", z))


@ACTIVATIONS.register
class Mish(Activation):
    name = "mish"
    label = QT_TRANSLATE_NOOP("Activations", "Mish")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = x·tanh(softplus(x))")
    derivative_formula = QT_TRANSLATE_NOOP(
        "Activations", "f'(x) = tanh(s) + x·sech²(s)·σ(x),  s = softplus(x)"
    )
    value_range = QT_TRANSLATE_NOOP("Activations", "[≈ −0.31, ∞)")
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "Smooth and non-monotonic like SiLU (minimum ≈ −0.31). Negative inputs keep a gradient, "
        "so neurons do not die; it costs several exponentials per neuron."
    )

    @quiet_underflow
    def forward(self, z, params):
        return z * np.tanh(softplus(z))

    @quiet_underflow
    def local_gradient(self, z, a, params):
        t = np.tanh(softplus(z))
        return t + z * (1.0 - t * t) * sigmoid(z)

    def to_onnx(self, graph, z, params):
        return graph.op("Mul", z, graph.op("Tanh", graph.softplus(z)))


@ACTIVATIONS.register
class Softplus(Activation):
    name = "softplus"
    label = QT_TRANSLATE_NOOP("Activations", "softplus")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = ln(1 + eˣ)")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "f'(x) = σ(x)")
    value_range = QT_TRANSLATE_NOOP("Activations", "(0, ∞)")
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "A smooth ReLU: always positive, with derivative σ(x), so the gradient is never exactly 0. "
        "For very negative inputs it is tiny, though, and learning there is slow."
    )

    def forward(self, z, params):
        return softplus(z)

    def local_gradient(self, z, a, params):
        return sigmoid(z)

    def to_onnx(self, graph, z, params):
        return graph.softplus(z)


@ACTIVATIONS.register
class Sine(Activation):
    name = "sine"
    label = QT_TRANSLATE_NOOP("Activations", "sine")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = sin x")
    derivative_formula = QT_TRANSLATE_NOOP("Activations", "f'(x) = cos x")
    value_range = QT_TRANSLATE_NOOP("Activations", "[−1, 1]")
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "Periodic: gradients neither vanish nor explode, but many inputs give the same output. "
        "Suits periodic patterns such as spirals; training can be less stable than with ReLU."
    )

    def forward(self, z, params):
        return np.sin(z)

    def local_gradient(self, z, a, params):
        return np.cos(z)

    def to_onnx(self, graph, z, params):
        return graph.op("Sin", z)


@ACTIVATIONS.register
class Softmax(Activation):
    name = "softmax"
    label = QT_TRANSLATE_NOOP("Activations", "softmax")
    formula = QT_TRANSLATE_NOOP("Activations", "pₖ = e^(zₖ) / Σᵢ e^(zᵢ)")
    derivative_formula = QT_TRANSLATE_NOOP(
        "Activations", "∂pᵢ/∂zⱼ = pᵢ·(δᵢⱼ − pⱼ), i.e. diag(p) − p·pᵀ"
    )
    value_range = QT_TRANSLATE_NOOP("Activations", "(0, 1), each row sums to 1")
    output_only = True
    elementwise = False
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "Output layer only: turns k scores into k probabilities that sum to 1; pair it with "
        "cross-entropy for k classes. Computed after subtracting max(z), so large scores never "
        "overflow; adding one constant to every score changes nothing."
    )

    @quiet_underflow
    def forward(self, z, params):
        shifted = np.exp(z - np.max(z, axis=-1, keepdims=True))
        return shifted / np.sum(shifted, axis=-1, keepdims=True)

    @quiet_underflow
    def forward_into(self, z, out, params):
        np.subtract(z, np.maximum.reduce(z, axis=-1, keepdims=True), out=out)
        np.exp(out, out=out)
        out /= np.add.reduce(out, axis=-1, keepdims=True)

    @quiet_underflow
    def local_gradient(self, z, a, params):
        return a * (1.0 - a)

    @quiet_underflow
    def backward(self, z, a, grad_a, params):
        # Each output depends on every score: the exact Jacobian-vector product (diag(p) − p·pᵀ)·g.
        return a * (grad_a - np.sum(grad_a * a, axis=-1, keepdims=True))

    def to_onnx(self, graph, z, params):
        return graph.op("Softmax", z, axis=-1)


@ACTIVATIONS.register
class Maxout(Activation):
    name = "maxout"
    label = QT_TRANSLATE_NOOP("Activations", "maxout")
    formula = QT_TRANSLATE_NOOP("Activations", "f(x) = maxⱼ zⱼ over k pieces,  zⱼ = wⱼᵀx + bⱼ")
    derivative_formula = QT_TRANSLATE_NOOP(
        "Activations", "∂f/∂zⱼ = 1 for the winning piece, 0 for the others"
    )
    value_range = QT_TRANSLATE_NOOP("Activations", "(−∞, ∞)")
    defaults = {"k": 2}
    elementwise = False
    notes = QT_TRANSLATE_NOOP(
        "Activations",
        "Each neuron computes k linear pieces and outputs the largest; ReLU is maxout with one "
        "piece fixed at 0. It neither saturates nor dies, but needs k times the weights, and the "
        "gradient reaches only the winning piece."
    )

    def pieces(self, params):
        return int(params["k"])

    def _grouped(self, z: np.ndarray, params: Params) -> np.ndarray:
        """z as (…, units, k): one row of pieces per neuron. The units are counted, not left
        to reshape's −1, which cannot be worked out for no samples (an empty test split)."""
        k = self.pieces(params)
        return z.reshape(*z.shape[:-1], z.shape[-1] // k, k)

    def forward(self, z, params):
        return self._grouped(z, params).max(axis=-1)

    def local_gradient(self, z, a, params):
        grouped = self._grouped(z, params)
        winner = np.argmax(grouped, axis=-1)[..., np.newaxis]  # the first piece on a tie
        mask = np.zeros_like(grouped)
        np.put_along_axis(mask, winner, 1.0, axis=-1)
        return mask.reshape(z.shape)

    def backward(self, z, a, grad_a, params):
        return self.local_gradient(z, a, params) * np.repeat(grad_a, self.pieces(params), axis=-1)

    def to_onnx(self, graph, z, params):
        # (N, units·k) → (N, units, k), the sizes read from z (so N may be 0), then the largest
        # piece of each neuron.
        k = graph.constant([self.pieces(params)], dtype=np.int64)
        shape = graph.op("Shape", z)
        first, second, third = (graph.constant([i], dtype=np.int64) for i in range(3))
        rows = graph.op("Slice", shape, first, second)
        units = graph.op("Div", graph.op("Slice", shape, second, third), k)
        grouped = graph.op("Reshape", z, graph.op("Concat", rows, units, k, axis=0))
        return graph.op("ReduceMax", grouped, axes=[-1], keepdims=0)
