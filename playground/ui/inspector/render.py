"""The inspector's text: steps of the walkthrough as HTML, numbers in the user's locale."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from ...engine.walkthrough import Quantity, Step
from ..numbers import number
from ..theme import MID_GREY

CURRENT_BACKGROUND = "#fff4c2"  # with dark text on it, in either theme
LABEL_WIDTH = 12  # characters of the step lists' first column


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def equation(step: Step, formatter: Callable[[float], str] = number) -> str:
    return escape(step.equation(formatter))


# What each step computes: a short name for the step lists, and the longer one for tooltips
# and the exercise's questions.
QUANTITY_NAMES = {
    Quantity.Z: ("sum z", "weighted sum z = Σ w·x + b"),
    Quantity.A: ("output a", "activation a = f(z)"),
    Quantity.LOSS: ("loss", "loss"),
    Quantity.UPSTREAM: ("upstream", "upstream gradient ∂L/∂a"),
    Quantity.LOCAL: ("local", "local gradient f′(z)"),
    Quantity.DOWNSTREAM: ("downstream", "downstream gradient ∂L/∂z = f′(z) · ∂L/∂a"),
    Quantity.WEIGHT_GRADIENT: ("weight grad.", "weight gradient ∂L/∂w = a_prev · ∂L/∂z"),
    Quantity.BIAS_GRADIENT: ("bias grad.", "bias gradient ∂L/∂b = ∂L/∂z"),
    Quantity.LEARNED_GRADIENT: ("α grad.", "gradient of a learned activation parameter"),
    Quantity.INPUT_GRADIENT: ("to input", "gradient reaching the input ∂L/∂x"),
    Quantity.NEW_WEIGHT: ("new weight", "updated weight w − α·∂L/∂w"),
    Quantity.NEW_BIAS: ("new bias", "updated bias b − α·∂L/∂b"),
}


def quantity_name(quantity: Quantity, short: bool = False) -> str:
    return tr(QUANTITY_NAMES[quantity][0 if short else 1])


def step_rows(steps: Iterable[Step], highlight: bool = False) -> str:
    """Steps as lines: what is computed (in a fixed-width column), then its equation with the
    numbers. Lines rather than a table: Qt lays them out several times faster, which matters
    while the inspector follows training."""
    background = f"background:{CURRENT_BACKGROUND}; color:#202020;" if highlight else ""
    lines = []
    for step in steps:
        label = quantity_name(step.quantity, short=True).ljust(LABEL_WIDTH).replace(" ", "&nbsp;")
        lines.append(
            f"<div style='{background}margin:1px 0'><span style='font-family:monospace; "
            f"color:{MID_GREY}' title='{escape(quantity_name(step.quantity))}'>{label}</span> "
            f"{equation(step)}</div>")
    return "".join(lines)




def paragraph(text: str, colour: str = "") -> str:
    style = f" style='color:{colour}'" if colour else ""
    return f"<p{style}>{escape(text)}</p>"
