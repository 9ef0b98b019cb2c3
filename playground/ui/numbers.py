"""Numbers as a person reads them in the app: the locale's format, a true minus sign, and
exponents without padding (1e−6, not 1e-06)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

SIGNIFICANT_DIGITS = 4  # the precision of a hand calculation
EXPONENT = re.compile(r"[eE]([+-])0*(\d+)")


def number(value: float, digits: int = SIGNIFICANT_DIGITS) -> str:
    """`value` to `digits` significant digits in the locale's format."""
    text = QLocale().toString(float(value), "g", digits)
    text = EXPONENT.sub(lambda m: "e" + ("−" if m[1] == "-" else "") + m[2], text)
    return text.replace("-", "−")
