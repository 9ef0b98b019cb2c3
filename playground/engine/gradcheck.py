"""Gradient check: backprop against central differences, per parameter group."""

from __future__ import annotations

import numpy as np

from .network import Network
from .regularizations import add_regularization, regularization_penalty
from .spec import TrainSettings

DENOMINATOR_FLOOR = 1e-4  # smaller gradients are compared absolutely: rounding noise


def _objective(network: Network, x: np.ndarray, y: np.ndarray, settings: TrainSettings) -> float:
    loss = network.loss_value(network.forward(x), y)
    return loss + regularization_penalty(network.params, settings.regularization, settings.reg_rate)


def gradient_check(
    network: Network,
    x: np.ndarray,
    y: np.ndarray,
    settings: TrainSettings | None = None,
    step: float = 1e-6,
) -> dict[str, float]:
    """Largest relative error |analytic − numeric| / max(|analytic|, |numeric|, 1e-4) for each
    parameter group, named "layer 1 W", "layer 1 b", …; the network is left unchanged."""
    settings = settings or TrainSettings()
    analytic = network.backward(network.forward(x), y).grads
    add_regularization(network.params, analytic, settings.regularization, settings.reg_rate)
    errors: dict[str, float] = {}
    for index, (layer, grads) in enumerate(zip(network.params, analytic), start=1):
        for name, value in layer.items():
            numeric = np.zeros_like(value)
            flat, numeric_flat = value.reshape(-1), numeric.reshape(-1)
            for k in range(flat.size):
                kept = flat[k]
                flat[k] = kept + step
                plus = _objective(network, x, y, settings)
                flat[k] = kept - step
                minus = _objective(network, x, y, settings)
                flat[k] = kept
                numeric_flat[k] = (plus - minus) / (2 * step)
            given = np.asarray(grads[name])
            scale = np.maximum(np.maximum(np.abs(given), np.abs(numeric)), DENOMINATOR_FLOOR)
            errors[f"layer {index} {name}"] = float(np.max(np.abs(given - numeric) / scale))
    return errors
