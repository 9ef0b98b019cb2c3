"""The run list: every run of the session with the label the app wrote for it, its epochs and
its last loss. A tick pins a run (its curves are overlaid on the current ones, in the colour
of its swatch); Restore trains on the selected run again. It reads the application controller
and asks it to do both."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .numbers import number
from .run_overlay import run_colour, run_label

if TYPE_CHECKING:
    from ..engine.runs import Run
    from .app_controller import AppController
    from .repaint import LatestState

NUMBER, LABEL, EPOCHS, LOSS = range(4)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RunList(QWidget):
    """Every run in a table: pin (tick), number, what changed, epochs, last training loss."""

    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels([self.tr("Pin  #"), self.tr("What changed"),
                                    self.tr("Epochs"), self.tr("Loss")])
        self.table.setToolTip(self.tr(
            "Tick a run to overlay its curves on the current ones; ▶ marks the run training "
            "now; a ghost run is the future a Continue from here left behind"))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LABEL, header.ResizeMode.Stretch)
        for column in (NUMBER, EPOCHS, LOSS):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr(
            "Train on the selected run again: its network, settings and weights come back; "
            "the run left stays in this list"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.hint = QLabel(self.tr("Each Reset, change of the network and Continue from here "
                                   "starts a run."))
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._rows: list[Run] = []
        # Queued: a tick's own signal may be what changed the runs, and its row is rebuilt.
        app.runs_changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self.refresh()

    def paint_latest(self, state: LatestState) -> None:
        """Follow the current run's epochs and loss while the list is in sight."""
        if self.isVisible() and self._rows:
            current = self._app.runs.current
            for row, run in enumerate(self._rows):
                if run is current:
                    self._fill(self.table.topLevelItem(row), run)

    def painted_scenes(self) -> tuple[QObject, ...]:
        return ()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """One row per run, in the order they started."""
        runs = self._app.runs
        selected = self.selected()
        self.table.blockSignals(True)
        self.table.clear()
        self._rows = list(runs)
        for run in self._rows:
            item = QTreeWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setIcon(NUMBER, _swatch(run_colour(run)))
            self._fill(item, run)
            self.table.addTopLevelItem(item)
            if run is selected:
                item.setSelected(True)
        self.table.blockSignals(False)
        self._update_buttons()

    def _fill(self, item: QTreeWidgetItem, run: Run) -> None:
        current = run is self._app.runs.current
        item.setCheckState(NUMBER, Qt.CheckState.Checked if run.pinned
                           else Qt.CheckState.Unchecked)
        item.setText(NUMBER, str(run.number))
        label = run_label(run)
        if run.ghost:
            label = self.tr("ghost: {0}").format(label)
        if current:
            label = "▶ " + label
        item.setText(LABEL, label)
        item.setToolTip(LABEL, label)
        item.setText(EPOCHS, QLocale().toString(run.epoch))
        losses = run.history.column("train_loss")
        last = float(losses[-1]) if len(losses) else math.nan
        item.setText(LOSS, number(last, 3) if math.isfinite(last) else "–")
        font = QFont(item.font(LABEL))
        font.setBold(current)
        font.setItalic(run.ghost)
        item.setFont(LABEL, font)

    def selected(self) -> Run | None:
        items = self.table.selectedItems()
        return self._rows[self.table.indexOfTopLevelItem(items[0])] if items else None

    def _still_listed(self, run: Run | None) -> bool:
        """Whether `run` is still one of the session's runs. The rows are rebuilt a moment
        after the runs change (queued): a click in between may name a run that gave way or
        a session that was replaced: the click does nothing (the rows follow soon)."""
        return run is not None and any(run is kept for kept in self._app.runs)

    def restore_selected(self) -> None:
        run = self.selected()
        if self._still_listed(run):
            self._app.restore_run(run.number)

    def _update_buttons(self) -> None:
        run = self.selected()
        self.restore_button.setEnabled(run is not None and run is not self._app.runs.current)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != NUMBER:
            return
        run = self._rows[self.table.indexOfTopLevelItem(item)]
        pinned = item.checkState(NUMBER) == Qt.CheckState.Checked
        if not self._still_listed(run):
            return
        if pinned != run.pinned:
            self._app.set_pinned(run.number, pinned)
