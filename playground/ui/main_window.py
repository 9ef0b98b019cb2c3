"""The main window: lays out the views, wires them to the session and the training thread."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..engine.datasets import Dataset, make_dataset
from ..engine.errors import PlaygroundError
from ..engine.history import History
from ..engine.maps import DEFAULT_EXTENT, data_extent, grid_inputs
from ..engine.modelfile import ModelFile
from ..engine.network import Network
from ..engine.trainer import StopReason, validate_settings
from ..workers.snapshot import Snapshot
from ..workers.training import Job, TrainingController
from .canvas import NetworkCanvas
from .controls import TrainingControls
from .curves import LossCurves
from .dataview import DataView
from .defaults import DEFAULT_DATA, DEFAULT_SPEC, DEFAULT_TRAIN, conform_to_data
from .file_actions import FileActions
from .picker import ActivationLossPicker
from .session import SessionModel

MAP_RESOLUTION = 100
DEFAULT_SPEED = 5  # epochs per frame: the boundary forms within a second, slow enough to watch
# While training runs, the canvas and the curves (the views that cost most to paint) are each
# repainted at most this often, and never both in one update (see _on_snapshot).
SLOW_VIEW_INTERVAL_S = 0.1


class MainWindow(QMainWindow):
    """One window with every view; see DESIGN.md for the picture."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Neural Network Playground")
        self.settings = settings or QSettings()
        self.session = SessionModel(DEFAULT_SPEC, DEFAULT_TRAIN, DEFAULT_DATA, self)
        self.controller = TrainingController(self)
        self.dataset: Dataset | None = None
        self.history = History()  # the run's every epoch
        self.epoch = 0
        self._loaded: ModelFile | None = None  # weights and history to start the next build from
        self._good_data = None  # the last data settings that made a dataset
        self._good_train = self.session.train  # the last training settings that validated
        self._suspended = False  # while a whole session is replaced: build once, at the end
        self._painted_at = {"canvas": 0.0, "curves": 0.0}  # when each last took a snapshot
        self._updated_at = 0.0  # when the last snapshot arrived

        self.canvas = NetworkCanvas(self.session)
        self.picker = ActivationLossPicker(self.session)
        self.controls = TrainingControls(self.session)
        self.dataview = DataView(self.session)
        self.curves = LossCurves()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("messageBanner")
        self.message.setStyleSheet(
            "#messageBanner { background: #fff4d6; border: 1px solid #e0b84a; padding: 4px; }"
        )
        self.message.hide()
        self._lay_out()
        self.files = FileActions(self)
        self._build_menus()
        self._connect()
        if not self.files.restore_last_session():
            self._rebuild_data()

    # ------------------------------------------------------------------ layout
    def _lay_out(self) -> None:
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.controls)
        left_box.addWidget(self.picker, 1)
        centre = QWidget()
        centre_box = QVBoxLayout(centre)
        centre_box.setContentsMargins(0, 0, 0, 0)
        centre_box.addWidget(self.message)
        centre_box.addWidget(self.canvas, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.dataview)
        right.addWidget(self.curves)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(centre)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setStretchFactor(2, 0)
        main.setSizes([330, 520, 430])
        self.setCentralWidget(main)
        self.resize(1280, 800)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.files.populate(bar.addMenu("&File"))
        edit = bar.addMenu("&Edit")
        undo = self.session.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.session.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])
        self.undo_action, self.redo_action = undo, redo
        train = bar.addMenu("&Training")
        self.play_action = QAction("&Play / Pause", self, shortcut=QKeySequence(Qt.Key.Key_Space))
        self.step_action = QAction("&Step one epoch", self, shortcut=QKeySequence(Qt.Key.Key_S))
        self.reset_action = QAction("&Reset weights", self, shortcut=QKeySequence(Qt.Key.Key_R))
        self.play_action.triggered.connect(self.toggle_play)
        self.step_action.triggered.connect(self.step)
        self.reset_action.triggered.connect(self.reset)
        train.addActions([self.play_action, self.step_action, self.reset_action])
        help_menu = bar.addMenu("&Help")
        concepts = help_menu.addAction("&Activations, losses and optimizers…")
        concepts.triggered.connect(self._show_concepts)
        about = help_menu.addAction("&About")
        about.triggered.connect(self._show_about)

    def _connect(self) -> None:
        s = self.session
        s.spec_changed.connect(lambda _spec: self.rebuild())
        s.data_changed.connect(lambda _data: self._rebuild_data())
        s.train_changed.connect(self._on_train_changed)
        c = self.controls
        c.play_requested.connect(self.play)
        c.pause_requested.connect(self.controller.pause)
        c.step_requested.connect(self.step)
        c.reset_requested.connect(self.reset)
        c.speed_changed.connect(self.controller.set_speed)
        c.set_speed(DEFAULT_SPEED)
        self.controller.set_speed(c.speed())
        self.controller.snapshot_ready.connect(self._on_snapshot)
        self.controller.running_changed.connect(self.controls.set_running)
        self.controller.running_changed.connect(self._on_running)
        self.canvas.layer_selected.connect(self.picker.select_layer)
        self.picker.layer_selected.connect(self.canvas.select_layer)
        self.canvas.parameter_edited.connect(self.controller.set_parameter)
        self.canvas.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))

    # ------------------------------------------------------------------ building
    def _rebuild_data(self) -> None:
        """Make the dataset the session describes; on failure keep the previous one."""
        if self._suspended:
            return
        try:
            dataset = make_dataset(self.session.data)
        except PlaygroundError as error:
            self.show_problem("The data cannot be used", str(error))
            if self.dataset is not None and self._good_data is not None:
                self.session.set_data(self._good_data)
            return
        previous_task = self.dataset.task if self.dataset is not None else None
        self.dataset, self._good_data = dataset, self.session.data
        self.dataview.set_dataset(dataset)
        self.picker.set_task(dataset.task, dataset.n_classes)
        self.curves.set_dataset(dataset)
        self.canvas.set_available_features(dataset.feature_names())
        spec = conform_to_data(
            self.session.spec, dataset.task, dataset.n_outputs, dataset.feature_names(),
            dataset.task if self._loaded is not None else previous_task or dataset.task,
        )
        if spec != self.session.spec:
            self.session.conform_spec(spec)  # emits spec_changed → rebuild
        else:
            self.rebuild()

    def rebuild(self) -> None:
        """A new network from the spec (same seed → same weights) on the current data.

        Training pauses; the curves start again unless a loaded file brought its history.
        """
        if self.dataset is None or self._suspended:
            return
        spec, train, dataset = self.session.spec, self.session.train, self.dataset
        loaded, self._loaded = self._loaded, None
        try:
            network = Network(spec, loaded.weights if loaded else None, seed=train.seed)
            x_train, x_test = dataset.features(spec.features)
            validate_settings(train)
            map_inputs, extent = None, DEFAULT_EXTENT
            if dataset.is_2d:
                extent = data_extent(np.concatenate([dataset.raw_train, dataset.raw_test]))
                map_inputs = grid_inputs(extent, MAP_RESOLUTION, spec.features)
            job = Job(
                network, x_train, dataset.y_train, x_test, dataset.y_test, dataset.task, train,
                map_inputs, MAP_RESOLUTION, extent, loaded.epoch if loaded else 0,
            )
        except PlaygroundError as error:
            self.show_problem("The network cannot be built", str(error))
            return
        self.hide_problem()
        self.history = loaded.history.copy() if loaded else History()
        self.curves.set_history(self.history)
        self.epoch = job.epoch
        self.controls.set_epoch(self.epoch)
        self.controller.load(job)

    def load_model(self, model: ModelFile) -> None:
        """Replace the session with a model or session file's contents (weights kept)."""
        self._suspended = True
        try:
            self.session.replace_all(
                model.spec, model.training or self.session.train, model.data or self.session.data
            )
        finally:
            self._suspended = False
        self._loaded = model
        self.dataset = None  # the file's data replaces the current data
        self._rebuild_data()

    # ------------------------------------------------------------------ training
    def play(self) -> None:
        if not self.controller.running:
            self.controller.play()

    def toggle_play(self) -> None:
        if self.controller.running:
            self.controller.pause()
        else:
            self.controller.play()

    def step(self) -> None:
        self.controller.step()

    def reset(self) -> None:
        self.rebuild()

    def _on_train_changed(self, train) -> None:
        """Apply new hyperparameters live; an unusable one is named and taken back."""
        try:
            validate_settings(train)
        except PlaygroundError as error:
            self.show_problem("That setting cannot be used", str(error))
            self.session.set_train(self._good_train)
            return
        self._good_train = train
        self.controller.set_settings(train)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        """Show a snapshot and paint it before returning (the worker waits until then).

        Every update repaints the decision map and the epoch. While training runs and updates
        come quickly, the canvas (every link restyled) and the curves (their axes may move)
        follow at about ten times a second each, the one waiting longer first, never both in
        one update: no update takes long, and training gets most of the time."""
        self.history.extend(snapshot.new_history)
        self.epoch = snapshot.epoch
        self.controls.set_epoch(snapshot.epoch)
        self.dataview.set_snapshot(snapshot)
        now = time.perf_counter()
        waiting = {name: now - at for name, at in self._painted_at.items()}
        rapid = now - self._updated_at < 2 * SLOW_VIEW_INTERVAL_S  # huge data: seconds apart
        self._updated_at = now
        if self.controller.running and rapid:
            due = [name for name, wait in waiting.items() if wait >= SLOW_VIEW_INTERVAL_S]
            chosen = [max(due, key=waiting.__getitem__)] if due else []
        else:
            chosen = list(waiting)
        if "canvas" in chosen:
            self.canvas.set_snapshot(snapshot)
        if "curves" in chosen:
            self.curves.flush()
        for name in chosen:
            self._painted_at[name] = now
        self._paint_now()
        if snapshot.message:
            self.statusBar().showMessage(snapshot.message, 15000)
            if snapshot.stop_reason is StopReason.DIVERGED:
                self.show_problem("Training diverged", snapshot.message)

    def _paint_now(self) -> None:
        """Paint what the snapshot changed before returning, rather than in Qt's later passes:
        training waits for the views until then and does not compete with them for the GIL.

        A graphics scene works out what changed in a call Qt queues, a label marks itself for
        repainting in an event it posts, and the window then paints on an update request Qt
        posts. All three are sent here."""
        scenes = (self.canvas.scene, self.dataview.plot.scene(), self.curves.plots.scene())
        for _ in range(2):  # pyqtgraph's views lay themselves out as they paint: a second pass
            for scene in scenes:
                QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall.value)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater.value)
            QCoreApplication.sendPostedEvents(self, QEvent.Type.UpdateRequest.value)

    def _on_running(self, running: bool) -> None:
        if running:  # the first update of a run comes quickly: one slow view is enough
            self._updated_at = time.perf_counter()

    # ------------------------------------------------------------------ messages
    def show_problem(self, title: str, text: str) -> None:
        """A banner above the canvas naming the problem; it stays until the next good build."""
        self.message.setText(f"<b>{title}.</b> {text}")
        self.message.show()
        self.statusBar().showMessage(text, 10000)

    def hide_problem(self) -> None:
        self.message.hide()

    def _show_concepts(self) -> None:
        from .help import ConceptsDialog

        ConceptsDialog(self).show()

    def _show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            "About Neural Network Playground",
            f"<b>Neural Network Playground</b> {__version__}<br>Build small networks, watch "
            "them learn, and export the weights to JSON.",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.files.remember_session()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.controller.shutdown()
        super().closeEvent(event)

    def restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def run_epochs_then(self, epochs: int, done) -> None:
        """Train exactly `epochs` more epochs and call `done()` once the views show them."""

        def check(snapshot: Snapshot) -> None:
            if snapshot.epoch >= target or snapshot.finished:
                self.controller.snapshot_ready.disconnect(check)
                self.curves.flush()
                QTimer.singleShot(0, done)

        target = self.epoch + epochs
        self.controller.snapshot_ready.connect(check)
        self.controller.set_speed(0)
        self.controller.run_to(target)
