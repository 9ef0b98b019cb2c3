"""The loss surface: the training loss over a plane through the current weights θ.

The plane is θ + a·d1 + b·d2 for two directions in parameter space, laid out like
`Network.packed()`: either two chosen parameters (unit directions along those coordinates) or
two random directions normalised per layer as in Li et al., 2018, "Visualizing the Loss
Landscape of Neural Nets". On it: the loss over a grid of (a, b), the negative gradient at the
centre, any sequence of weights (the path training took) projected onto the plane, and the
paths of every registered optimizer run from the centre.

The loss is the data loss the trainer reports (no regularization term), so the grid's centre
is the current training loss. Nothing here changes the network it is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .backprop import hyperparameters, with_ones
from .errors import SpecError, text_error
from .network import LayerParams, Network
from .optimizers import OPTIMIZERS, Optimizer, make_optimizer
from .spec import TrainSettings
from .texts import QT_TRANSLATE_NOOP

GRID_ROWS = 16384  # grid points × data rows evaluated at once: the memory of one chunk
RANDOM_SPAN = 1.0  # Li et al.'s [−1, 1]: one layer-norm either way
PATH_STEPS = 300


class Parameter(NamedTuple):
    """One parameter as the canvas names it: layer index, "W" or "b", and its index in that
    array, (i, j) for W[i, j] (input i to column j) or (j,) for b[j]."""

    layer: int
    name: str
    index: tuple[int, ...]


@dataclass(frozen=True)
class Directions:
    """The plane's two directions (flat arrays laid out like `Network.packed()`), the grid's
    sensible half-width for them, and where they came from: the two chosen parameters, or the
    seed of the random ones."""

    first: np.ndarray
    second: np.ndarray
    span: float
    parameters: tuple[Parameter, Parameter] | None = None
    seed: int | None = None


@dataclass(frozen=True)
class LossSurface:
    """The training loss over the grid θ + a·d1 + b·d2, a and b both in `offsets` (from −span
    to span, 0 in the middle). `loss[i, j]` is at a = offsets[i], b = offsets[j]: the first
    axis runs along d1 (x), the second along d2 (y). `arrow` is −∇L projected on the plane,
    (−d1·∇L, −d2·∇L): the surface's own steepest descent at the centre."""

    directions: Directions
    centre: np.ndarray  # θ, flat
    offsets: np.ndarray
    loss: np.ndarray
    arrow: np.ndarray

    @property
    def centre_loss(self) -> float:
        middle = len(self.offsets) // 2
        return float(self.loss[middle, middle])

    def project(self, path: Sequence[np.ndarray] | np.ndarray) -> np.ndarray:
        """Flat parameter vectors (n of them) as plane coordinates (n, 2): for each p the (a, b)
        whose θ + a·d1 + b·d2 is nearest p (least squares)."""
        basis = np.stack([self.directions.first, self.directions.second], axis=1)
        offsets = np.asarray(path, dtype=np.float64).reshape(-1, len(self.centre)) - self.centre
        return np.linalg.solve(basis.T @ basis, basis.T @ offsets.T).T


@dataclass(frozen=True)
class OptimizerPath:
    """One optimizer's run from the surface's centre: each point's plane coordinates
    (steps + 1, 2), starting at (0, 0), and the training loss there (at the full weights, not
    at the projection). `diverged`: the run stopped early at NaN or infinite numbers."""

    optimizer: str  # its registry name
    points: np.ndarray
    losses: np.ndarray
    diverged: bool


def chosen_directions(network: Network, first: Parameter, second: Parameter) -> Directions:
    """Unit directions along two parameters (or plain (layer, name, index) tuples, as the
    canvas's edit signal carries them); the span reaches twice the larger one's size (at
    least 1), so the map shows where each weight would be 0."""
    if Parameter(*first) == Parameter(*second):
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "pick two different parameters for the loss surface"))
    units = [_unit_direction(network, Parameter(*choice)) for choice in (first, second)]
    theta = network.packed()
    largest = max(abs(float(theta @ unit)) for unit in units)
    return Directions(
        units[0], units[1], max(1.0, 2.0 * largest), (Parameter(*first), Parameter(*second))
    )


def _unit_direction(network: Network, choice: Parameter) -> np.ndarray:
    layers = len(network.spec.layers)
    if not 0 <= choice.layer < layers:
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "there is no layer {0}; the network has {1}"), choice.layer, layers)
    if choice.name not in ("W", "b"):
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "a loss-surface parameter is a weight W or a bias b, not {0}"),
            repr(choice.name))
    direction = np.zeros_like(network.packed())
    block = network.views(direction)[0][choice.layer]
    array = block[:-1] if choice.name == "W" else block[-1]
    index = tuple(choice.index)
    if len(index) != array.ndim or not all(0 <= i < n for i, n in zip(index, array.shape)):
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "layer {0} {1} has shape {2}; no index {3}"),
            choice.layer, choice.name, array.shape, index)
    array[index] = 1.0
    return direction


def random_directions(network: Network, seed: int = 0) -> Directions:
    """Two orthogonal random directions, normalised per layer (Li et al., 2018): in each layer
    the second direction's weights are made orthogonal to the first's, then both are scaled
    to the norm of that layer's weights. Biases and learned activation parameters get 0, as
    in the paper, so a layer's share of the plane matches its scale. The same seed gives the
    same directions."""
    rng = np.random.default_rng([seed, 2])
    theta = network.packed()
    first, second = rng.standard_normal((2, len(theta)))
    mask = network.weight_mask()
    first *= mask
    second *= mask
    for weights, one, two in zip(
        network.views(theta)[0], network.views(first)[0], network.views(second)[0]
    ):
        one, two = one[:-1], two[:-1]  # the weight rows; the bias row stays 0
        drawn = np.linalg.norm(two)
        two -= (np.vdot(one, two) / np.vdot(one, one)) * one
        if np.linalg.norm(two) < 1e-9 * drawn:  # a single weight: no room for a second axis
            two[...] = 0.0
        scale = np.linalg.norm(weights[:-1])
        for direction in (one, two):
            length = np.linalg.norm(direction)
            direction *= scale / length if length > 0 else 0.0
    if not (np.any(first) and np.any(second)):
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "random directions need non-zero weights in some layer with at least two "
            "of them"))
    return Directions(first, second, RANDOM_SPAN, seed=seed)


def loss_surface(
    network: Network,
    x: np.ndarray,
    y: np.ndarray,
    directions: Directions,
    span: float | None = None,
    resolution: int = 41,
) -> LossSurface:
    """The loss on the rows `x`, `y` (feature columns and targets, as the trainer takes them)
    over a `resolution` × `resolution` grid around the current weights (odd, so the centre is
    on it), a and b in [−span, span] (default: the directions' own span), and the negative
    gradient there, projected on the plane. The cost grows with rows × resolution²: 41×41 on
    250 rows of the largest playground network is about a tenth of a second."""
    if resolution < 3 or resolution % 2 == 0:
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "the loss surface needs an odd resolution of at least 3, not {0}"),
            resolution)
    span = directions.span if span is None else float(span)
    if not (np.isfinite(span) and span > 0):
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "the loss surface's span must be a positive number, not {0}"), span)
    if len(x) == 0:
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "the loss surface needs at least one training point"))
    private = Network(network.spec, params=network.params)
    theta = private.flat.copy()
    middle = resolution // 2
    offsets = span * np.arange(-middle, middle + 1) / middle
    a_values, b_values = np.repeat(offsets, resolution), np.tile(offsets, resolution)
    with np.errstate(over="ignore", invalid="ignore"):  # far out the loss may be infinite
        grid = _grid_losses(private, x, y, directions, a_values, b_values)
    forward = private.forward(x)
    gradient = _flat_gradient(private, private.backward(forward, y).grads)
    arrow = -np.array([directions.first @ gradient, directions.second @ gradient])
    return LossSurface(directions, theta, offsets, grid.reshape(resolution, resolution), arrow)


def _flat_gradient(network: Network, grads: list[LayerParams]) -> np.ndarray:
    """Per-layer gradients as one flat array laid out like `network.packed()`."""
    flat = np.zeros_like(network.flat)
    blocks, learned = network.views(flat)
    for block, extra, grad in zip(blocks, learned, grads):
        block[:-1], block[-1] = grad["W"], grad["b"]
        for name, value in extra.items():
            value[...] = grad[name]
    return flat


def _grid_losses(
    network: Network, x: np.ndarray, y: np.ndarray, directions: Directions,
    a_values: np.ndarray, b_values: np.ndarray,
) -> np.ndarray:
    """The loss at θ + a·d1 + b·d2 for each pair (a_values[k], b_values[k]).

    A chunk of grid points goes through the layers together: each point's blocks
    [W; b] + a·D1 + b·D2 are small, so they are made for every point of the chunk at once and
    one stacked matrix product per layer gives every point's z. Learned activation parameters
    stay at their current value (the directions are 0 there)."""
    hyper = hyperparameters(network)
    firsts, seconds = network.views(directions.first)[0], network.views(directions.second)[0]
    rows = len(x)
    per_chunk = min(len(a_values), max(1, GRID_ROWS // rows))
    inputs = [with_ones(x)]  # the first layer's input is the same for every point
    for layer in network.spec.hidden:
        inputs.append(np.ones((per_chunk, rows, layer.units + 1)))
    zs = [np.empty((per_chunk, rows, block.shape[1])) for block in network.blocks]
    losses = np.empty(len(a_values))
    last = len(network.blocks) - 1
    for start in range(0, len(a_values), per_chunk):
        a = a_values[start : start + per_chunk, np.newaxis, np.newaxis]
        b = b_values[start : start + per_chunk, np.newaxis, np.newaxis]
        points = len(a)
        for index, activation in enumerate(network.activations):
            blocks = a * firsts[index]
            blocks += network.blocks[index]
            blocks += b * seconds[index]
            source = inputs[index] if index == 0 else inputs[index][:points]
            z = np.matmul(source, blocks, out=zs[index][:points])
            if index == last:
                output = activation.forward(z, hyper[index])
            else:
                activation.forward_into(z, inputs[index + 1][:points, :, :-1], hyper[index])
        for k in range(points):
            losses[start + k] = network.head.value(z[k], output[k], y)
    return losses


def optimizer_paths(
    network: Network,
    x: np.ndarray,
    y: np.ndarray,
    surface: LossSurface,
    settings: TrainSettings,
    steps: int = PATH_STEPS,
    optimizers: Sequence[str] | None = None,
) -> list[OptimizerPath]:
    """Every registered optimizer (or those named) run for `steps` full-batch steps on `x`,
    `y` from the surface's centre, with the learning rate and the optimizer settings of
    `settings` (its optimizer, batch size and regularization are not used: each path
    descends the data loss the surface shows), each path projected onto the surface's plane.
    Full batch, so the paths are those of the surface drawn, not of one shuffle."""
    if steps < 1:
        raise text_error(SpecError, QT_TRANSLATE_NOOP(
            "Errors", "an optimizer path needs at least one step, not {0}"), steps)
    names = OPTIMIZERS.names() if optimizers is None else list(optimizers)
    private = Network(network.spec, params=network.params)
    paths = []
    for name in names:
        np.copyto(private.flat, surface.centre)
        with np.errstate(over="ignore", invalid="ignore"):  # divergence ends the path
            points, losses = _descend(private, x, y, make_optimizer(name), settings, steps)
        paths.append(
            OptimizerPath(name, surface.project(points), np.array(losses), len(losses) <= steps)
        )
    return paths


def _descend(
    network: Network, x: np.ndarray, y: np.ndarray, optimizer: Optimizer,
    settings: TrainSettings,
    steps: int,
) -> tuple[list[np.ndarray], list[float]]:
    """The weights before each of `steps` steps and after the last, with their losses,
    stopping before the first that is not finite."""
    points, losses = [], []
    for step in range(steps + 1):
        forward = network.forward(x)
        loss = network.loss_value(forward, y)
        if not (np.isfinite(loss) and np.isfinite(network.flat).all()):
            break
        points.append(network.flat.copy())
        losses.append(loss)
        if step == steps:
            break
        gradient = _flat_gradient(network, network.backward(forward, y).grads)
        optimizer.step([network.flat], [gradient], settings)
    return points, losses
