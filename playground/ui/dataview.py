"""The data view: the points to learn from over the network's decision map, and the data
controls (which dataset, noise, train/test split, classes, points, CSV, click-to-add)."""

from __future__ import annotations

import math
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGraphicsItem,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..engine.csvfile import save_csv
from ..engine.dataset import Dataset
from ..engine.datasets import MIN_GENERATED_POINTS, make_dataset
from ..engine.errors import DataError
from ..engine.generators import DATASETS
from ..engine.maps import DEFAULT_EXTENT, Extent, data_extent
from ..engine.spec import DataSettings, setting_rules
from ..engine.texts import QT_TRANSLATE_NOOP
from ..workers.snapshot import Snapshot
from .canvas.colormap import NEGATIVE, NEUTRAL, POSITIVE, diverging_rgb, hex_colour, lut_colours
from .controls import NumberBox
from .exports import ExportFailed, ExtraExport, offer_exports
from .language import error_message, translated
from .map_image import MapImage
from .plotstyle import MarkedPoints, follow_palette, new_plot_widget, style_axes
from .point_editor import PICK_PIXELS, DraggableViewBox, PointEditor
from .session import SessionModel

if TYPE_CHECKING:
    from .repaint import LatestState

CLASS_COLORS = np.array(
    [NEGATIVE, POSITIVE, (44, 160, 44), (214, 39, 40), (148, 103, 189),
     (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207)],
    dtype=np.float64,
)  # class 0 orange and class 1 blue, as on the canvas
MAP_STRENGTH = 0.65  # the map is blended this far from white to its colour, so points stand out
LUT_SIZE = 256
MAX_DRAWN_POINTS = 10_000  # per split: more would stall the GUI and only fill the plane
DATA_RULES = setting_rules(DataSettings)
NOISES = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)
TRAIN_SHARES = (0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0)
PLOT_MIN_HEIGHT = 150  # pixels
MAP_EXPORT_SCALE = 4  # pixels per map cell in an exported decision map: 400 px for 100 cells
# The data sources that are not generators, translated in "DataView".
KIND_LABELS = {"inline": QT_TRANSLATE_NOOP("DataView", "Custom points"),
               "csv": QT_TRANSLATE_NOOP("DataView", "CSV file…")}


def _soften(rgb: np.ndarray) -> np.ndarray:
    neutral = np.array(NEUTRAL, dtype=np.float64)
    return np.round(neutral + MAP_STRENGTH * (np.asarray(rgb, np.float64) - neutral)).astype(
        np.uint8
    )


def _swatch(rgb, text: str) -> str:
    return f"<span style='color:{hex_colour(rgb)}'>●</span>&nbsp;{escape(text)}"


class DataView(QWidget):
    """Points (train filled, test outlined) over the decision map, plus the data controls.

    `set_dataset` draws new points; `set_snapshot` only swaps the map image, so it is cheap
    enough for every repaint. Edits go to `session.set_data`.
    """

    point_chosen = Signal(str, int)  # a click on a point: its split ("train"/"test"), index

    def __init__(self, session: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dataset: Dataset | None = None
        self._map: np.ndarray | None = None
        self._extent: Extent = DEFAULT_EXTENT
        self._target_scale = 1.0  # regression: colours span ±this
        self._luts = {
            "probability": _soften(diverging_rgb(np.linspace(0, 1, LUT_SIZE), 0.5, 0.5)),
            "threshold": _soften(
                np.where(np.linspace(0, 1, LUT_SIZE)[:, None] < 0.5, NEGATIVE, POSITIVE)
            ),
            "target": _soften(diverging_rgb(np.linspace(-1, 1, LUT_SIZE))),
            "classes": _soften(CLASS_COLORS),
        }
        self._make_plot()
        self._make_controls()
        self._lay_out()
        session.data_changed.connect(self._sync_controls)
        self._sync_controls()

    # ------------------------------------------------------------------ building
    def _make_plot(self) -> None:
        self.view_box = DraggableViewBox()
        self.plot = new_plot_widget(self, self.view_box)
        self.plot.setAspectLocked(True)
        self.plot.setMouseEnabled(x=False, y=False)
        # Less tall than wide: the controls under it are taller in a language whose font
        # has taller lines (Korean), and the column must still fit a 700-pixel window.
        self.plot.setMinimumSize(220, PLOT_MIN_HEIGHT)
        style_axes(self.plot.getPlotItem(), self)
        for axis, name in (("bottom", "x₁"), ("left", "x₂")):
            self.plot.setLabel(axis, name)
        self.image = MapImage()
        self._placed: tuple | None = None  # the extent and shape the image was last placed at
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        # As in the TensorFlow Playground: training points have a white rim, test points a dark one.
        self.train_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=1))
        self.test_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen(30, 30, 30, width=1.2))
        for points in (self.train_points, self.test_points):
            # The points stay put while the map under them changes with every snapshot: drawn
            # once into a pixmap, they are then copied rather than drawn again.
            points.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.plot.addItem(points)
        # The point the inspector shows, ringed.
        self.marker = MarkedPoints(size=17, pen=pg.mkPen(230, 145, 0, width=3),
                                         brush=None)
        self.marker.setZValue(10)
        self.plot.addItem(self.marker)
        # The points of a chosen confusion-matrix cell.
        self.highlight = MarkedPoints(size=12, pen=pg.mkPen(90, 40, 150, width=1.6),
                                            brush=None)
        self.highlight.setZValue(9)
        self.plot.addItem(self.highlight)
        self.notice = follow_palette(pg.TextItem(anchor=(0.5, 0.5)))
        self.plot.addItem(self.notice)
        self.plot.scene().sigMouseClicked.connect(self._scene_clicked)
        self._set_range(self._extent)

    def _make_controls(self) -> None:
        self.kind_combo = QComboBox(toolTip=self.tr("The data to learn from"))
        for name, generator in DATASETS.items():
            self.kind_combo.addItem(translated(generator.label, DATASETS.context), name)
            self.kind_combo.setItemData(
                self.kind_combo.count() - 1, translated(generator.description, DATASETS.context),
                Qt.ItemDataRole.ToolTipRole,
            )
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(self.tr(label), kind)
        self.noise_slider, self.noise_box = self._share(
            "noise", NOISES, self.tr("Noise added to the points (drag, or type any share)")
        )
        self.ratio_slider, self.ratio_box = self._share(
            "train_ratio", TRAIN_SHARES,
            self.tr("The share of points used for training; the rest test the network (drag, or "
                    "type any share)"),
        )
        self.ratio_slider.setSingleStep(5)
        self.ratio_slider.setPageStep(10)
        classes = DATA_RULES["n_classes"]
        self.classes_spin = QSpinBox(minimum=int(classes.at_least), maximum=int(classes.at_most),
                                     keyboardTracking=False)
        self.classes_spin.setToolTip(self.tr("Number of classes of a k-class dataset"))
        self.points_spin = QSpinBox(minimum=MIN_GENERATED_POINTS,
                                    maximum=int(DATA_RULES["n_points"].at_most), singleStep=50)
        self.points_spin.setGroupSeparatorShown(True)
        self.points_spin.setKeyboardTracking(False)
        self.points_spin.setToolTip(self.tr("Number of points to generate"))
        self.regenerate_button = QPushButton(
            self.tr("Regenerate"), toolTip=self.tr("New random points")
        )
        self.show_test_box = QCheckBox(self.tr("Show test data (dark rim)"), checked=True)
        self.show_test_box.setToolTip(self.tr(
            "Test points have a dark rim and are never trained on; training points a white one"
        ))
        self.discretize_box = QCheckBox(self.tr("Discretize output"))
        self.discretize_box.setToolTip(
            self.tr("Show only the predicted class, not how sure the network is"))
        self.editor = PointEditor(self.session, self.plot)
        # While points are edited, a right-click on one opens that point's menu instead.
        offer_exports(self.plot, "data", self.tr("Data and decision map"), [
            ExtraExport(self.tr("Export dataset as CSV…"), "csv", self.save_dataset_csv),
            ExtraExport(self.tr("Export decision map as PNG…"), "png", self.save_decision_map),
        ], wanted_at=lambda position: not self.editor.editing
           or self.editor.row_at(self.plot.mapToScene(position)) is None)
        self.view_box.on_drag = self.editor.drag
        self.legend = QLabel(textFormat=Qt.TextFormat.RichText, wordWrap=True)

        self.kind_combo.activated.connect(self._kind_chosen)
        for name, slider, box in (("noise", self.noise_slider, self.noise_box),
                                  ("train_ratio", self.ratio_slider, self.ratio_box)):
            slider.sliderMoved.connect(lambda value, box=box: box.set_value(value / 100))
            slider.valueChanged.connect(
                lambda value, name=name: self._edit_data(**{name: value / 100}))
            box.value_committed.connect(lambda value, name=name: self._edit_data(**{name: value}))
        self.classes_spin.valueChanged.connect(lambda value: self._edit_data(n_classes=value))
        self.points_spin.valueChanged.connect(lambda value: self._edit_data(n_points=value))
        self.regenerate_button.clicked.connect(self.regenerate)
        self.show_test_box.toggled.connect(self.test_points.setVisible)
        self.discretize_box.toggled.connect(self._draw_map)
        self.discretize_box.toggled.connect(self._show_legend)

    def _share(self, name: str, presets: tuple[float, ...], tip: str) -> tuple[QSlider, NumberBox]:
        """A slider in whole percent over the shares the setting `name` accepts, and a box
        that shows the exact share and takes any the setting accepts."""
        rule = DATA_RULES[name]
        low = 0 if rule.at_least == 0 else math.floor(rule.above * 100) + 1
        slider = QSlider(Qt.Orientation.Horizontal, minimum=low, maximum=round(rule.at_most * 100),
                         toolTip=tip)
        slider.setTracking(False)  # new data on release, not on every pixel of a drag
        box = NumberBox(presets, rule, tip, percent=True)
        box.setMinimumContentsLength(6)
        return slider, box

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(4, 0, 4, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(QLabel(self.tr("Data")), 0, 0)
        grid.addWidget(self.kind_combo, 0, 1, 1, 3)
        grid.addWidget(self.regenerate_button, 0, 4, 1, 2)
        grid.addWidget(QLabel(self.tr("Noise")), 1, 0)
        grid.addWidget(self.noise_slider, 1, 1, 1, 4)
        grid.addWidget(self.noise_box, 1, 5)
        grid.addWidget(QLabel(self.tr("Training")), 2, 0)
        grid.addWidget(self.ratio_slider, 2, 1, 1, 4)
        grid.addWidget(self.ratio_box, 2, 5)
        grid.addWidget(QLabel(self.tr("Points")), 3, 0)
        grid.addWidget(self.points_spin, 3, 1)
        grid.addWidget(self.noise_box.message, 4, 0, 1, 6)
        grid.addWidget(self.ratio_box.message, 5, 0, 1, 6)
        grid.addWidget(QLabel(self.tr("Classes")), 3, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.classes_spin, 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        toggles = QHBoxLayout()
        toggles.addWidget(self.show_test_box)
        toggles.addWidget(self.discretize_box)
        toggles.addStretch(1)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.plot, 1)
        column.addWidget(self.legend)
        column.addLayout(toggles)
        column.addLayout(grid)
        column.addWidget(self.editor)

    def setting_widgets(self) -> dict[str, QWidget]:
        """The widget that edits each data setting, by its field name (the seed steps with
        Regenerate; the points, the CSV path and the task come from the editor, the file
        dialog and the data)."""
        return {
            "kind": self.kind_combo, "n_points": self.points_spin, "noise": self.noise_box,
            "train_ratio": self.ratio_box, "n_classes": self.classes_spin,
        }

    # ------------------------------------------------------------------ showing data
    @Slot(object)
    def set_dataset(self, dataset: Dataset) -> None:
        """Draw the points of `dataset`; the map waits for the next snapshot."""
        self.dataset = dataset
        self._map = None
        self.image.clear()
        self.marker.clear()
        self.highlight.clear()
        two_d = dataset.is_2d
        self.notice.setText(
            "" if two_d else self.tr(
                "This data has {0} inputs: only data with two inputs can be drawn in the plane."
            ).format(len(dataset.raw_names))
        )
        regression = dataset.task == "regression"
        if regression:
            targets = np.concatenate([dataset.labels_train, dataset.labels_test])
            largest = float(np.max(np.abs(targets))) if targets.size else 1.0
            self._target_scale = largest if largest > 0 else 1.0
        # Near-zero regression targets are white: a grey rim keeps them visible.
        self.train_points.setPen(pg.mkPen(150, 150, 150) if regression else pg.mkPen("w"))
        for item, raw, labels in (
            (self.train_points, dataset.raw_train, dataset.labels_train),
            (self.test_points, dataset.raw_test, dataset.labels_test),
        ):
            if not two_d or len(raw) == 0:
                item.clear()
                continue
            shown = evenly_spaced(len(raw), MAX_DRAWN_POINTS)
            item.setData(pos=raw[shown], brush=self._brushes(labels[shown]))
        points = np.concatenate([dataset.raw_train, dataset.raw_test])
        self._set_range(data_extent(points) if two_d else data_extent(points[:0]))
        self.editor.set_dataset(dataset)
        self._show_custom_counts()
        self._show_legend()
        self.discretize_box.setEnabled(not regression)

    def _brushes(self, labels: np.ndarray) -> list:
        """One brush per point, shared between points of one colour (making brushes is slow)."""
        colours = self._point_colors(labels).astype(np.int64)
        codes = (colours[:, 0] << 16) | (colours[:, 1] << 8) | colours[:, 2]
        unique, inverse = np.unique(codes, return_inverse=True)
        made = [pg.mkBrush(int(c >> 16), int(c >> 8 & 255), int(c & 255)) for c in unique]
        return [made[i] for i in inverse]

    def _point_colors(self, labels: np.ndarray) -> np.ndarray:
        if self.dataset is not None and self.dataset.task == "regression":
            return diverging_rgb(labels, 0.0, self._target_scale)
        return CLASS_COLORS[np.asarray(labels, dtype=int) % len(CLASS_COLORS)].astype(np.uint8)

    def drawn_fraction(self) -> str:
        """"" when every point is drawn, else e.g. "showing 20,000 of 250,000 points"."""
        dataset = self.dataset
        if dataset is None:
            return ""
        total = len(dataset.raw_train) + len(dataset.raw_test)
        drawn = sum(min(len(r), MAX_DRAWN_POINTS) for r in (dataset.raw_train, dataset.raw_test))
        return "" if drawn == total else self.tr("showing {0} of {1} points").format(
            f"{drawn:,}", f"{total:,}")

    def _set_range(self, extent: tuple[float, float, float, float]) -> None:
        xmin, xmax, ymin, ymax = extent
        self.plot.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0)
        self.notice.setPos((xmin + xmax) / 2, (ymin + ymax) / 2)

    def _show_legend(self) -> None:
        dataset = self.dataset
        if dataset is None:
            self.legend.setText("")
        elif dataset.task == "regression":
            scale = self._target_scale
            self.legend.setText(
                self.tr("Target: {0} &nbsp;· map: the network's output").format(" ".join(
                    _swatch(c, f"{v:.3g}") for c, v in
                    ((NEGATIVE, -scale), (NEUTRAL, 0.0), (POSITIVE, scale))
                ))
            )
        else:
            swatches = " ".join(
                _swatch(CLASS_COLORS[k], self.tr("class {0}").format(k))
                for k in range(dataset.n_classes)
            )
            if self.discretize_box.isChecked():
                how = self.tr("map: the predicted class")
            elif dataset.task == "binary":
                how = self.tr("map: P(class 1), white at 0.5")
            else:
                how = self.tr("map: class probabilities blended")
            self.legend.setText(f"{swatches} &nbsp;· {how}")
        if self.drawn_fraction():
            self.legend.setText(f"{self.legend.text()} &nbsp;· {self.drawn_fraction()}")

    @Slot(object)
    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Show the snapshot's decision map behind the points (no points are redrawn)."""
        if snapshot.output_map is None:
            return
        self._map, self._extent = snapshot.output_map, snapshot.grid_extent
        self._draw_map()

    def paint_latest(self, state: LatestState) -> None:
        """Show the latest snapshot's map (the repaint scheduler's call)."""
        if state.latest is not None:
            self.set_snapshot(state.latest)

    def painted_scenes(self) -> tuple[QObject, ...]:
        return (self.plot.scene(),)

    def _draw_map(self) -> None:
        if self._map is None:
            return
        # Coloured here, so pyqtgraph only wraps the RGB bytes in an image.
        self.image.setImage(self._map_rgb(self._map))
        placed = (tuple(self._extent), self._map.shape[:2])
        if placed != self._placed:  # moving the image re-lays out the whole plot: only on change
            xmin, xmax, ymin, ymax = self._extent
            self.image.setRect(xmin, ymin, xmax - xmin, ymax - ymin)  # after setImage: it scales
            self._placed = placed

    def _map_rgb(self, values: np.ndarray) -> np.ndarray:
        """The map as uint8 RGB (rows, columns, 3): classes blended by probability (or the
        likeliest, discretized), a probability or a regression target through its colour table;
        a cell whose output is not a number (the network overflowed there) in the neutral
        colour."""
        rgb = self._map_colours(values)
        missing = np.isnan(values) if values.ndim == 2 else np.isnan(values).any(axis=2)
        rgb[missing] = NEUTRAL
        return rgb

    def _map_colours(self, values: np.ndarray) -> np.ndarray:
        discrete = self.discretize_box.isChecked() and self.discretize_box.isEnabled()
        classes = self._luts["classes"]
        if values.ndim == 3:
            if discrete:
                return classes[np.argmax(values, axis=2)]
            blended = values @ classes[: values.shape[2]].astype(np.float32)
            return np.clip(np.nan_to_num(blended, copy=False), 0, 255).astype(np.uint8)
        if self.dataset is not None and self.dataset.task == "regression":
            return lut_colours(values, -self._target_scale, self._target_scale,
                               self._luts["target"])
        return lut_colours(values, 0.0, 1.0, self._luts["threshold" if discrete else "probability"])

    # ------------------------------------------------------------------ exports
    def save_dataset_csv(self, path: str) -> None:
        """Every point, training then test, as a CSV file that loading reads back."""
        dataset = self.dataset
        if dataset is None:
            raise ExportFailed(self.tr("there is no dataset yet"))
        save_csv(path, np.concatenate([dataset.raw_train, dataset.raw_test]),
                 np.concatenate([dataset.labels_train, dataset.labels_test]),
                 dataset.raw_names, dataset.target_name)

    def save_decision_map(self, path: str) -> None:
        """The decision map alone, north up, each of its cells MAP_EXPORT_SCALE pixels wide."""
        if self._map is None:
            raise ExportFailed(self.tr("there is no decision map yet (it needs data with two "
                                       "inputs and a network that builds)"))
        rgb = np.ascontiguousarray(self._map_rgb(self._map)[::-1])  # row 0 is the bottom
        rows, columns = rgb.shape[:2]
        image = QImage(rgb.data, columns, rows, 3 * columns, QImage.Format.Format_RGB888)
        scaled = image.scaled(columns * MAP_EXPORT_SCALE, rows * MAP_EXPORT_SCALE)
        if not scaled.save(path, "PNG"):
            raise ExportFailed(self.tr("the image could not be written there"))

    # ------------------------------------------------------------------ editing data
    def _edit_data(self, **changes) -> None:
        self.session.set_data(self.session.data.with_(**changes))

    @Slot()
    def regenerate(self) -> None:
        """New random points (and a new train/test split): the next data seed."""
        self._edit_data(seed=self.session.data.seed + 1)

    def _kind_chosen(self, row: int) -> None:
        kind = self.kind_combo.itemData(row)
        if kind == "csv":
            self.load_csv()
        elif kind == "inline":
            self.use_custom_points()
        elif kind != self.session.data.kind:
            self._edit_data(kind=kind, task=None, points=(), csv_path=None)
        self._sync_controls()

    @Slot()
    def load_csv(self) -> None:
        """Ask for a CSV file; use it if it makes a dataset, otherwise say why and keep the data."""
        path = self._ask_csv_path()
        if not path:
            return
        settings = self.session.data.with_(kind="csv", csv_path=path, task=None, points=())
        try:
            make_dataset(settings)
        except DataError as error:
            problem = error_message(error)
            self._warn(
                self.tr("The CSV file cannot be used"),
                self.tr("{0} cannot be used: {1}.").format(
                    Path(path).name, problem[:1].upper() + problem[1:]),
            )
            return
        self.session.set_data(settings)

    def _ask_csv_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load CSV data"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        return path

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    @Slot()
    def use_custom_points(self) -> None:
        """Your own points: start from an empty set (of the current task) and edit it."""
        task = self.dataset.task if self.dataset is not None else "binary"
        self.session.set_data(
            self.session.data.with_(kind="inline", points=(), task=task, csv_path=None))
        self.editor.edit_button.setChecked(True)

    def _scene_clicked(self, event) -> None:
        if self.editor.click(event):
            event.accept()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        event.accept()
        found = self.point_at_scene(event.scenePos())
        if found is not None:
            self.point_chosen.emit(*found)

    def point_at_scene(self, position: QPointF) -> tuple[str, int] | None:
        """The split ("train" or "test") and index of the point drawn nearest to a click, if
        one is within PICK_PIXELS of it."""
        dataset, box = self.dataset, self.plot.getViewBox()
        if dataset is None or not dataset.is_2d or not box.sceneBoundingRect().contains(position):
            return None
        clicked = box.mapSceneToView(position)
        width, height = box.viewPixelSize()
        best: tuple[float, str, int] | None = None
        splits = [("train", dataset.raw_train)]
        if self.test_points.isVisible():
            splits.append(("test", dataset.raw_test))
        for split, raw in splits:
            if not len(raw):
                continue
            shown = evenly_spaced(len(raw), MAX_DRAWN_POINTS)
            pixels = np.hypot((raw[shown, 0] - clicked.x()) / width,
                              (raw[shown, 1] - clicked.y()) / height)
            nearest = int(np.argmin(pixels))
            if pixels[nearest] <= PICK_PIXELS and (best is None or pixels[nearest] < best[0]):
                best = (float(pixels[nearest]), split, int(shown[nearest]))
        return None if best is None else best[1:]

    def highlight_points(self, split: str, indices: np.ndarray) -> None:
        """Ring the points `indices` of the split ("train" or "test"); none clears it."""
        dataset = self.dataset
        if dataset is None or not dataset.is_2d or not len(indices):
            self.highlight.clear()
            return
        raw = dataset.raw_train if split == "train" else dataset.raw_test
        shown = np.asarray(indices)[evenly_spaced(len(indices), MAX_DRAWN_POINTS)]
        self.highlight.setData(pos=raw[shown])

    def mark_point(self, raw: np.ndarray | None) -> None:
        """Ring the point at `raw` (the inspected one); None removes the ring."""
        if raw is None or len(raw) != 2:
            self.marker.clear()
        else:
            self.marker.setData(pos=[tuple(float(v) for v in raw)])

    # ------------------------------------------------------------------ syncing
    def _sync_controls(self, *_: object) -> None:
        """Show the session's data settings; signals are blocked so showing never edits."""
        data = self.session.data
        generator = DATASETS[data.kind] if data.kind in DATASETS else None
        with (
            QSignalBlocker(self.kind_combo), QSignalBlocker(self.noise_slider),
            QSignalBlocker(self.ratio_slider), QSignalBlocker(self.classes_spin),
            QSignalBlocker(self.points_spin),
        ):
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
            csv_row = self.kind_combo.findData("csv")
            self.kind_combo.setItemText(
                csv_row,
                f"CSV: {Path(data.csv_path).name}" if data.kind == "csv" and data.csv_path
                else self.tr(KIND_LABELS["csv"]),
            )
            self.noise_slider.setValue(round(data.noise * 100))
            self.ratio_slider.setValue(round(data.train_ratio * 100))
            self.classes_spin.setValue(data.n_classes)
            self.points_spin.setValue(data.n_points)
        self.noise_box.set_value(data.noise)
        self.ratio_box.set_value(data.train_ratio)
        for widget in (self.noise_slider, self.noise_box, self.points_spin):
            widget.setEnabled(generator is not None)
        self.classes_spin.setEnabled(generator is not None and generator.task == "multiclass")
        self._show_custom_counts()

    def _show_custom_counts(self) -> None:
        """For points typed in or loaded, the (disabled) boxes show the data's own point and
        class counts, not the generator's settings they do not use."""
        dataset = self.dataset
        generated = self.session.data.kind in DATASETS
        with QSignalBlocker(self.points_spin), QSignalBlocker(self.classes_spin):
            self.points_spin.setMinimum(MIN_GENERATED_POINTS if generated else 0)
            if generated or dataset is None:
                self.points_spin.setValue(self.session.data.n_points)
                return
            self.points_spin.setValue(len(dataset.raw_train) + len(dataset.raw_test))
            if dataset.task != "regression":
                self.classes_spin.setValue(dataset.n_classes)


def evenly_spaced(count: int, most: int) -> np.ndarray:
    """Indices of at most `most` of `count` rows, spread evenly (all of them when they fit)."""
    if count <= most:
        return np.arange(count)
    return np.linspace(0, count - 1, most).astype(np.intp)
