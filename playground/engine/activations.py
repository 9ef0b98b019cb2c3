"""Every activation the playground teaches: value, derivative, formula and notes side by side.

Shapes: a layer of `units` neurons whose activation has `pieces(params)` pieces (1 for all but
maxout) receives `z` of shape (batch, units·pieces); neuron j owns columns j·pieces … j·pieces+pieces−1.
`forward` returns `a` of shape (batch, units).
"""

from __future__ import annotations

from typing import ClassVar, Mapping

import numpy as np

from .registry import Registry

Params = Mapping[str, float]


class Activation:
    """Base class. Subclasses set the class attributes and `forward`/`local_gradient`."""

    name: ClassVar[str]  # registry key, as written in model files
    label: ClassVar[str]  # shown in the app
    korean: ClassVar[str] = ""
    formula: ClassVar[str]  # f(x)
    derivative_formula: ClassVar[str]  # f'(x)
    value_range: ClassVar[str]
    notes: ClassVar[str]  # when to use it, what goes wrong
    defaults: ClassVar[dict[str, float]] = {}  # hyperparameters and their defaults
    learned: ClassVar[tuple[str, ...]] = ()  # parameters trained like weights (PReLU's alpha)
    trainable: ClassVar[bool] = True  # False: backprop cannot train through it (step)
    output_only: ClassVar[bool] = False  # softmax
    elementwise: ClassVar[bool] = True  # False: softmax, maxout

    def params(self, given: Params | None = None) -> dict[str, float]:
        """Defaults overlaid with the given values."""
        merged = dict(self.defaults)
        merged.update(given or {})
        return merged

    def pieces(self, params: Params) -> int:
        return 1

    def forward(self, z: np.ndarray, params: Params) -> np.ndarray:
        raise NotImplementedError

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


ACTIVATIONS: Registry[Activation] = Registry("activation")


@ACTIVATIONS.register
class Tanh(Activation):
    name = "tanh"
    label = "tanh"
    formula = "f(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)"
    derivative_formula = "f'(x) = 1 − tanh²(x)"
    value_range = "(−1, 1)"
    notes = (
        "Zero-centred, so updates do not zig-zag as with sigmoid. Saturates for |x| ≳ 4: "
        "there f' ≈ 0 and the neuron stops learning."
    )

    def forward(self, z, params):
        return np.tanh(z)

    def local_gradient(self, z, a, params):
        return 1.0 - a * a
