"""Help → Getting started: a short tour of the window. Each step frames the real widgets it is
about and shows a bubble beside them with what they do, Back, Next and Close."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

FRAME_COLOUR = QColor(232, 89, 12)
FRAME_WIDTH = 4
BUBBLE_WIDTH = 330
GAP = 14  # between a framed widget and the bubble
_FOLLOWED = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show)


@dataclass(frozen=True)
class TourStep:
    """One step: what it says, the widgets it frames (the bubble sits beside the first) and
    what makes them visible first (show a tab, open a panel), if anything."""

    title: str
    text: str
    targets: tuple[QWidget, ...]
    prepare: Callable[[], None] | None = None


class _Frame(QWidget):
    """A coloured frame drawn over the window around one widget; clicks pass through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(FRAME_COLOUR, FRAME_WIDTH))
        inset = FRAME_WIDTH // 2
        painter.drawRoundedRect(self.rect().adjusted(inset, inset, -inset, -inset), 6, 6)


class GettingStartedTour(QObject):
    """The tour over `window` (a MainWindow). `start` opens it at its first step; closing it
    puts back the inspector and the lower tab as they were."""

    closed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.steps = self._steps(window)
        self.index = 0
        self._restore_inspector = window.inspector.isVisible()
        self._restore_tab = window.lower_tabs.currentIndex()
        self.frames: list[_Frame] = []
        self.bubble = self._make_bubble(window)
        window.installEventFilter(self)

    @classmethod
    def start(cls, window) -> GettingStartedTour:
        """Close a tour already running over `window`, and start one at its first step."""
        for running in window.findChildren(cls):
            running.close()
        tour = cls(window)
        tour.show_step(0)
        return tour

    def _steps(self, window) -> tuple[TourStep, ...]:
        show_tab, controls = window.lower_tabs.setCurrentWidget, window.controls
        return (
            TourStep(self.tr("The network"), self.tr(
                "Inputs on the left, the output on the right. + layer and − layer add and "
                "remove hidden layers, − and + above a layer its neurons. A link's colour is "
                "its weight's sign, its width the weight's size; click a link or a bias to "
                "edit it."), (window.canvas,)),
            TourStep(self.tr("Activations and the loss"), self.tr(
                "Pick a layer here or on the canvas and choose its activation; below, the "
                "loss. The plot under Explained draws the function and its derivative, with "
                "a note on what each one is good for."), (window.picker,)),
            TourStep(self.tr("The data"), self.tr(
                "The points to learn, over the network's output as a colour map. Choose the "
                "data set, its noise and how many points to train on; click a point to follow "
                "it through the network."), (window.dataview,)),
            TourStep(self.tr("Play, and the curves"), self.tr(
                "Play trains (Space), Step trains one epoch, Reset draws fresh weights. The "
                "Curves tab follows the training and test loss and the accuracy, epoch by "
                "epoch."), (window.curves, controls.play_button, controls.step_button,
                           controls.reset_button),
                lambda: show_tab(window.curves)),
            TourStep(self.tr("The inspector"), self.tr(
                "One training point's forward and backward pass, node by node: every z, a, "
                "f′(z) and ∂L/∂W with the numbers that made it. Inspect → Inspector (Ctrl+I) "
                "opens it; N steps the backward pass."), (window.inspector,),
                lambda: window.show_inspector(True)),
            TourStep(self.tr("The Gradients tab"), self.tr(
                "How well the gradient reaches each layer: the mean |∂L/∂W| per layer, the "
                "update size and histograms, with a warning when gradients vanish or explode "
                "or neurons die. The presets under Presets → Gradients show each case."),
                (window.diagnostics,), lambda: show_tab(window.diagnostics)),
        )

    def _make_bubble(self, window) -> QFrame:
        bubble = QFrame(window)
        bubble.setObjectName("tourBubble")
        bubble.setStyleSheet(
            "#tourBubble { background: #fffaf0; border: 2px solid #e8590c; border-radius: 8px; }"
            " #tourBubble QLabel { background: transparent; border: none; }"
        )
        bubble.setFixedWidth(BUBBLE_WIDTH)
        self.progress = QLabel()
        self.progress.setStyleSheet("color: #8a4b12;")
        self.title = QLabel(wordWrap=True)
        self.text = QLabel(wordWrap=True)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.close_button = QPushButton(self.tr("Close"))
        self.back_button.clicked.connect(lambda: self.show_step(self.index - 1))
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), bubble, self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        box = QVBoxLayout(bubble)
        box.addWidget(self.progress)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addLayout(buttons)
        return bubble

    @property
    def step(self) -> TourStep:
        return self.steps[self.index]

    def show_step(self, index: int) -> None:
        """Go to step `index` (counted from 0): make its widgets visible, frame them and
        put the bubble beside the first."""
        for target in self.step.targets:
            target.removeEventFilter(self)
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.step
        if step.prepare is not None:
            step.prepare()
        self.progress.setText(self.tr("Getting started: step %1 of %2")
                              .replace("%1", str(self.index + 1))
                              .replace("%2", str(len(self.steps))))
        self.title.setText(f"<b style='font-size: 12pt'>{step.title}</b>")
        self.text.setText(step.text)
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        while len(self.frames) < len(step.targets):
            self.frames.append(_Frame(self.window))
        for target in step.targets:
            target.installEventFilter(self)
        self.bubble.show()
        self.next_button.setFocus()
        self.window.layout().activate()  # a panel the step just opened gets its size now
        self.place()

    def _next(self) -> None:
        if self.index == len(self.steps) - 1:
            self.close()
        else:
            self.show_step(self.index + 1)

    def target_rect(self, target: QWidget) -> QRect:
        """Where `target` lies in the window's coordinates."""
        return QRect(target.mapTo(self.window, QPoint(0, 0)), target.size())

    def place(self) -> None:
        """Frame the step's widgets and put the bubble beside the first, inside the window."""
        for frame, target in zip(self.frames, self.step.targets):
            frame.setGeometry(self.target_rect(target).adjusted(-3, -3, 3, 3))
            frame.show()
            frame.raise_()
        for frame in self.frames[len(self.step.targets):]:
            frame.hide()
        self.bubble.adjustSize()
        self.bubble.move(self._bubble_position(self.target_rect(self.step.targets[0])))
        self.bubble.raise_()

    def _bubble_position(self, target: QRect) -> QPoint:
        """Right of the target if it fits, else left, below, above; else over its corner."""
        size, area = self.bubble.size(), self.window.rect()
        top = max(area.top(), min(target.top(), area.bottom() - size.height()))
        left = max(area.left(), min(target.left(), area.right() - size.width()))
        places = (
            QPoint(target.right() + GAP, top),
            QPoint(target.left() - GAP - size.width(), top),
            QPoint(left, target.bottom() + GAP),
            QPoint(left, target.top() - GAP - size.height()),
        )
        for place in places:
            if area.contains(QRect(place, size)):
                return place
        return QPoint(left, top)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _FOLLOWED and self.bubble.isVisible():
            self.place()
        return False

    def close(self) -> None:
        """End the tour: the frames and bubble go, the inspector and tab are as they were."""
        self.window.removeEventFilter(self)
        for target in self.step.targets:
            target.removeEventFilter(self)
        for widget in (*self.frames, self.bubble):
            widget.hide()
            widget.deleteLater()
        self.window.show_inspector(self._restore_inspector)
        self.window.lower_tabs.setCurrentIndex(self._restore_tab)
        self.setParent(None)
        self.deleteLater()
        self.closed.emit()
