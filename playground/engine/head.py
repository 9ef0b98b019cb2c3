"""The loss on top of the network: the one place that decides how the loss and the output
layer's gradient are computed.

Binary cross-entropy on a sigmoid output and cross-entropy on a softmax output are "fused":
computed from the logits z, which is exact and finite for any z, where going through the
probabilities would need a clipped log. Every other pairing takes the loss of the output ŷ and
carries its gradient back through the output activation like any other layer.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from .activations import Activation
from .losses import Loss


class LossHead:
    """`loss` (with its parameters) on an output layer whose activation is `activation`."""

    def __init__(self, loss: Loss, params: Mapping[str, float], activation: Activation) -> None:
        self.loss = loss
        self.params = params
        self.activation = activation
        self.fused = loss.fused_activation == activation.name

    def value(self, z: np.ndarray, output: np.ndarray, y: np.ndarray) -> float:
        """The loss of `output` = f(`z`) against the targets `y`."""
        if self.fused:
            return self.loss.value_from_logits(z, y, self.params)
        return self.loss.value(output, y, self.params)

    def output_gradient(self, output: np.ndarray, y: np.ndarray) -> np.ndarray:
        """∂L/∂ŷ, the loss gradient with respect to the network's output."""
        return self.loss.gradient(output, y, self.params)

    def gradients(
        self,
        z: np.ndarray,
        output: np.ndarray,
        y: np.ndarray | None,
        hyper: Mapping[str, float],
        output_gradient: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """The output layer's ∂L/∂z, and ∂L/∂ŷ (None when the fused head needs none).

        Given `output_gradient` (∂L/∂ŷ itself, e.g. ones to differentiate the output), the loss
        and `y` are not used: the gradients are those of Σ ŷ·output_gradient.
        """
        if output_gradient is None:
            if self.fused:
                return self.loss.gradient_from_logits(z, output, y, self.params), None
            output_gradient = self.output_gradient(output, y)
        return self.activation.backward(z, output, output_gradient, hyper), output_gradient
