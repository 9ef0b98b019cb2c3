"""The inspector's text: steps of the walkthrough as HTML, numbers in the user's locale."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from ...engine.walkthrough import Quantity, Step

CURRENT_BACKGROUND = "#fff4c2"
SIGNIFICANT_DIGITS = 4
EXPONENT = re.compile(r"[eE]([+-])0*(\d+)")  # 1e-06 → 1e−6, 2e+10 → 2e10


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def number(value: float, digits: int = SIGNIFICANT_DIGITS) -> str:
    """`value` to `digits` significant digits in the locale's format, with a true minus."""
    text = QLocale().toString(float(value), "g", digits)
    return EXPONENT.sub(lambda m: "e" + ("−" if m[1] == "-" else "") + m[2], text).replace(
        "-", "−")


def equation(step: Step, formatter: Callable[[float], str] = number) -> str:
    return escape(step.equation(formatter))


QUANTITY_NAMES = {
    Quantity.Z: "weighted sum z",
    Quantity.A: "activation a = f(z)",
    Quantity.LOSS: "loss",
    Quantity.UPSTREAM: "upstream gradient ∂L/∂a",
    Quantity.LOCAL: "local gradient f′(z)",
    Quantity.DOWNSTREAM: "downstream gradient ∂L/∂z = f′(z) · ∂L/∂a",
    Quantity.WEIGHT_GRADIENT: "weight gradient ∂L/∂w = a_prev · ∂L/∂z",
    Quantity.BIAS_GRADIENT: "bias gradient ∂L/∂b = ∂L/∂z",
    Quantity.LEARNED_GRADIENT: "gradient of a learned activation parameter",
    Quantity.INPUT_GRADIENT: "gradient reaching the input ∂L/∂x",
    Quantity.NEW_WEIGHT: "updated weight w − α·∂L/∂w",
    Quantity.NEW_BIAS: "updated bias b − α·∂L/∂b",
}


def quantity_name(quantity: Quantity) -> str:
    return tr(QUANTITY_NAMES[quantity])


def step_rows(steps: Iterable[Step], highlight: bool = False) -> str:
    """Steps as table rows: what is computed, then its equation with the numbers."""
    background = f" style='background:{CURRENT_BACKGROUND}'" if highlight else ""
    return "".join(
        f"<tr{background}><td style='color:#666; padding-right:8px'>"
        f"{escape(quantity_name(step.quantity))}</td><td>{equation(step)}</td></tr>"
        for step in steps
    )


def table(rows: str) -> str:
    return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"


def paragraph(text: str, colour: str = "") -> str:
    style = f" style='color:{colour}'" if colour else ""
    return f"<p{style}>{escape(text)}</p>"
