"""Editing your own points in the data view: click to add a point of the chosen class, type
one in, drag a point to move it, right-click it (or select it and press Delete) to delete it,
clear them all. Every edit goes through the session's undo stack (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSignalBlocker, Qt
from PySide6.QtGui import QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..engine.dataset import Dataset
from . import points as edits
from .language import translate
from .plotstyle import MarkedPoints
from .session import SessionModel

PICK_PIXELS = 8.0  # a click or drag this close to a point takes that point
COORDINATE_LIMIT = 1e6
# Points edited by hand become the session's own (inline) points, written out whole in every
# save and autosave and copied by every edit: a set of up to this many. (A million generated
# points turned into own ones made a 60 MB session file, past what the app reads back.)
MAX_EDITED_POINTS = 10_000


class DraggableViewBox(pg.ViewBox):
    """A view box that hands left-button drags to `on_drag` (which accepts or ignores them)."""

    def __init__(self) -> None:
        super().__init__()
        self.on_drag: Callable[[object], bool] | None = None

    def mouseDragEvent(self, event, axis=None) -> None:  # noqa: N802
        if self.on_drag is not None and event.button() == Qt.MouseButton.LeftButton:
            if self.on_drag(event):
                event.accept()
                return
        super().mouseDragEvent(event, axis)


class PointEditor(QWidget):
    """The editing row under the data view's plot, and the plot's editing gestures."""

    def __init__(self, session: SessionModel, plot: pg.PlotWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.plot = session, plot
        self.dataset: Dataset | None = None
        self.selected: int | None = None  # a row of the inline points
        self._dragged: int | None = None
        self.edit_button = QPushButton(translate("PointEditor", "Edit points"), checkable=True)
        self._edit_tip = translate("PointEditor",
            "Click the plot to add a point of the chosen class; drag a point to move it; "
            "right-click a point, or click it and press Delete, to delete it. Ctrl+Z undoes.")
        self.edit_button.setToolTip(self._edit_tip)
        self.class_combo = QComboBox(toolTip=translate(
            "PointEditor",
            "The class of the points you add",
        ))
        self.target_spin = QDoubleSpinBox(minimum=-10, maximum=10, singleStep=0.1, value=1)
        self.target_spin.setPrefix(translate("PointEditor", "target "))
        self.target_spin.setToolTip(translate(
            "PointEditor",
            "The target value of the points you add",
        ))
        self.x1_spin, self.x2_spin = (self._coordinate(name) for name in ("x₁", "x₂"))
        self.type_button = QPushButton(translate("PointEditor", "Add"), toolTip=translate(
            "PointEditor",
            "Add the point typed on the left",
        ))
        self.type_button.clicked.connect(self.add_typed)
        self.clear_button = QPushButton(translate(
            "PointEditor",
            "Clear",
        ), toolTip=translate(
            "PointEditor",
            "Delete every point",
        ))
        self.clear_button.clicked.connect(self.clear)
        self.selection = MarkedPoints(size=15, symbol="s", brush=None,
                                            pen=pg.mkPen(40, 40, 40, width=1.5,
                                                         style=Qt.PenStyle.DashLine))
        self.selection.setZValue(9)
        plot.addItem(self.selection)
        QShortcut(QKeySequence.StandardKey.Delete, plot, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_button.toggled.connect(self._edit_mode)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.edit_button)
        first.addWidget(self.class_combo, 1)
        first.addWidget(self.target_spin, 1)
        first.addWidget(self.clear_button)
        second.addWidget(self.x1_spin, 1)
        second.addWidget(self.x2_spin, 1)
        second.addWidget(self.type_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(first)
        column.addLayout(second)
        self._edit_mode(False)

    def _coordinate(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(minimum=-COORDINATE_LIMIT, maximum=COORDINATE_LIMIT, decimals=3,
                             singleStep=0.5)
        box.setPrefix(f"{name} ")
        box.setToolTip(translate("PointEditor", "{0} of a point to type in").format(name))
        return box

    # ------------------------------------------------------------------ state
    def set_dataset(self, dataset: Dataset) -> None:
        """New data: the classes offered, and whether points can be edited at all."""
        self.dataset = dataset
        self.selected = None
        self.selection.clear()
        regression = dataset.task == "regression"
        with QSignalBlocker(self.class_combo):
            chosen = self.class_combo.currentData()
            self.class_combo.clear()
            for k in range(dataset.n_classes if not regression else 0):
                self.class_combo.addItem(translate("PointEditor", "class {0}").format(k), k)
            self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(chosen)))
        self.class_combo.setVisible(not regression)
        self.target_spin.setVisible(regression)
        size = len(dataset.raw_train) + len(dataset.raw_test)
        editable = dataset.is_2d and size <= MAX_EDITED_POINTS
        self.edit_button.setEnabled(editable)
        if not editable:
            self.edit_button.setChecked(False)
        self.edit_button.setToolTip(self._edit_tip if editable or not dataset.is_2d else translate(
            "PointEditor",
            "Points can be edited in a set of up to {0} points; this one has {1}. Lower the "
            "number of points to edit them.").format(f"{MAX_EDITED_POINTS:,}", f"{size:,}"))
        self._edit_mode(self.edit_button.isChecked())

    def _edit_mode(self, on: bool) -> None:
        self.plot.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        for widget in (self.x1_spin, self.x2_spin, self.type_button, self.clear_button):
            widget.setEnabled(on)
        if not on:
            self.selected = None
            self.selection.clear()

    @property
    def editing(self) -> bool:
        return self.edit_button.isChecked()

    def target(self) -> float:
        task = self.dataset.task if self.dataset is not None else "binary"
        if task == "regression":
            return self.target_spin.value()
        return float(self.class_combo.currentData() or 0)

    def rows(self) -> edits.Rows:
        """The points as inline rows: the session's own, or those of the data shown."""
        data = self.session.data
        if data.kind == "inline":
            return tuple(tuple(row) for row in data.points)
        return edits.rows_of(self.dataset)

    def _commit(self, rows: edits.Rows, description: str) -> None:
        task = self.dataset.task if self.dataset is not None else "binary"
        self.session.edit_data(
            self.session.data.with_(kind="inline", points=rows, task=task, csv_path=None),
            description)

    # ------------------------------------------------------------------ gestures
    def _view(self, scene_position: QPointF) -> QPointF | None:
        box = self.plot.getViewBox()
        if not box.sceneBoundingRect().contains(scene_position):
            return None
        return box.mapSceneToView(scene_position)

    def row_at(self, scene_position: QPointF) -> int | None:
        point = self._view(scene_position)
        if point is None:
            return None
        pixel = self.plot.getViewBox().viewPixelSize()
        return edits.nearest_row(self.rows(), point.x(), point.y(), pixel, PICK_PIXELS)

    def click(self, event) -> bool:
        """A click on the plot while editing: add, select, or (right button) the point's menu.
        False when not editing (the data view then inspects the point)."""
        if not self.editing:
            return False
        row = self.row_at(event.scenePos())
        if event.button() == Qt.MouseButton.RightButton:
            if row is not None:
                self._select(row)
                self._menu(row)
            return True
        if row is not None:
            self._select(row)
        else:
            self.add_at(event.scenePos())
        return True

    def add_at(self, scene_position: QPointF) -> None:
        """Add a point of the chosen class where the plot was clicked (scene coordinates)."""
        point = self._view(scene_position)
        if point is not None:
            self._commit(edits.added(self.rows(), point.x(), point.y(), self.target()),
                         translate("PointEditor", "Add point"))

    def add_typed(self) -> None:
        self._commit(edits.added(self.rows(), self.x1_spin.value(), self.x2_spin.value(),
                                 self.target()), translate("PointEditor", "Add point"))

    def delete(self, row: int) -> None:
        self.selected = None
        self.selection.clear()
        self._commit(edits.removed(self.rows(), row), translate("PointEditor", "Delete point"))

    def delete_selected(self) -> None:
        if self.editing and self.selected is not None and self.selected < len(self.rows()):
            self.delete(self.selected)

    def clear(self) -> None:
        self.selected = None
        self.selection.clear()
        self._commit((), translate("PointEditor", "Clear points"))

    def drag(self, event) -> bool:
        """Drag a point to move it: one undoable edit when the button is released."""
        if not self.editing:
            return False
        if event.isStart():
            self._dragged = self.row_at(event.buttonDownScenePos())
            if self._dragged is not None:
                self._select(self._dragged)
        if self._dragged is None:
            return False
        point = self._view(event.scenePos())
        if point is not None:
            self.selection.setData(pos=[(point.x(), point.y())])
            if event.isFinish():
                row, self._dragged = self._dragged, None
                self._commit(edits.moved(self.rows(), row, point.x(), point.y()),
                             translate("PointEditor", "Move point"))
        elif event.isFinish():
            self._dragged = None
        return True

    def _select(self, row: int) -> None:
        self.selected = row
        x, y, _ = self.rows()[row]
        self.selection.setData(pos=[(x, y)])

    def _menu(self, row: int) -> None:
        menu = QMenu(self)
        menu.addAction(translate("PointEditor", "Delete point"), lambda: self.delete(row))
        if self.dataset is not None and self.dataset.task != "regression":
            relabel = menu.addMenu(translate("PointEditor", "Change class"))
            for k in range(self.dataset.n_classes):
                relabel.addAction(translate(
                    "PointEditor",
                    "class {0}",
                ).format(k), lambda k=k: self._commit(
                    edits.relabelled(self.rows(), row, k), translate(
                        "PointEditor",
                        "Change class",
                    )))
        menu.popup(QCursor.pos())
