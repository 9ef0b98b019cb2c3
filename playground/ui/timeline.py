"""The timeline under the curves: a scrub bar over the epochs whose weights are kept.

Dragging it (or ←/→, from the Training menu) shows that epoch in every view and pauses
training; "Live" (or End) follows training again, and "Continue from here" trains on from the
epoch shown, keeping the abandoned future as a ghost run. It reads the application controller
and asks it to do all of that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSlider, QWidget

from .steady import SteadyLabel

if TYPE_CHECKING:
    from .app_controller import AppController
    from .repaint import LatestState


class Timeline(QWidget):
    """A slider over the kept epochs, the epoch it shows, Live and Continue from here."""

    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(self.tr(
            "Drag to look at an earlier epoch (← and → step through them); training pauses"))
        self.slider.setMinimum(0)
        self.slider.valueChanged.connect(self._on_moved)
        self.label = QLabel()
        self.live_button = QPushButton(self.tr("Live"))
        self.live_button.setToolTip(self.tr("Follow the training again (End)"))
        self.live_button.clicked.connect(app.show_live)
        self.continue_button = QPushButton(self.tr("Continue from here"))
        self.continue_button.setToolTip(self.tr(
            "Train on from the epoch shown, with the settings as they are now; the later "
            "epochs are kept as a ghost run in the run list"))
        self.continue_button.clicked.connect(app.continue_from_here)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.slider, 0, 0, 1, 3)
        # Steady: a new text every update must not re-lay out the window.
        layout.addWidget(SteadyLabel(self.label), 1, 0)
        layout.addWidget(self.live_button, 1, 1)
        layout.addWidget(self.continue_button, 1, 2)
        layout.setColumnStretch(0, 1)
        app.shown_changed.connect(self.refresh)
        self.refresh()

    def paint_latest(self, state: LatestState) -> None:
        """Reach the latest kept epoch (the repaint scheduler's call)."""
        self.refresh()

    def painted_scenes(self) -> tuple[QObject, ...]:
        return ()

    def refresh(self) -> None:
        """Show the kept epochs, and where the views are among them."""
        app = self._app
        archive = app.archive
        shown = app.shown_epoch
        self.slider.blockSignals(True)
        self.slider.setMaximum(max(len(archive) - 1, 0))
        if shown is None:
            self.slider.setValue(self.slider.maximum())
        elif shown in archive:
            self.slider.setValue(archive.epochs.index(shown))
        self.slider.blockSignals(False)
        self.slider.setEnabled(len(archive) > 1)
        scrubbed = shown is not None
        self.live_button.setEnabled(scrubbed)
        self.continue_button.setEnabled(scrubbed and shown < app.epoch)
        if scrubbed:
            self.label.setText(self.tr("Epoch {0} of {1}").format(
                QLocale().toString(shown), QLocale().toString(app.epoch)))
        else:
            self.label.setText(self.tr("Live, epoch {0}").format(
                QLocale().toString(app.epoch)))

    def _on_moved(self, index: int) -> None:
        epochs = self._app.archive.epochs
        if 0 <= index < len(epochs):
            self._app.show_epoch(epochs[index])
