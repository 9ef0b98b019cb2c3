"""What the training worker hands the views: a frozen, self-contained picture of training."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine.diagnostics import Diagnostics
from ..engine.history import History
from ..engine.maps import DEFAULT_EXTENT, Extent
from ..engine.texts import Text
from ..engine.trainer import StopReason


@dataclass(frozen=True)
class Snapshot:
    """The state after `epoch` epochs. Arrays are copies the views may keep.

    weights/gradients: one dict per layer with "W" (fan_in, units·pieces), "b" (units·pieces,)
    and, for PReLU, "alpha" (shape ()). W[i, j] is the weight from input i to unit j.
    neuron_maps: one array per layer of shape (units, resolution, resolution): each neuron's
    output a over the grid; row r is y = grid_extent[2] + r·step (bottom to top), column c is x.
    output_map is the last layer's map folded to what the data view shows: (res, res) for one
    output, or (res, res, k) class probabilities.
    last_update: the change of every parameter in the last epoch, laid out like weights; None
    before the first epoch.
    diagnostics: every layer's gradient health now (dead and saturated neurons, histograms) and
    the warnings of the run so far; the per-epoch gradient statistics are in new_history.
    """

    epoch: int
    new_history: History  # the epochs since the previous snapshot: every epoch reaches one
    weights: tuple[dict[str, np.ndarray], ...]
    gradients: tuple[dict[str, np.ndarray], ...] | None
    grad_norms: tuple[float, ...] | None  # ‖∂L/∂W‖ per layer, input side first
    neuron_maps: tuple[np.ndarray, ...] = ()
    output_map: np.ndarray | None = None
    grid_extent: Extent = DEFAULT_EXTENT  # xmin xmax ymin ymax
    message: str | Text = ""  # e.g. why training stopped (a Text: translatable)
    stop_reason: StopReason | None = None  # why the run ended; None while it may go on
    run: int = 0  # which loaded job it comes from (the controller numbers them)
    diagnostics: Diagnostics | None = None
    last_update: tuple[dict[str, np.ndarray], ...] | None = None
    # (epoch, flat weights laid out like Network.packed()) of the epochs since the previous
    # snapshot, this one's last: every epoch of a small network, fewer of a big one
    new_weights: tuple[tuple[int, np.ndarray], ...] = ()

    @property
    def finished(self) -> bool:
        """The run ended (max epochs, stop-at-loss, divergence)."""
        return self.stop_reason is not None
