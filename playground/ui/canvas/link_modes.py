"""What the canvas's links show: each weight w, its gradient ∂L/∂w, or its last update Δw.

One small record per mode, in a registry that drives the canvas's switch, its legend and the
links' styles: width by magnitude against the network's largest, colour by sign.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...workers.snapshot import Snapshot
from ..numbers import number


@dataclass(frozen=True)
class LinkMode:
    """One thing the links can show: `source` names the snapshot's per-layer parameters it
    reads, `symbol` how the legend writes one value, `missing` why a snapshot has none."""

    key: str
    label: str
    symbol: str
    source: str
    meaning: str
    missing: str

    def values(self, snapshot: Snapshot) -> tuple[dict[str, np.ndarray], ...] | None:
        """The snapshot's values of this kind, one dict per layer with "W" and "b"; None when
        it has none."""
        return getattr(snapshot, self.source)

    def scale_text(self, largest: float | None) -> str:
        """The legend's scale, e.g. "width: |∂L/∂w| up to 3.2e−3"."""
        if largest is None:
            return self.missing
        return f"width: |{self.symbol}| up to {number(largest, 2)}"


LINK_MODES: dict[str, LinkMode] = {
    mode.key: mode
    for mode in (
        LinkMode("weight", "weight w", "w", "weights",
                 "Links: width shows |w|, colour the sign of the weight.",
                 "no weights yet"),
        LinkMode("gradient", "gradient ∂L/∂w", "∂L/∂w", "gradients",
                 "Links: width shows |∂L/∂w| over the training set, colour its sign. Thin links "
                 "near the input while those near the output are wide: a vanishing gradient.",
                 "no gradients yet"),
        LinkMode("update", "last update Δw", "Δw", "last_update",
                 "Links: width shows |Δw|, how much the last epoch changed each weight, colour "
                 "the sign of the change.",
                 "no update yet: train an epoch"),
    )
}
DEFAULT_LINK_MODE = "weight"
