"""The inspector's text: steps of the walkthrough as HTML, numbers in the user's locale."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from html import escape

from ...engine.texts import QT_TRANSLATE_NOOP
from ...engine.walkthrough import Quantity, Step
from ..language import translate
from ..numbers import number
from ..theme import MID_GREY

CURRENT_BACKGROUND = "#fff4c2"  # with dark text on it, in either theme
LABEL_WIDTH = 12  # characters of the step lists' first column


def equation(step: Step, formatter: Callable[[float], str] = number) -> str:
    return escape(step.equation(formatter))


# What each step computes: a short name for the step lists, and the longer one for tooltips
# and the exercise's questions.
QUANTITY_NAMES = {
    Quantity.Z: (
        QT_TRANSLATE_NOOP("Inspector", "sum z"),
        QT_TRANSLATE_NOOP("Inspector", "weighted sum z = Σ w·x + b"),
    ),
    Quantity.A: (
        QT_TRANSLATE_NOOP("Inspector", "output a"),
        QT_TRANSLATE_NOOP("Inspector", "activation a = f(z)"),
    ),
    Quantity.LOSS: (
        QT_TRANSLATE_NOOP("Inspector", "loss"),
        QT_TRANSLATE_NOOP("Inspector", "loss"),
    ),
    Quantity.UPSTREAM: (
        QT_TRANSLATE_NOOP("Inspector", "upstream"),
        QT_TRANSLATE_NOOP("Inspector", "upstream gradient ∂L/∂a"),
    ),
    Quantity.LOCAL: (
        QT_TRANSLATE_NOOP("Inspector", "local"),
        QT_TRANSLATE_NOOP("Inspector", "local gradient f′(z)"),
    ),
    Quantity.DOWNSTREAM: (
        QT_TRANSLATE_NOOP("Inspector", "downstream"),
        QT_TRANSLATE_NOOP("Inspector", "downstream gradient ∂L/∂z = f′(z) · ∂L/∂a"),
    ),
    Quantity.WEIGHT_GRADIENT: (
        QT_TRANSLATE_NOOP("Inspector", "weight grad."),
        QT_TRANSLATE_NOOP("Inspector", "weight gradient ∂L/∂w = a_prev · ∂L/∂z"),
    ),
    Quantity.BIAS_GRADIENT: (
        QT_TRANSLATE_NOOP("Inspector", "bias grad."),
        QT_TRANSLATE_NOOP("Inspector", "bias gradient ∂L/∂b = ∂L/∂z"),
    ),
    Quantity.LEARNED_GRADIENT: (
        QT_TRANSLATE_NOOP("Inspector", "α grad."),
        QT_TRANSLATE_NOOP("Inspector", "gradient of a learned activation parameter"),
    ),
    Quantity.INPUT_GRADIENT: (
        QT_TRANSLATE_NOOP("Inspector", "to input"),
        QT_TRANSLATE_NOOP("Inspector", "gradient reaching the input ∂L/∂x"),
    ),
    Quantity.NEW_WEIGHT: (
        QT_TRANSLATE_NOOP("Inspector", "new weight"),
        QT_TRANSLATE_NOOP("Inspector", "updated weight w − α·∂L/∂w"),
    ),
    Quantity.NEW_BIAS: (
        QT_TRANSLATE_NOOP("Inspector", "new bias"),
        QT_TRANSLATE_NOOP("Inspector", "updated bias b − α·∂L/∂b"),
    ),
}


def quantity_name(quantity: Quantity, short: bool = False) -> str:
    return translate("Inspector", QUANTITY_NAMES[quantity][0 if short else 1])


def columns(text: str) -> int:
    """The columns `text` takes in a fixed-width font: Hangul and other wide characters two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def step_rows(steps: Iterable[Step], highlight: bool = False) -> str:
    """Steps as lines: what is computed (in a fixed-width column), then its equation with the
    numbers. Lines rather than a table: Qt lays them out several times faster, which matters
    while the inspector follows training."""
    background = f"background:{CURRENT_BACKGROUND}; color:#202020;" if highlight else ""
    width = max(LABEL_WIDTH, *(columns(quantity_name(kind, short=True)) for kind in Quantity))
    lines = []
    for step in steps:
        name = quantity_name(step.quantity, short=True)
        label = escape(name).replace(" ", "&nbsp;") + "&nbsp;" * (width - columns(name))
        lines.append(
            f"<div style='{background}margin:1px 0'><span style='font-family:monospace; "
            f"color:{MID_GREY}' title='{escape(quantity_name(step.quantity))}'>{label}</span> "
            f"{equation(step)}</div>")
    return "".join(lines)




def paragraph(text: str, colour: str = "") -> str:
    style = f" style='color:{colour}'" if colour else ""
    return f"<p{style}>{escape(text)}</p>"
