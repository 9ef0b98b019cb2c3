"""Loss-surface cost: a 41×41 surface of the largest network on its training set, against
evaluating the loss once per grid point, and the optimizers' paths from its centre."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..engine.buffered import WholeSet
from ..engine.network import Network
from ..engine.optimizers import OPTIMIZERS
from ..engine.surface import (
    Directions,
    Parameter,
    chosen_directions,
    loss_surface,
    optimizer_paths,
    random_directions,
)
from .timing import best_milliseconds
from .workloads import LARGEST, quick

RESOLUTION = 41
PATH_STEPS = 300


def one_evaluation_per_point(
    network: Network, x: np.ndarray, y: np.ndarray, task: str, directions: Directions
) -> None:
    """The plain way: set the weights of every grid point in turn and evaluate the whole set."""
    copy = Network(network.spec, params=network.params)
    whole_set = WholeSet(copy, x, y, task)
    centre = network.packed()
    offsets = np.linspace(-directions.span, directions.span, RESOLUTION)
    with np.errstate(over="ignore", invalid="ignore"):
        for a in offsets:
            for b in offsets:
                np.copyto(copy.flat, centre + a * directions.first + b * directions.second)
                whole_set.evaluate()


def run(is_quick: bool) -> dict[str, Any]:
    """Milliseconds for `loss_surface` with random and with chosen directions, for the plain
    per-point loop and for every optimizer's path (quick: 100 points, fewer steps)."""
    work = quick(LARGEST) if is_quick else LARGEST
    arrays = work.arrays()
    trainer = work.trainer(arrays)
    for _ in range(2 if is_quick else 20):  # trained weights: a realistic surface
        trainer.step()
    network = trainer.network
    x, y = arrays.x_train, arrays.y_train
    randomly = random_directions(network, seed=0)
    chosen = chosen_directions(network, Parameter(0, "W", (0, 0)), Parameter(3, "W", (1, 2)))
    repeats = 1 if is_quick else 5
    surface = loss_surface(network, x, y, randomly, resolution=RESOLUTION)
    steps = 10 if is_quick else PATH_STEPS
    random_ms = best_milliseconds(
        lambda: loss_surface(network, x, y, randomly, resolution=RESOLUTION), repeats
    )
    plain_ms = best_milliseconds(
        lambda: one_evaluation_per_point(network, x, y, arrays.task, randomly), 1
    )
    return {
        "network": work.key,
        "points": len(x),
        "resolution": RESOLUTION,
        "random_ms": random_ms,
        "chosen_ms": best_milliseconds(
            lambda: loss_surface(network, x, y, chosen, resolution=RESOLUTION), repeats
        ),
        "per_point_ms": plain_ms,
        "vs_per_point": plain_ms / random_ms,
        "optimizers": len(OPTIMIZERS),
        "path_steps": steps,
        "paths_ms": best_milliseconds(
            lambda: optimizer_paths(network, x, y, surface, work.settings, steps), 1
        ),
    }
