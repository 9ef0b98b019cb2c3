"""The application controller: between the window and the rest.

It owns the session model, the training thread's controller, the dataset, the run's history and
the epoch; it makes the dataset and the network the session describes and trains them. Views
and file actions are handed it; it tells them what changed through signals and never touches a
widget, so the window only lays out the views and builds the menus.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ..engine.archive import WeightArchive
from ..engine.dataset import Dataset
from ..engine.datasets import make_dataset, recorded_settings
from ..engine.errors import PlaygroundError
from ..engine.history import History
from ..engine.maps import DEFAULT_EXTENT, data_extent, grid_inputs
from ..engine.modelfile import ModelFile
from ..engine.network import Network, check_params, copy_params
from ..engine.runs import Run, RunList, RunSetup
from ..engine.spec import DataSettings, TrainSettings
from ..engine.trainer import StopReason, validate_settings
from ..workers.snapshot import Snapshot
from ..workers.training import Job, TrainingController
from .defaults import DEFAULT_DATA, DEFAULT_SPEC, DEFAULT_TRAIN, conform_to_data
from .language import translated
from .session import SessionModel

MAP_RESOLUTION = 100


class AppController(QObject):
    """The session, training, dataset, history and epoch of one window."""

    dataset_changed = Signal(object)  # Dataset: the views show its points, task and features
    epoch_changed = Signal(int)
    updated = Signal()  # a snapshot was taken in: the repaint scheduler paints it now
    problem_found = Signal(str, str)  # title, text: shown until the next good build
    problem_solved = Signal()
    status = Signal(str, int)  # a passing message and how many milliseconds it shows
    modified_changed = Signal(bool)  # the session differs from the file it was saved to
    shown_changed = Signal()  # the views went to a past epoch (`shown_epoch`), or back to live
    runs_changed = Signal()  # a run began, was pinned or restored

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = SessionModel(DEFAULT_SPEC, DEFAULT_TRAIN, DEFAULT_DATA, self)
        self.training = TrainingController(self)
        self.dataset: Dataset | None = None
        self.history = History()  # every epoch of the run, restored ones included
        self.epoch = 0
        self._loaded: ModelFile | None = None  # weights and history to start the next build from
        self._good_data = None  # the last data settings that made a dataset
        self._good_train = self.session.train  # the last training settings that validated
        self._suspended = False  # while a whole session is replaced: build once, at the end
        self._built_weights: list | None = None  # the network as the last rebuild made it
        self._unbuilt: tuple[str, str] | None = None  # why the session's network is not built
        self._beside = False  # the file being loaded starts a run beside the others (compare)
        self.modified = False
        self._saved_epoch = 0  # the epoch of the file the session was last saved to or read from
        self.archive = WeightArchive()  # the current run's weights, epoch by epoch
        self.runs = RunList()
        self.shown_epoch: int | None = None  # the past epoch the views show; None: live
        self._replayed: Snapshot | None = None  # the shown epoch's snapshot, once it is made
        self._replay_asked = False  # a replay is being made in the training thread
        self._continuing: int | None = None  # the epoch the next build continues from
        self._restoring: Run | None = None  # the kept run the next build trains on
        self.training.snapshot_ready.connect(self._on_snapshot)
        self.training.replay_ready.connect(self._on_replay)

    def follow_session(self) -> None:
        """Rebuild on every session edit from now on. Call it once the views follow the session:
        they show an edit before the controller acts on it, and it may take the edit back."""
        self.session.spec_changed.connect(lambda _spec: self.rebuild())
        self.session.data_changed.connect(lambda _data: self.rebuild_data())
        self.session.train_changed.connect(self._on_train_changed)
        for changed in (self.session.spec_changed, self.session.data_changed,
                        self.session.train_changed):
            changed.connect(lambda _value: self._set_modified(True))

    # ------------------------------------------------------------------ saved or not
    def _set_modified(self, modified: bool) -> None:
        if modified != self.modified:
            self.modified = modified
            self.modified_changed.emit(modified)

    def mark_saved(self) -> None:
        """The session is now what a file holds (just saved, opened or started anew)."""
        self._saved_epoch = self.epoch
        self._set_modified(False)

    def mark_unsaved(self) -> None:
        """The session holds work no file has (restored from an autosave after a crash)."""
        self._set_modified(True)

    def weights_edited(self) -> None:
        """Weights were set by hand (a canvas edit, Apply this step): unsaved work."""
        self._set_modified(True)

    def weights_shown(self) -> list | None:
        """The weights of the network the views show: the latest snapshot's when they fit the
        session's network, else (an edit a moment ago, its snapshot not yet in) the weights
        the rebuild made, so a save right after an edit saves what the user sees."""
        spec = self.session.spec
        live = self.training.latest
        for weights in ((live.weights if live else None), self._built_weights):
            if weights is not None:
                try:
                    return check_params(spec, list(weights))
                except PlaygroundError:
                    continue
        return None

    @property
    def latest(self) -> Snapshot | None:
        """What the views show: the latest snapshot of the current run, or, while the timeline
        shows a past epoch, that epoch's."""
        if self.shown_epoch is not None and self._replayed is not None:
            return self._replayed
        return self.training.latest

    def recorded_data(self) -> DataSettings:
        """The session's data settings as a file records them (the counts of custom points)."""
        data = self.session.data
        return data if self.dataset is None else recorded_settings(data, self.dataset)

    @property
    def running(self) -> bool:
        return self.training.running

    def announce(self, text: str, milliseconds: int = 5000) -> None:
        """Say something in passing (the window's status bar)."""
        self.status.emit(text, milliseconds)

    def _problem(self, title: str, text: str) -> None:
        self.problem_found.emit(title, text)
        self.announce(text, 10000)

    # ------------------------------------------------------------------ building
    def rebuild_data(self) -> None:
        """Make the dataset the session describes; on failure keep the previous one."""
        if self._suspended:
            return
        try:
            dataset = make_dataset(self.session.data)
        except PlaygroundError as error:
            self._problem(self.tr("The data cannot be used"), translated(error.text))
            if self.dataset is not None and self._good_data is not None:
                self.session.set_data(self._good_data)
            return
        previous_task = self.dataset.task if self.dataset is not None else None
        self.dataset, self._good_data = dataset, self.session.data
        self.dataset_changed.emit(dataset)
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

        Training pauses; the history starts again unless a loaded file brought one.
        """
        if self.dataset is None or self._suspended:
            return
        # A past epoch is of the network as it was: whatever this build makes, or fails to,
        # the views follow the session from now on (Continue from here took its weights first).
        self.show_live()
        spec, train, dataset = self.session.spec, self.session.train, self.dataset
        if len(dataset.raw_train) == 0:
            self._cannot_build(self.tr("No points yet"), self.tr(
                "click in the data view to add points of the chosen class (Edit points is on), "
                "or type them below the plot"))
            return
        loaded, self._loaded = self._loaded, None
        continued, self._continuing = self._continuing, None
        restoring, self._restoring = self._restoring, None
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
            self._cannot_build(self.tr("The network cannot be built"), translated(error.text))
            return
        self._unbuilt = None
        self.problem_solved.emit()
        self._built_weights = copy_params(network.params)
        self.history = loaded.history.copy() if loaded else History()
        self.archive = loaded.archive.copy() if loaded and loaded.archive else WeightArchive()
        self.epoch = job.epoch
        self._begin_run(loaded, continued, restoring)
        self.shown_epoch, self._replayed, self._replay_asked = None, None, False
        self.shown_changed.emit()
        self.epoch_changed.emit(self.epoch)
        self.training.load(job)

    def load_model(self, model: ModelFile, compare: bool = False) -> None:
        """Replace the session with a model or session file's contents (weights kept);
        `compare`: as a new run in the run list, the current run pinned beside it."""
        self._beside = compare
        if compare and self.runs.current is not None:
            self.runs.current.pinned = True
        self._suspended = True
        try:
            self.session.replace_all(
                model.spec, model.training or self.session.train, model.data or self.session.data
            )
        finally:
            self._suspended = False
        self._loaded = model
        self.dataset = None  # the file's data replaces the current data
        self.rebuild_data()

    def _cannot_build(self, title: str, text: str) -> None:
        """The session's network cannot be trained: the one trained before pauses, and Play
        and Step say why rather than train a network that is no longer the one set up."""
        self._unbuilt = (title, text)
        self.training.pause()
        self._problem(title, text)

    def _refuses_training(self) -> bool:
        if self._unbuilt is not None:
            self._problem(*self._unbuilt)
        return self._unbuilt is not None

    # ------------------------------------------------------------------ training
    def play(self) -> None:
        self.show_live()
        if not self.training.running and not self._refuses_training():
            self.training.play()

    def toggle_play(self) -> None:
        if self.training.running:
            self.training.pause()
        else:
            self.play()

    def step(self) -> None:
        self.show_live()
        if not self._refuses_training():
            self.training.step()

    def reset(self) -> None:
        """The same initial weights again (a rebuild from the unchanged spec and seed)."""
        self.rebuild()

    def run_epochs_then(self, epochs: int, done: Callable[[], None]) -> None:
        """Train exactly `epochs` more epochs and call `done()` once the views show them."""

        def check(snapshot: Snapshot) -> None:
            if snapshot.epoch >= target or snapshot.finished:
                self.training.snapshot_ready.disconnect(check)
                QTimer.singleShot(0, done)

        target = self.epoch + epochs
        self.training.snapshot_ready.connect(check)
        self.training.set_speed(0)
        self.training.run_to(target)

    def shutdown(self) -> None:
        """Stop training and its thread."""
        self.training.shutdown()

    def _on_train_changed(self, train: TrainSettings) -> None:
        """Apply new hyperparameters live; an unusable one is named and taken back."""
        try:
            validate_settings(train)
        except PlaygroundError as error:
            self._problem(self.tr("That setting cannot be used"), translated(error.text))
            self.session.set_train(self._good_train)
            return
        self._good_train = train
        self.training.set_settings(train)
        self.runs.set_train(train)
        self.runs_changed.emit()

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        """Take a snapshot in and have it painted before returning (the worker waits)."""
        self.history.extend(snapshot.new_history)
        self.archive.extend(snapshot.new_weights, copy=False)  # the worker's own copies
        self.epoch = snapshot.epoch
        self.runs.update_current(self.history, list(snapshot.weights), snapshot.epoch,
                                 self._good_train)
        if snapshot.epoch != self._saved_epoch:
            self._set_modified(True)
        self.epoch_changed.emit(snapshot.epoch)
        self.updated.emit()
        if snapshot.message:
            message = translated(snapshot.message)
            self.announce(message, 15000)
            if snapshot.stop_reason is StopReason.DIVERGED:
                self._problem(self.tr("Training diverged"), message)

    # ------------------------------------------------------------------ runs and the past
    def _begin_run(self, loaded: ModelFile | None, continued: int | None,
                   restoring: Run | None) -> None:
        """The build starts a run: a kept one again, a file's own, or a new one."""
        if restoring is not None:
            self.runs.enter(restoring, self.history)
        elif loaded is not None and continued is None and loaded.runs is not None:
            self.runs = loaded.runs
            self.runs.current.history = self.history
        else:
            if loaded is not None and continued is None and not self._beside:
                self.runs = RunList()  # a file without runs: a session of its own
            self._beside = False
            setup = RunSetup(self.session.spec, self.session.train, self.session.data,
                             continued)
            self.runs.begin(setup, self.history, self.epoch)
        self.runs_changed.emit()

    def show_epoch(self, epoch: int) -> None:
        """Pause and show the kept epoch nearest `epoch` in every view."""
        kept = self.archive.nearest(epoch)
        if kept is None:
            return
        if kept == self.epoch == self.archive.last_epoch and not self.running:
            self.show_live()
            return
        self.shown_epoch = kept
        self.shown_changed.emit()
        if not self._replay_asked:  # one at a time: a drag's latest epoch is asked for next
            self._ask_replay()

    def _ask_replay(self) -> None:
        self._replay_asked = True
        self.training.replay(self.shown_epoch, self.archive.weights(self.shown_epoch))

    def step_shown(self, steps: int) -> None:
        """Show the kept epoch `steps` before (−) or after (+) the one shown; past the last,
        the live view."""
        epochs = self.archive.epochs
        if not epochs:
            return
        here = self.shown_epoch if self.shown_epoch is not None else self.epoch
        index = epochs.index(self.archive.nearest(here)) + steps
        if index >= len(epochs) - 1 and epochs[-1] == self.epoch:
            self.show_live()
        else:
            self.show_epoch(epochs[max(index, 0)])

    def show_live(self) -> None:
        """The views follow training again."""
        if self.shown_epoch is not None:
            self.shown_epoch, self._replayed = None, None
            self.shown_changed.emit()
            self.updated.emit()

    def _on_replay(self, snapshot: Snapshot) -> None:
        self._replay_asked = False
        if self.shown_epoch is None:
            return
        self._replayed = snapshot
        if snapshot.epoch != self.shown_epoch:
            self._ask_replay()
        self.updated.emit()

    def continue_from_here(self) -> None:
        """Train on from the shown epoch with the settings as they are now, as from a session
        file saved at that epoch (the optimizer starts afresh, as it does from a file). The
        run's later epochs are kept as a ghost run."""
        epoch = self.shown_epoch
        if epoch is None:
            return
        if epoch < self.epoch and self.runs.current is not None:
            network = Network(self.session.spec, seed=self.session.train.seed)
            past = self.archive.weights(epoch)
            if past.shape != network.flat.shape:  # a build of another network failed since
                self.announce(self.tr("Epoch {0} was trained on another network than the one "
                                      "set up now: Live shows this one.").format(epoch), 8000)
                self.show_live()
                return
            self.runs.current.ghost = True
            weights = copy_params(network.unpacked(past))
            self._loaded = ModelFile(
                self.session.spec, weights, self.session.train, self.session.data, epoch,
                self.history.until(epoch), self.archive.copy(epoch))
            self._continuing = epoch
            self.rebuild()
        self.play()

    def refuses_edits(self) -> bool:
        """Whether the views show a past epoch, where weights are not edited: says so, and
        what to do instead."""
        if self.shown_epoch is None:
            return False
        self.announce(self.tr("This is a past epoch: press Continue from here to train or edit "
                              "from it, or Live to go back."), 8000)
        self.updated.emit()  # the views show the past epoch's weights again
        return True

    def set_pinned(self, number: int, pinned: bool) -> None:
        """Overlay a run's curves on the current ones (or not)."""
        self.runs.get(number).pinned = pinned
        self._set_modified(True)
        self.runs_changed.emit()

    def restore_run(self, number: int) -> None:
        """Train on a kept run again: its network, settings, data and weights come back, and
        the run left is kept in the list."""
        run = self.runs.get(number)
        if run is self.runs.current:
            self.show_live()
            return
        self._restoring = run
        if run.weights is None:  # a file kept its curves but not its weights: from its start
            self.load_model(ModelFile(run.setup.spec, None, run.setup.train, run.setup.data))
            return
        self.load_model(ModelFile(run.setup.spec, run.weights, run.train, run.setup.data,
                                  run.epoch, run.history.copy()))
