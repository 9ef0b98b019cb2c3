"""Decision maps: the network's output, and every neuron's, over a grid of the input plane."""

from __future__ import annotations

import numpy as np

from .features import apply_features
from .network import Network

Extent = tuple[float, float, float, float]  # xmin, xmax, ymin, ymax
DEFAULT_EXTENT: Extent = (-6.0, 6.0, -6.0, 6.0)  # the plane the generators draw points in


def data_extent(points: np.ndarray) -> Extent:
    """A square around the points with a 5 % margin, at least DEFAULT_EXTENT."""
    least = DEFAULT_EXTENT[1]
    half = max(least, float(np.abs(points).max()) * 1.05) if len(points) else least
    return (-half, half, -half, half)


def grid_points(extent: Extent, resolution: int) -> np.ndarray:
    """(resolution², 2) cell centres, row by row from the bottom (y = ymin) up; x varies fastest."""
    xmin, xmax, ymin, ymax = extent
    xs = xmin + (np.arange(resolution) + 0.5) * (xmax - xmin) / resolution
    ys = ymin + (np.arange(resolution) + 0.5) * (ymax - ymin) / resolution
    gx, gy = np.meshgrid(xs, ys)
    return np.column_stack([gx.ravel(), gy.ravel()])


def grid_inputs(extent: Extent, resolution: int, features: tuple[str, ...]) -> np.ndarray:
    """The network's inputs at every grid cell, for data whose raw columns are x1 and x2."""
    return apply_features(grid_points(extent, resolution), ("x1", "x2"), features)


def decision_maps(
    network: Network, inputs: np.ndarray, resolution: int
) -> tuple[tuple[np.ndarray, ...], np.ndarray]:
    """Every layer's neuron maps (units, res, res) and the output map: (res, res) for one
    output, (res, res, k) for k outputs."""
    activations = network.layer_outputs(inputs)  # float32: pictures need no more
    # Views, not copies: splitting the row axis of a.T into (res, res) needs no copy, and the
    # readers (the canvas's thumbnails take every other pixel) do not care about the layout.
    layers = tuple(a.T.reshape(a.shape[1], resolution, resolution) for a in activations)
    output = activations[-1]
    if output.shape[1] == 1:
        return layers, output[:, 0].reshape(resolution, resolution)
    return layers, output.reshape(resolution, resolution, output.shape[1])
