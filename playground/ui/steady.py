"""A label whose text changes many times a second without re-laying out the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLabel(QWidget):
    """Holds a QLabel that fills it. A QLabel asks its parent's layout to re-lay out on every
    new text, and with it the whole window (the plots included); this holder has no layout,
    so that request stops here. The holder is as tall as one line of the label's font and as
    wide as its layout gives it; with `max_lines` above 1, a text too long for one line wraps
    and the holder grows to up to that many lines (a re-layout only when the count changes)."""

    def __init__(self, label: QLabel, parent: QWidget | None = None, max_lines: int = 1) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.setWordWrap(max_lines > 1)
        self._max_lines, self._lines = max_lines, 1
        self._fitted_text = label.text()
        if max_lines > 1:
            label.installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # Opaque: a new text repaints the label alone, not the window and panels under it.
        for widget in (self, label):
            widget.setAutoFillBackground(True)
        self.setToolTip(label.toolTip())

    def lines(self) -> int:
        """How many lines of text the holder is tall."""
        return self._lines

    def sizeHint(self) -> QSize:  # noqa: N802
        margins = self.label.contentsMargins()
        height = (self.label.fontMetrics().lineSpacing() * self._lines
                  + margins.top() + margins.bottom() + 4)
        return QSize(self.label.sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.sizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A new text is painted: then (and only for a new one) count its lines again.
        if event.type() == QEvent.Type.Paint and self.label.text() != self._fitted_text:
            self._fitted_text = self.label.text()
            self._fit_lines()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)
        self._fit_lines()

    def _fit_lines(self) -> None:
        if self._max_lines == 1 or self.width() <= 0:
            return
        needed = self.label.heightForWidth(self.width()) // self.label.fontMetrics().lineSpacing()
        lines = max(1, min(self._max_lines, needed))
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()
