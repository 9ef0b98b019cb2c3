"""Values read out of a training snapshot for the canvas: parameters, their gradients, tooltips.

Pure functions of a spec and a snapshot, so they are tested without a window. A maxout unit owns
several columns of W (its pieces); the canvas shows their mean and says so. A neuron's badge
("dead" or "saturated") and its meaning come from the snapshot's diagnostics.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ...engine.diagnostics import Diagnostics, neuron_notes
from ...engine.spec import NetworkSpec
from ...engine.texts import QT_TRANSLATE_NOOP
from ...workers.snapshot import Snapshot
from ..language import translate, translated
from .edits import activation_label, short_name

NO_WEIGHTS = QT_TRANSLATE_NOOP("NetworkCanvas", "No weights yet: start training to see them.")


def snapshot_fits(spec: NetworkSpec, snapshot: Snapshot | None) -> bool:
    """True when the snapshot's weights have the shapes of `spec`'s network."""
    if snapshot is None or len(snapshot.weights) != len(spec.layers):
        return False
    fan_in = spec.n_inputs
    for layer, params in zip(spec.layers, snapshot.weights, strict=True):
        W, b = params.get("W"), params.get("b")
        if W is None or b is None or W.ndim != 2 or W.shape[0] != fan_in:
            return False
        if W.shape[1] == 0 or W.shape[1] % layer.units or b.shape != (W.shape[1],):
            return False
        fan_in = layer.units
    return True


def pieces(spec: NetworkSpec, snapshot: Snapshot, layer: int) -> int:
    """How many columns of W each unit of `layer` owns (1 except for maxout)."""
    return snapshot.weights[layer]["W"].shape[1] // spec.layers[layer].units


def _unit_values(
    spec: NetworkSpec, source: dict[str, np.ndarray], layer: int, name: str, index: tuple[int, ...]
) -> float:
    array = source[name]
    k = array.shape[-1] // spec.layers[layer].units
    *rest, j = index
    return float(np.mean(array[(*rest, slice(j * k, j * k + k))]))


def parameter_value(
    spec: NetworkSpec, snapshot: Snapshot | None, layer: int, name: str, index: tuple[int, ...]
) -> float:
    """W[i, j] or b[j] of unit j (the mean over a maxout unit's pieces); 0 without a snapshot."""
    if not snapshot_fits(spec, snapshot):
        return 0.0
    return _unit_values(spec, snapshot.weights[layer], layer, name, index)


def gradient_value(
    spec: NetworkSpec, snapshot: Snapshot | None, layer: int, name: str, index: tuple[int, ...]
) -> float | None:
    """∂L/∂W[i, j] or ∂L/∂b[j] from the latest step, or None when the snapshot has none."""
    if not snapshot_fits(spec, snapshot) or not snapshot.gradients:
        return None
    return _unit_values(spec, snapshot.gradients[layer], layer, name, index)


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.4g}"


def link_name(spec: NetworkSpec, layer: int, i: int, j: int) -> str:
    """ "x1 → Hidden 1 #3": the weight from input i to unit j of `layer`."""
    if layer == 0:
        source = spec.features[i]
    else:
        source = f"{short_name(spec, layer - 1)} #{i + 1}"
    return f"{source} → {short_name(spec, layer)} #{j + 1}"


def link_text(spec: NetworkSpec, snapshot: Snapshot | None, layer: int, i: int, j: int) -> str:
    """Tooltip of the weight from input i to unit j of `layer`."""
    lines = [link_name(spec, layer, i, j)]
    if not snapshot_fits(spec, snapshot):
        lines.append(translate("NetworkCanvas", NO_WEIGHTS))
        return "\n".join(lines)
    w = parameter_value(spec, snapshot, layer, "W", (i, j))
    grad = gradient_value(spec, snapshot, layer, "W", (i, j))
    lines.append(f"w = {_number(w)},  ∂L/∂w = {_number(grad)}")
    k = pieces(spec, snapshot, layer)
    if k > 1:
        lines.append(translate(
            "NetworkCanvas", "Maxout: the mean over this neuron's {0} pieces is shown.").format(k))
    else:
        lines.append(translate("NetworkCanvas", "Click to set this weight."))
    return "\n".join(lines)


def neuron_text(spec: NetworkSpec, snapshot: Snapshot | None, layer: int, j: int) -> str:
    """Tooltip of unit j of `layer`: where it is, its activation, bias and bias gradient."""
    spec_layer = spec.layers[layer]
    lines = [
        translate("NetworkCanvas", "{0}, neuron {1} of {2}").format(
            short_name(spec, layer), j + 1, spec_layer.units),
        translate("NetworkCanvas", "Activation: {0}").format(
            activation_label(spec_layer.activation)),
    ]
    if snapshot_fits(spec, snapshot):
        bias = parameter_value(spec, snapshot, layer, "b", (j,))
        grad = gradient_value(spec, snapshot, layer, "b", (j,))
        lines.append(translate("NetworkCanvas", "Bias b = {0},  ∂L/∂b = {1}").format(
            _number(bias), _number(grad)))
        if pieces(spec, snapshot, layer) > 1:
            lines.append(translate("NetworkCanvas",
                                   "Maxout: the mean over this neuron's pieces is shown."))
        health = snapshot.diagnostics
        if health is not None and _health_fits(health, spec, layer, j):
            lines += [translated(note, "Diagnostics") for note in neuron_notes(health, layer, j)]
    else:
        lines.append(translate("NetworkCanvas", NO_WEIGHTS))
    return "\n".join(lines)


def _health_fits(health: Diagnostics, spec: NetworkSpec, layer: int, j: int) -> bool:
    """The diagnostics have unit j of `layer` (they may be of a network since rebuilt)."""
    return len(health.layers) == len(spec.layers) and j < len(health.layers[layer].dead)


def badge_flags(
    health: Diagnostics | None, units: Sequence[int]
) -> tuple[tuple[str | None, ...], ...]:
    """Per layer of `units` neurons, each neuron's badge: "dead", "saturated" or None. None
    everywhere without diagnostics or with diagnostics of another network's shape."""
    if health is None or [len(layer.dead) for layer in health.layers] != list(units):
        return tuple((None,) * count for count in units)
    return tuple(
        tuple("dead" if dead else "saturated" if saturated else None
              for dead, saturated in zip(layer.dead.tolist(), layer.saturated.tolist()))
        for layer in health.layers
    )
