"""Decision-map cost: the output map and every neuron's map at 100×100 for the largest network."""

from __future__ import annotations

from typing import Any

from ..engine.maps import DEFAULT_EXTENT, decision_maps, grid_inputs
from .timing import best_milliseconds
from .workloads import LARGEST

RESOLUTION = 100


def run(is_quick: bool) -> dict[str, Any]:
    """Milliseconds for `decision_maps` as the worker calls it, and for the forward passes it
    can be built on: float64 `Network.forward` and float32 `Network.layer_outputs`."""
    work = LARGEST
    arrays = work.arrays()
    trainer = work.trainer(arrays)
    for _ in range(2 if is_quick else 20):  # trained weights: realistic activations
        trainer.step()
    network = trainer.network
    inputs = grid_inputs(DEFAULT_EXTENT, RESOLUTION, work.spec.features)
    repeats = 2 if is_quick else 15
    return {
        "network": work.key,
        "resolution": RESOLUTION,
        "neurons": sum(layer.units for layer in work.spec.layers),
        "decision_maps_ms": best_milliseconds(
            lambda: decision_maps(network, inputs, RESOLUTION), repeats
        ),
        "forward_float64_ms": best_milliseconds(lambda: network.forward(inputs), repeats),
        "layer_outputs_float32_ms": best_milliseconds(
            lambda: network.layer_outputs(inputs), repeats
        ),
    }
