"""The zoomable view of the network scene: ctrl+wheel and buttons zoom, drag pans, Fit shows all.

Until the user zooms by hand the view keeps fitting the scene as the window and network change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

ZOOM_STEP = 1.2
MIN_SCALE = 0.05
MAX_SCALE = 8.0
MAX_FIT_SCALE = 1.6  # a tiny network is not blown up to fill a large window


class NetworkView(QGraphicsView):
    """A QGraphicsView with zoom limits and a fit-to-scene mode."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.auto_fit = True
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom by `factor` within the limits; the user now controls the zoom."""
        self.auto_fit = False
        current = self.zoom_factor()
        target = min(MAX_SCALE, max(MIN_SCALE, current * factor))
        self.scale(target / current, target / current)

    def fit(self) -> None:
        """Show the whole scene, and keep doing so on resize until the user zooms."""
        self.auto_fit = True
        rect = self.sceneRect()
        if rect.isEmpty() or self.viewport().width() <= 0:
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom_factor() > MAX_FIT_SCALE:
            self.resetTransform()
            self.scale(MAX_FIT_SCALE, MAX_FIT_SCALE)
        self.centerOn(rect.center())

    def refit(self) -> None:
        """Fit again if the view is in fit mode (after the scene changed)."""
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps)
            event.accept()
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refit()
