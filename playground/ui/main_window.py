"""The main window: lays out the views, builds the menus and connects the views to the
application controller, which does everything else."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..engine.dataset import Dataset
from ..presets import Preset
from .app_controller import AppController
from .autosave import Autosave
from .canvas import NetworkCanvas
from .controls import TrainingControls
from .crash_restore import Restored, start_session
from .curves import LossCurves
from .dataview import DataView
from .diagnostics_view import DiagnosticsView
from .exports import notices as export_notices
from .file_actions import FileActions
from .inspector.model import InspectorModel
from .inspector.panel import InspectorPanel
from .language import language_menu, language_menu_title
from .picker import ActivationLossPicker
from .presets_menu import fill_presets_menu, lesson_html, linked_preset
from .repaint import RepaintScheduler
from .results import ResultsView
from .run_list import RunList
from .surface_view import SurfaceView
from .theme import apply_theme, saved_theme, theme_menu
from .timeline import Timeline
from .wheel_guard import WheelGuard, guard_wheel

INSPECTOR_INTERVAL_S = 0.5
PANEL_INTERVAL_S = 0.25
DEFAULT_SPEED = 5  # epochs per frame: the boundary forms within a second, slow enough to watch


class MainWindow(QMainWindow):
    """One window with every view: the data view, network canvas, pickers, training controls
    and curves around the application controller (`app`)."""

    def __init__(self, settings: QSettings | None = None, autosave: bool = True) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Neural Network Playground") + "[*]")  # [*]: unsaved changes
        self._ask_before_closing = True
        self.settings = settings or QSettings()
        apply_theme(saved_theme(self.settings))  # before the views take their colours
        self.app = AppController(self)
        session = self.app.session
        self.canvas = NetworkCanvas(session)
        self.picker = ActivationLossPicker(session)
        self.controls = TrainingControls(session)
        self.dataview = DataView(session)
        self.curves = LossCurves()
        self.results = ResultsView()
        self.surface = SurfaceView()
        self.diagnostics = DiagnosticsView()
        self.inspector_model = InspectorModel(self)
        self.inspector = InspectorPanel(self.inspector_model, session)
        self.inspector.hide()
        self.timeline = Timeline(self.app)
        self.run_list = RunList(self.app)
        self.repaint_scheduler = RepaintScheduler(self.app, self)
        self.repaint_scheduler.register(self.timeline)
        self.repaint_scheduler.register(self.run_list, throttled=True, interval=PANEL_INTERVAL_S)
        self.repaint_scheduler.register(self.dataview)  # every update: the map is cheap to swap
        self.repaint_scheduler.register(self.canvas, throttled=True)
        # The curves and the panels read trends, not every epoch: a few updates a second keep
        # them live and training at its speed (the curves, redrawn whole from thousands of
        # epochs, were the costliest view of the default window).
        for panel in (self.curves, self.results, self.surface, self.diagnostics):
            self.repaint_scheduler.register(panel, throttled=True, interval=PANEL_INTERVAL_S)
        # While training runs fast the inspector follows twice a second: numbers that change
        # more often cannot be read, and it is the costliest view to update (a forward and a
        # backward pass traced node by node, and its tables and the canvas's marks redrawn).
        self.repaint_scheduler.register(self.inspector, throttled=True,
                                        interval=INSPECTOR_INTERVAL_S)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("messageBanner")
        self.message.setStyleSheet(
            "#messageBanner { background: #fff4d6; color: #202020; border: 1px solid #e0b84a;"
            " padding: 4px; }"
        )
        self.message.hide()
        self._problem_text = ""  # the banner's problem, also said in the status bar
        self.lesson = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.lesson.setObjectName("lessonBanner")
        self.lesson.setStyleSheet(
            "#lessonBanner { background: #e3f0fb; color: #202020; border: 1px solid #7fb2de;"
            " padding: 4px; }"
        )
        self.lesson.linkActivated.connect(self._follow_lesson_link)
        self.lesson.hide()
        self._lesson_data = None  # the data settings of the example the banner is about
        self._lay_out()
        self.files = FileActions(self.app, self.settings, self)
        self._build_menus()
        self._connect()
        guard_wheel(self)
        self._wheel_guard = WheelGuard(self)
        QApplication.instance().installEventFilter(self._wheel_guard)
        self.app.follow_session()
        self.autosave = None  # the screenshot runs neither autosave nor restore
        if autosave:
            self.autosave = Autosave(self.app, lambda: self.files.model(with_history=True),
                                     parent=self)
        # What this start began with: an autosaved session brought back, or a fresh one.
        self.restored = start_session(self.autosave, self.files, self)

    def brought_back(self) -> bool:
        """Whether this window began with a session autosaved by an earlier run."""
        return self.restored in (Restored.CLEAN, Restored.CRASH)

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
        centre_box.addWidget(self.lesson)
        centre_box.addWidget(self.canvas, 1)
        self.centre = QSplitter(Qt.Orientation.Vertical)
        self.centre.addWidget(centre)
        self.centre.addWidget(self.inspector)
        self.centre.setStretchFactor(0, 1)
        self.centre.setStretchFactor(1, 1)
        self.centre.setChildrenCollapsible(False)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setDocumentMode(True)
        self.lower_tabs.addTab(self.curves, self.tr("Curves"))
        self.lower_tabs.addTab(self.diagnostics, self.tr("Gradients"))
        self.lower_tabs.addTab(self.results, self.tr("Results"))
        self.lower_tabs.addTab(self.surface, self.tr("Loss surface"))
        self.lower_tabs.addTab(self.run_list, self.tr("Runs"))
        for tab, tip in ((1, self.tr("Gradient flow, update size, histograms and warnings")),
                         (2, self.tr("Confusion matrices, or predicted against true")),
                         (3, self.tr("The training loss over a plane through the weights")),
                         (4, self.tr("Every run: pin runs to compare their curves, restore one"))):
            self.lower_tabs.setTabToolTip(tab, tip)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.setSpacing(0)
        lower_box.addWidget(self.lower_tabs, 1)
        lower_box.addWidget(self.timeline)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.dataview)
        right.addWidget(lower)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(self.centre)
        main.addWidget(right)
        # A window narrower or wider than 1280 pixels shares the difference, the canvas most:
        # at 1024 pixels the canvas alone would otherwise lose all of it.
        for index, stretch in enumerate((1, 3, 2)):
            main.setStretchFactor(index, stretch)
        main.setSizes([330, 520, 430])
        self.setCentralWidget(main)
        self.resize(1280, 800)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.files.populate(file_menu)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut("Ctrl+Q")
        quit_action.triggered.connect(self.close)
        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.app.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.app.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])
        self.undo_action, self.redo_action = undo, redo
        self.presets_menu = bar.addMenu(self.tr("&Presets"))
        fill_presets_menu(self.presets_menu, self.open_preset)
        train = bar.addMenu(self.tr("&Training"))
        self.play_action = QAction(self.tr("&Play / Pause"), self,
                                   shortcut=QKeySequence(Qt.Key.Key_Space))
        self.step_action = QAction(self.tr("&Step one epoch"), self,
                                   shortcut=QKeySequence(Qt.Key.Key_S))
        self.reset_action = QAction(self.tr("&Reset weights"), self,
                                    shortcut=QKeySequence(Qt.Key.Key_R))
        self.play_action.triggered.connect(self.app.toggle_play)
        self.step_action.triggered.connect(self.app.step)
        self.reset_action.triggered.connect(self.app.reset)
        train.addActions([self.play_action, self.step_action, self.reset_action])
        train.addSeparator()
        for text, key, slot in (
            (self.tr("&Back one epoch"), Qt.Key.Key_Left, lambda: self.app.step_shown(-1)),
            (self.tr("&Forward one epoch"), Qt.Key.Key_Right, lambda: self.app.step_shown(+1)),
            (self.tr("&Live"), Qt.Key.Key_End, self.app.show_live),
            (self.tr("&Continue from here"), QKeySequence("Ctrl+Return"),
             self.app.continue_from_here),
        ):
            action = train.addAction(text)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        self._build_inspect_menu(bar.addMenu(self.tr("&Inspect")))
        view = bar.addMenu(self.tr("&View"))
        self.theme_actions = theme_menu(view.addMenu(self.tr("&Theme")), self.settings, self)
        self.language_actions = language_menu(
            view.addMenu(language_menu_title()), self.settings, self,
            lambda text: self.statusBar().showMessage(text, 10000))
        help_menu = bar.addMenu(self.tr("&Help"))
        concepts = help_menu.addAction(self.tr("&Activations, losses and optimizers…"))
        concepts.triggered.connect(self._show_concepts)
        help_menu.addAction(self.tr("&Getting started"), self.start_tour)
        help_menu.addAction(self.tr("&Welcome page…"), self.show_welcome)
        about = help_menu.addAction(self.tr("&About"))
        about.triggered.connect(self._show_about)

    def _build_inspect_menu(self, menu) -> None:
        model = self.inspector_model
        self.inspector_action = QAction(self.tr("&Inspector"), self, checkable=True,
                                        shortcut=QKeySequence("Ctrl+I"))
        self.inspector_action.setToolTip(
            self.tr("One sample's forward and backward pass, node by node"))
        self.inspector_action.toggled.connect(self.show_inspector)
        menu.addAction(self.inspector_action)
        menu.addSeparator()
        for text, keys, slot in (
            (self.tr("&Next training point"), "]", lambda: model.step_sample(+1)),
            (self.tr("&Previous training point"), "[", lambda: model.step_sample(-1)),
            (self.tr("Backward: next &node"), "N", model.next_node),
            (self.tr("Backward: &back one node"), "Shift+N", model.previous_node),
            (self.tr("Backward: &all at once"), "B", model.all_nodes),
        ):
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, slot=slot: self._inspect(slot))

    def _inspect(self, action) -> None:
        """An Inspect menu action: the inspector shows, and the action applies to it."""
        self.show_inspector(True)
        action()

    def show_inspector(self, shown: bool) -> None:
        """Show or hide the inspector below the canvas (and its marks on the other views)."""
        if shown and not self.inspector.isVisible():
            height = max(self.centre.height(), 400)
            self.centre.setSizes([height * 11 // 20, height * 9 // 20])  # the canvas keeps half
        self.inspector.setVisible(shown)
        self.inspector_action.blockSignals(True)
        self.inspector_action.setChecked(shown)
        self.inspector_action.blockSignals(False)
        self._show_marks()

    def _show_marks(self) -> None:
        """The inspected sample ringed in the data view, its values beside the canvas's nodes."""
        model = self.inspector_model
        if not self.inspector.isVisible():
            self.canvas.clear_marks()
            self.dataview.mark_point(None)
            return
        inputs, values = model.canvas_marks()
        node = model.current_node
        self.canvas.show_marks(inputs, values, None if node is None else (node.layer, node.unit))
        self.dataview.mark_point(model.sample.raw if model.sample is not None else None)

    def _inspect_point(self, split: str, index: int) -> None:
        self.show_inspector(True)
        self.inspector_model.choose(split, index)

    def _edit_parameter(self, layer: int, name: str, index: tuple, value: float) -> None:
        if not self.app.refuses_edits():
            self.app.training.set_parameter(layer, name, index, value,
                                            run=self.canvas.shown_run())
            self.app.weights_edited()

    def _show_epoch_number(self) -> None:
        """The epoch trained, or the past one the timeline shows."""
        shown = self.app.shown_epoch
        if shown is None:
            self.controls.set_epoch(self.app.epoch)
        else:
            self.controls.set_epoch(shown, trained=self.app.epoch)

    def _show_runs(self) -> None:
        """The pinned runs' curves, and the epoch the timeline shows, on the curves."""
        runs = self.app.runs
        self.curves.show_runs([run for run in runs.pinned() if run is not runs.current],
                              self.app.shown_epoch)

    def _apply_step(self, weights: list) -> None:
        if self.app.refuses_edits():
            return
        self.app.training.set_weights(weights)
        self.app.weights_edited()
        self.statusBar().showMessage(self.tr(
            "Applied one plain-SGD step on the inspected sample (the epoch count is unchanged)."),
            8000)

    def open_preset(self, preset: Preset, compare: bool = False) -> None:
        """Open a shipped example, say what to look at, and inspect its sample if it has one;
        `compare`: beside the runs so far, the one trained until now pinned (a partner)."""
        if not self.files.open_preset(preset, compare):
            return
        self.lesson.setText(lesson_html(preset))
        self.lesson.show()
        self._lesson_data = self.app.session.data
        if preset.inspect_sample is not None:
            self.inspector_model.set_wrt_output(preset.wrt_output)
            self.show_inspector(True)
            self.inspector_model.choose("train", preset.inspect_sample)

    def _follow_lesson_link(self, link: str) -> None:
        """The banner's partner link opens the partner preset; its Close link hides it."""
        partner = linked_preset(link)
        if partner is None:
            self.lesson.hide()
        else:
            self.open_preset(partner, compare=True)

    def show_welcome(self) -> None:
        """The welcome page: what the app is, the presets, an empty network or the tour."""
        from .welcome import WelcomeDialog

        WelcomeDialog.offer(self)

    def start_tour(self) -> None:
        """Help → Getting started: a few steps, each pointing at one part of the window."""
        from .tour import GettingStartedTour

        GettingStartedTour.start(self)

    def _connect(self) -> None:
        app, training, c = self.app, self.app.training, self.controls
        c.play_requested.connect(app.play)
        c.pause_requested.connect(training.pause)
        c.step_requested.connect(app.step)
        c.reset_requested.connect(app.reset)
        c.speed_changed.connect(training.set_speed)
        c.set_speed(DEFAULT_SPEED)
        training.set_speed(c.speed())
        training.running_changed.connect(c.set_running)
        training.running_changed.connect(self.repaint_scheduler.running_changed)
        app.epoch_changed.connect(self._show_epoch_number)
        app.shown_changed.connect(self._show_epoch_number)
        app.updated.connect(self.repaint_scheduler.paint)
        app.dataset_changed.connect(self._show_dataset)
        app.problem_found.connect(self.show_problem)
        app.problem_solved.connect(self._problem_solved)
        app.status.connect(self.statusBar().showMessage)
        export_notices.saved.connect(self.statusBar().showMessage)
        self.canvas.layer_selected.connect(self.picker.select_layer)
        self.picker.layer_selected.connect(self.canvas.select_layer)
        self.canvas.parameter_edited.connect(self._edit_parameter)
        app.runs_changed.connect(self._show_runs)
        app.shown_changed.connect(self._show_runs)
        app.modified_changed.connect(self.setWindowModified)
        training.edit_refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.canvas.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.dataview.point_chosen.connect(self._inspect_point)
        self.results.points_chosen.connect(self.dataview.highlight_points)
        self.surface.attach_canvas(self.canvas)
        self.inspector.apply_requested.connect(self._apply_step)
        self.inspector.closed.connect(lambda: self.show_inspector(False))
        self.inspector_model.changed.connect(self._show_marks)

    def _show_dataset(self, dataset: Dataset) -> None:
        """A new dataset: each view shows what it needs of it."""
        self.dataview.set_dataset(dataset)
        self.picker.set_task(dataset.task, dataset.n_classes)
        self.curves.set_dataset(dataset)
        self.canvas.set_available_features(dataset.feature_names())
        self.inspector_model.set_dataset(dataset)
        if self.app.session.data != self._lesson_data:
            self.lesson.hide()  # the example's text speaks of its own data

    # ------------------------------------------------------------------ messages
    def show_problem(self, title: str, text: str) -> None:
        """A banner above the canvas naming the problem; it stays until the next good build."""
        self.message.setText(self.tr("<b>{0}.</b> {1}").format(title, text))
        self.message.show()
        self._problem_text = text

    def _problem_solved(self) -> None:
        """The banner goes, and the status bar's copy of its problem with it."""
        self.message.hide()
        if self.statusBar().currentMessage() == self._problem_text:
            self.statusBar().clearMessage()

    def _show_concepts(self) -> None:
        from .help import ConceptsDialog

        ConceptsDialog(self).show()

    def _show_about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self).exec()

    def close_without_asking(self) -> None:
        """Close even with unsaved work (the screenshot and benchmark runs)."""
        self._ask_before_closing = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ask_before_closing and not self.files.confirm_discard():
            event.ignore()
            return
        if self.autosave is not None:  # modified still: the user discarded the session
            self.autosave.close(not self.app.modified, self.files.current_path)
        self.files.remember_session()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.surface.shutdown()
        self.app.shutdown()
        super().closeEvent(event)

    def restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
