"""The inspector's text: steps of the walkthrough as HTML, numbers in the user's locale."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from ...engine.walkthrough import Quantity, Step
from ..numbers import number

CURRENT_BACKGROUND = "#fff4c2"


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
    """Steps as table rows: what is computed, then its equation with the numbers."""
    background = f" style='background:{CURRENT_BACKGROUND}'" if highlight else ""
    return "".join(
        f"<tr{background}><td style='color:#666; padding-right:6px' nowrap "
        f"title='{escape(quantity_name(step.quantity))}'>"
        f"{escape(quantity_name(step.quantity, short=True))}</td><td>{equation(step)}</td></tr>"
        for step in steps
    )


def table(rows: str) -> str:
    return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"


def paragraph(text: str, colour: str = "") -> str:
    style = f" style='color:{colour}'" if colour else ""
    return f"<p{style}>{escape(text)}</p>"
