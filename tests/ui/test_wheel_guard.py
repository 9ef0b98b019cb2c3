"""The wheel scrolls the panel it is over; it changes a control only when the control has the
focus."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QVBoxLayout, QWidget

from playground.ui.wheel_guard import WheelGuard, guard_wheel


def wheel(widget, steps=-1):
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_an_unfocused_combo_passes_the_wheel_to_its_scroll_area(qtbot):
    area = QScrollArea(widgetResizable=True)
    content = QWidget()
    column = QVBoxLayout(content)
    combos = [QComboBox() for _ in range(30)]
    for combo in combos:
        combo.addItems(["sigmoid", "tanh", "step"])
        column.addWidget(combo)
    area.setWidget(content)
    area.resize(200, 150)
    qtbot.addWidget(area)
    guard = WheelGuard()
    QApplication.instance().installEventFilter(guard)
    try:
        guard_wheel(area)
        area.show()
        qtbot.waitExposed(area)
        assert combos[0].focusPolicy() == Qt.FocusPolicy.StrongFocus
        wheel(combos[0])
        assert combos[0].currentIndex() == 0  # unchanged
        assert area.verticalScrollBar().value() > 0  # the panel scrolled instead
        combos[1].setFocus()
        qtbot.waitUntil(combos[1].hasFocus)
        wheel(combos[1])
        assert combos[1].currentIndex() == 1  # a focused control still takes the wheel
    finally:
        QApplication.instance().removeEventFilter(guard)
