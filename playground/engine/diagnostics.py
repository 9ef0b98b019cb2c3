"""Gradient health: per-layer statistics of the whole training set at the current weights.

Per layer, input side first: the mean |∂L/∂W| (the one chain rule's whole-set gradients, of the
data loss alone), the mean |W|, the epoch's update-to-weight ratio ‖ΔW‖/‖W‖, and from one forward
pass which neurons are dead (an activation that can die, such as ReLU, with f′(z) = 0 for every
training sample) or saturated (sigmoid, tanh: f′(z) below 5 % of its peak for most samples),
with histograms of W, z, a and ∂L/∂W; and the warnings these numbers call for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .backprop import hyperparameters
from .buffered import WholeSet
from .history import History
from .network import LayerParams, Network
from .texts import QT_TRANSLATE_NOOP
from .training_warnings import Evidence, TrainingWarning, training_warnings

SATURATED_SLOPE = 0.05  # f′ below this share of its peak is saturated
SATURATED_SAMPLES = 0.5  # a neuron saturated for more than this share of samples is flagged
HISTOGRAM_BINS = 30
HISTOGRAM_KINDS = ("weights", "z", "a", "gradients")

# Plain strings marked for translation: the canvas's tooltip translates them in "Diagnostics".
DEAD_MEANING = QT_TRANSLATE_NOOP(
    "Diagnostics",
    "Dead: this neuron's input z is at or below 0 for every training point, so its output is "
    "constant and its gradient is exactly 0: it no longer learns, and nothing brings it back. "
    "Try Leaky ReLU, PReLU or ELU, a smaller learning rate, or He initialisation."
)
SATURATED_MEANING = QT_TRANSLATE_NOOP(
    "Diagnostics",
    "Saturated: for most training points this neuron's z is so far from 0 that f′(z) is below "
    "5 % of its largest value, so almost no gradient passes through it and it learns very "
    "slowly. Try a smaller learning rate, Xavier initialisation, inputs on a smaller scale, or "
    "ReLU in the hidden layers."
)


@dataclass(frozen=True)
class Histogram:
    """Counts of values in equal bins: counts (bins,), edges (bins + 1,)."""

    counts: np.ndarray
    edges: np.ndarray


@dataclass(frozen=True)
class LayerHealth:
    """One layer's gradient health. Per-neuron arrays have shape (units,); a share is NaN and
    a flag False where the layer's activation cannot die (active_share, dead) or does not
    saturate (saturated_share, saturated)."""

    grad_mean_abs: float  # mean |∂L/∂W| over the training set
    weight_mean_abs: float  # mean |W|
    update_ratio: float  # ‖ΔW‖/‖W‖ of the last epoch; NaN when not recorded
    active_share: np.ndarray  # share of training samples with f′(z) > 0
    saturated_share: np.ndarray  # share of training samples with f′(z) < 5 % of the peak
    dead: np.ndarray  # bool: active for no training sample
    saturated: np.ndarray  # bool: saturated for most training samples
    histograms: Mapping[str, Histogram]  # by HISTOGRAM_KINDS; z and a of the first chunk


@dataclass(frozen=True)
class Diagnostics:
    """Every layer's health, input side first, and the warnings training calls for now."""

    layers: tuple[LayerHealth, ...]
    warnings: tuple[TrainingWarning, ...]


def mean_abs_gradients(grads: Sequence[LayerParams]) -> tuple[float, ...]:
    """Per layer, the mean |∂L/∂W|."""
    return tuple(float(np.mean(np.abs(layer["W"]))) for layer in grads)


def update_ratios(network: Network, before: np.ndarray) -> tuple[float, ...]:
    """Per layer ‖ΔW‖/‖W‖ from the flat parameters `before` (laid out like `packed()`) to now;
    NaN for a layer whose weights are all 0."""
    blocks = network.views(before)[0]
    ratios = []
    for layer, old in zip(network.params, blocks):
        norm = float(np.linalg.norm(layer["W"]))
        change = float(np.linalg.norm(layer["W"] - old[:-1]))
        ratios.append(change / norm if norm > 0 else float("nan"))
    return tuple(ratios)


def _histogram(values: np.ndarray) -> Histogram:
    """The finite values' histogram in equal bins from the least to the largest (z overflows
    to ±inf for huge weights), as np.histogram bins them; counted with bincount, which on
    arrays this small takes a third of np.histogram's time (it runs at every snapshot)."""
    finite = values[np.isfinite(values)]
    low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 0.0)
    if not high / 2 - low / 2 > 1e-300:  # one value (or all but): a bin around it, of width
        spread = max(0.5, abs(low) * 2.0**-40)  # 1 or, past 2**40, wide enough to tell its
        # edges apart (1e20 ± 0.5 is 1e20); a span of a few subnormals has no finite scale
        low, high = low - spread, high + spread
    # In halves: the values' span, from −1e308 to 1e308 say, may not fit a float.
    index = ((finite / 2 - low / 2) * (HISTOGRAM_BINS / (high / 2 - low / 2))).astype(np.intp)
    np.minimum(index, HISTOGRAM_BINS - 1, out=index)  # the largest value closes the last bin
    counts = np.bincount(index.ravel(), minlength=HISTOGRAM_BINS)
    return Histogram(counts, np.linspace(low, high, HISTOGRAM_BINS + 1))


class _NeuronCounts:
    """Per layer, running counts over chunks of the samples each neuron is active and
    saturated for."""

    def __init__(self, network: Network) -> None:
        self.network = network
        last = len(network.activations) - 1
        self.dies = [act.can_die and act.elementwise for act in network.activations]
        # A fused output (sigmoid + BCE, softmax + CE) passes no f′ back: there a confident
        # output is simply right, not stuck.
        self.saturates = [
            act.peak_slope is not None and not (index == last and network.head.fused)
            for index, act in enumerate(network.activations)
        ]
        units = [layer.units for layer in network.spec.layers]
        self.active = [np.zeros(width) for width in units]
        self.flat = [np.zeros(width) for width in units]
        self.samples = 0

    def add(self, zs: Sequence[np.ndarray], outputs: Sequence[np.ndarray]) -> None:
        hyper = hyperparameters(self.network)
        for index, activation in enumerate(self.network.activations):
            if not (self.dies[index] or self.saturates[index]):
                continue
            slope = activation.local_gradient(zs[index], outputs[index], hyper[index])
            if self.dies[index]:
                self.active[index] += np.count_nonzero(slope > 0, axis=0)
            if self.saturates[index]:
                peak = activation.peak_slope
                self.flat[index] += np.count_nonzero(slope < SATURATED_SLOPE * peak, axis=0)
        self.samples += len(zs[0])

    def shares(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Layer `index`'s (active_share, saturated_share)."""
        nan = np.full_like(self.active[index], np.nan)
        active = self.active[index] / self.samples if self.dies[index] else nan
        flat = self.flat[index] / self.samples if self.saturates[index] else nan
        return active, flat


def diagnose(
    network: Network, train_set: WholeSet, history: History, task: str
) -> Diagnostics:
    """The health of `network` on its training set, with warnings from the recent epochs of
    `history` (whose last row gives the update ratios)."""
    grads = train_set.gradients()
    counts = _NeuronCounts(network)
    first: tuple[list[np.ndarray], list[np.ndarray]] | None = None
    for zs, outputs in train_set.layer_values():
        counts.add(zs, outputs)
        if first is None:
            first = ([z.copy() for z in zs], [a.copy() for a in outputs])
    assert first is not None  # a training set has rows
    ratios = history.layer_series("update_ratio")
    layers = []
    for index, (params, grad) in enumerate(zip(network.params, grads)):
        active, flat = counts.shares(index)
        ratio = ratios[-1, index] if len(history) and index < history.n_layers else np.nan
        layers.append(LayerHealth(
            grad_mean_abs=float(np.mean(np.abs(grad["W"]))),
            weight_mean_abs=float(np.mean(np.abs(params["W"]))),
            update_ratio=float(ratio),
            active_share=active,
            saturated_share=flat,
            dead=active == 0,  # NaN compares False
            saturated=flat > SATURATED_SAMPLES,
            histograms={
                "weights": _histogram(params["W"]),
                "z": _histogram(first[0][index]),
                "a": _histogram(first[1][index]),
                "gradients": _histogram(grad["W"]),
            },
        ))
    evidence = Evidence(network.spec, task, history, tuple(layer.dead for layer in layers))
    return Diagnostics(tuple(layers), tuple(training_warnings(evidence)))


def neuron_notes(health: Diagnostics, layer: int, unit: int) -> list[str]:
    """What a neuron's badges mean and what to try, for its tooltip: none when it has none."""
    found = health.layers[layer]
    notes = []
    if found.dead[unit]:
        notes.append(DEAD_MEANING)
    if found.saturated[unit]:
        notes.append(SATURATED_MEANING)
    return notes
