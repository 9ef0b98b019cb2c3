"""A label whose text changes many times a second without re-laying out the window."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLabel(QWidget):
    """Holds a QLabel that fills it. A QLabel asks its parent's layout to re-lay out on every
    new text, and with it the whole window (the plots included); this holder has no layout,
    so that request stops here. The holder is as tall as one line of the label's font and as
    wide as its layout gives it."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # Opaque: a new text repaints the label alone, not the window and panels under it.
        for widget in (self, label):
            widget.setAutoFillBackground(True)
        self.setToolTip(label.toolTip())

    def sizeHint(self) -> QSize:  # noqa: N802
        margins = self.label.contentsMargins()
        height = self.label.fontMetrics().height() + margins.top() + margins.bottom() + 4
        return QSize(self.label.sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)
