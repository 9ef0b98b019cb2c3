"""The mouse wheel scrolls what it is over: a combo box, spin box or slider that does not have
the keyboard focus passes the wheel on to the scroll area it sits in, rather than changing
its value as the pointer passes over it (a scroll once turned a layer's sigmoid into step and
wiped a long run). A control that has the focus (clicked or tabbed into) still takes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    """An application-wide event filter (install it on the QApplication)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() != QEvent.Type.Wheel or not isinstance(watched, GUARDED)
                or isinstance(watched, QScrollBar) or watched.hasFocus()):
            return False  # scroll bars are how a scroll area scrolls
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:  # the wheel scrolls the panel the control sits in
            QCoreApplication.sendEvent(area.viewport(), event)
        return True


def guard_wheel(widgets: QWidget) -> None:
    """Let the guarded controls under `widgets` take the focus by click or Tab but not by the
    wheel (Qt's WheelFocus would focus them as the wheel passes over)."""
    for kind in GUARDED:
        for control in widgets.findChildren(kind):
            if control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
