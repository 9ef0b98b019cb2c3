"""What the canvas's links show: each weight w, its gradient ∂L/∂w, or its last update Δw.

One small record per mode, in a registry that drives the canvas's switch, its legend and the
links' styles: width by magnitude against the network's largest, colour by sign.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...engine.texts import QT_TRANSLATE_NOOP
from ...workers.snapshot import Snapshot
from ..language import translate, translated
from ..numbers import number


@dataclass(frozen=True)
class LinkMode:
    """One thing the links can show: `source` names the snapshot's per-layer parameters it
    reads, `symbol` how the legend writes one value, `missing` why a snapshot has none (the
    texts marked for translation in LINK_CONTEXT)."""

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
            return translated(self.missing, LINK_CONTEXT)
        return translate("LinkModes", "width: |{0}| up to {1}").format(
            self.symbol, number(largest, 2))


LINK_CONTEXT = "LinkModes"
LINK_MODES: dict[str, LinkMode] = {
    mode.key: mode
    for mode in (
        LinkMode("weight", QT_TRANSLATE_NOOP("LinkModes", "weight w"), "w", "weights",
                 QT_TRANSLATE_NOOP("LinkModes",
                                   "Links: width shows |w|, colour the sign of the weight."),
                 QT_TRANSLATE_NOOP("LinkModes", "no weights yet")),
        LinkMode("gradient", QT_TRANSLATE_NOOP("LinkModes", "gradient ∂L/∂w"), "∂L/∂w",
                 "gradients",
                 QT_TRANSLATE_NOOP(
                     "LinkModes",
                     "Links: width shows |∂L/∂w| over the training set, colour its sign. Thin "
                     "links near the input while those near the output are wide: a vanishing "
                     "gradient."),
                 QT_TRANSLATE_NOOP("LinkModes", "no gradients yet")),
        LinkMode("update", QT_TRANSLATE_NOOP("LinkModes", "last update Δw"), "Δw", "last_update",
                 QT_TRANSLATE_NOOP(
                     "LinkModes",
                     "Links: width shows |Δw|, how much the last epoch changed each weight, "
                     "colour the sign of the change."),
                 QT_TRANSLATE_NOOP("LinkModes", "no update yet: train an epoch")),
    )
}
DEFAULT_LINK_MODE = "weight"
