"""Colours of the canvas as pure NumPy: the diverging orange–white–blue map for neuron images,
and the width and colour of a link by its weight (orange negative, blue positive)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from ...engine.activations import ACTIVATIONS
from ...engine.features import FEATURES

NEGATIVE = (245, 147, 34)  # orange
NEUTRAL = (246, 246, 244)  # near white
POSITIVE = (8, 119, 189)  # blue
LINK_MIN_WIDTH = 0.6  # a zero weight still shows where the link is
LINK_MIN_ALPHA = 0.3


def _diverging_table(levels: int = 257) -> np.ndarray:
    t = np.linspace(-1.0, 1.0, levels)[:, None]
    neutral, negative, positive = (
        np.array(c, dtype=np.float64) for c in (NEUTRAL, NEGATIVE, POSITIVE)
    )
    rgb = np.where(t < 0, neutral + (negative - neutral) * -t, neutral + (positive - neutral) * t)
    return np.round(rgb).astype(np.uint8)


# A lookup table: colouring a map is one index per pixel. Odd length: the centre is white.
_DIVERGING = _diverging_table()


def lut_colours(
    values: np.ndarray, low: float, high: float, lut: np.ndarray, nan_row: int = 0
) -> np.ndarray:
    """`lut`'s colour for each value: [low, high] spread evenly over its rows, values beyond
    either end taking the end colours, NaN the colour in row `nan_row`."""
    rows = len(lut)
    with np.errstate(invalid="ignore", over="ignore"):  # huge values just take the end colour
        index = np.multiply(values, rows / (high - low), dtype=np.float32)  # plenty for colours
        index -= np.float32(low * rows / (high - low))
        np.clip(index, 0, rows - 1, out=index)
    index[np.isnan(index)] = nan_row
    return lut[index.astype(np.intp)]


def hex_colour(rgb: Sequence[int] | np.ndarray) -> str:
    """"#rrggbb" for an RGB triple of 0…255 (ints or a uint8 array), as Qt rich text reads it."""
    return "#{:02x}{:02x}{:02x}".format(*(int(c) for c in rgb))


def diverging_rgb(values: np.ndarray, centre: float = 0.0, half_width: float = 1.0) -> np.ndarray:
    """uint8 RGB of shape values.shape + (3,): `centre` is white, ±`half_width` full colour."""
    half_width = max(half_width, 1e-12)
    middle = len(_DIVERGING) // 2  # NaN, like the centre, is white
    return lut_colours(values, centre - half_width, centre + half_width, _DIVERGING, middle)


def activation_range(name: str) -> tuple[float, float] | None:
    """The activation's output range when it is a bounded interval, read from its
    `value_range` text ("(0, 1)", "[−1, 1]", "{0, 1}"); None when it is not."""
    if name not in ACTIVATIONS:
        return None
    text = ACTIVATIONS[name].value_range.replace("−", "-").replace("∞", "inf")
    interval = re.match(r"\s*[([{]([^,]+),([^)\]}]+)[)\]}]", text)
    if interval is None:
        return None
    try:
        low, high = float(interval[1]), float(interval[2])
    except ValueError:
        return None
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return None
    return low, high


def layer_scale(activation: str, maps: np.ndarray) -> tuple[float, float]:
    """(centre, half_width) that colours a layer's neuron maps.

    A bounded activation is coloured over its whole range (sigmoid: 0.5 is white); an unbounded
    one symmetrically around 0 by the layer's largest |a|, so neurons of a layer compare.
    """
    bounded = activation_range(activation)
    if bounded is not None:
        low, high = bounded
        return (low + high) / 2, (high - low) / 2
    finite = np.asarray(maps)[np.isfinite(maps)]
    largest = float(np.max(np.abs(finite))) if finite.size else 0.0
    return 0.0, largest if largest > 0 else 1.0


def feature_map(
    name: str, extent: tuple[float, float, float, float], resolution: int
) -> np.ndarray | None:
    """Feature `name` over the input plane, (resolution, resolution), row 0 at the bottom; None
    for a feature the registry does not compute (a raw CSV column)."""
    if name not in FEATURES:
        return None
    xmin, xmax, ymin, ymax = extent
    xs = np.linspace(xmin, xmax, resolution)
    ys = np.linspace(ymin, ymax, resolution)
    grid_x, grid_y = np.meshgrid(xs, ys)
    points = np.column_stack([grid_x.ravel(), grid_y.ravel()])
    return np.asarray(FEATURES[name].compute(points), dtype=np.float64).reshape(grid_x.shape)


def link_styles(
    weights: np.ndarray, largest: float, max_width: float, background: tuple[int, int, int]
) -> tuple[np.ndarray, np.ndarray]:
    """Pen widths and RGB colours (uint8, shape + (3,)) for an array of weights.

    Width grows with |w| relative to `largest` (the network's largest |w|), from a visible
    minimum; the colour is the sign's, fading into `background` for smaller weights. The fade is
    mixed here rather than drawn with transparency: opaque strokes paint twice as fast.
    """
    w = np.nan_to_num(np.asarray(weights, dtype=np.float64))
    share = np.abs(w) / largest if largest > 0 else np.zeros_like(w)
    share = np.clip(share, 0.0, 1.0)
    widths = LINK_MIN_WIDTH + (max_width - LINK_MIN_WIDTH) * share
    rgb = np.where((w < 0)[..., None], np.array(NEGATIVE), np.array(POSITIVE))
    opacity = (LINK_MIN_ALPHA + (1 - LINK_MIN_ALPHA) * share)[..., None]
    mixed = opacity * rgb + (1 - opacity) * np.array(background, dtype=np.float64)
    return widths, np.round(mixed).astype(np.uint8)


def unit_means(matrix: np.ndarray, units: int) -> np.ndarray:
    """Columns averaged over each unit's pieces: (…, units·pieces) → (…, units) (maxout)."""
    pieces = matrix.shape[-1] // units
    return matrix.reshape(*matrix.shape[:-1], units, pieces).mean(axis=-1)
