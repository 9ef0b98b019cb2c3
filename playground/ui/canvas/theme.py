"""The canvas's colours, taken from the widget palette so it follows light and dark themes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class Theme:
    """Colours taken from the widget palette, so the canvas follows light and dark themes."""

    background: QColor
    text: QColor
    dim_text: QColor
    node_fill: QColor
    node_border: QColor
    accent: QColor
    selection: QColor
    link_idle: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> Theme:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        accent = palette.color(QPalette.ColorRole.Highlight)
        selection = QColor(accent)
        selection.setAlpha(40)
        dim = QColor(text)
        dim.setAlpha(150)
        idle = QColor(150, 150, 150, 150)
        border = QColor(190, 190, 190) if dark else QColor(110, 110, 110)
        fill = QColor(70, 70, 70) if dark else QColor(236, 236, 236)
        return cls(base, text, dim, fill, border, accent, selection, idle)
