"""The training thread: a worker QObject in a QThread iterates the engine's trainer.

The worker runs epochs in short slices driven by a timer in its own thread, so queued calls
(pause, new settings, a new network) are handled between slices: pause and stop are cooperative,
and the thread is never terminated. Snapshots are throttled at the source to ~30 a second, but
each carries the history of every epoch since the previous one. After each snapshot the worker
waits while the views paint it (see `views_ready`).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ..engine.errors import SpecError
from ..engine.history import History
from ..engine.maps import DEFAULT_EXTENT, Extent, decision_maps
from ..engine.network import Network, check_params, copy_params
from ..engine.spec import TrainSettings
from ..engine.trainer import EpochResult, StopReason, Trainer
from .snapshot import Snapshot

EMIT_INTERVAL = 1 / 30  # seconds from one snapshot to the next while running
MIN_SLICE_SECONDS = 0.012  # however long the views take, training gets at least this per slice
VIEWS_WAIT_SECONDS = 0.1  # longest the worker waits for the views to draw a snapshot
# Python's default 5 ms: how long a thread waiting for the GIL lets the holder run before it
# asks for it. With training holding the GIL, every GUI event could wait that long; 1 ms keeps
# the GUI's waits short (measured: the longest GUI stall while training fell by about a third).
GIL_SWITCH_SECONDS = 0.001
DIAGNOSTICS_INTERVAL_S = 0.25  # while training runs, the gradient health is taken this often
FRAME_MS = 33  # one frame at a fixed speed: `speed` epochs per frame
# Every epoch's weights go to the app's archive; those waiting for a snapshot take at most
# this much (a network of a few hundred parameters: thousands of epochs). Past it, as for the
# biggest networks at once, only the epochs snapshots show are recorded.
RECORDED_BYTES = 4 * 2**20


@dataclass(frozen=True)
class Job:
    """Everything the worker needs to train: the network becomes the worker's own."""

    network: Network
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    task: str
    settings: TrainSettings
    map_inputs: np.ndarray | None = None  # network inputs on the map grid (2-D data only)
    map_resolution: int = 0
    map_extent: Extent = DEFAULT_EXTENT
    epoch: int = 0  # where a restored session left off
    run: int = 0  # numbered by the controller; stamped on every snapshot of this job


class TrainingWorker(QObject):
    """Lives in the training thread. Call its slots only through queued signals."""

    snapshot_ready = Signal(object)  # Snapshot
    replay_ready = Signal(object)  # Snapshot of weights from the past (see `replay`)
    running_changed = Signal(bool)
    edit_refused = Signal(str)  # why a weight edit was not applied

    def __init__(self) -> None:
        super().__init__()
        self._job: Job | None = None
        self._trainer: Trainer | None = None
        self._history = History()  # every epoch trained since the job was loaded,
        self._unkept: list[EpochResult] = []  # but these, added to it before it is read
        self._sent = 0  # how many of them snapshots have carried
        self._recorded: list[tuple[int, np.ndarray]] = []  # epochs' weights for the next one
        self._recorded_bytes = 0
        self._speed = 0
        self._timer: QTimer | None = None
        self._last_emit = 0.0
        self._stop_at: int | None = None  # run_to's target epoch
        # The flat parameters before the epoch running now, and the change the last epoch
        # made to them (None until one ran): a copy and a difference per epoch, cheap.
        self._before = np.empty(0)
        self._diagnostics = None  # the latest gradient health, and when it was taken
        self._diagnosed_at = 0.0
        self._last_update: np.ndarray | None = None
        # Set by the GUI thread once the views have painted a snapshot. After each snapshot the
        # worker waits for it: NumPy on networks this small holds the GIL nearly all the time,
        # and every Qt call the views make hands the GIL over and back, so painting while
        # training runs takes the views three to four times as long. Should the views take too
        # long, the worker goes on training and gathers history instead of queueing snapshots.
        self.views_ready = threading.Event()
        self.views_ready.set()
        # Set by the GUI thread to cut a long epoch short (huge data): pause, rebuild, close.
        self.interrupt = threading.Event()

    def _ensure_timer(self) -> QTimer:
        if self._timer is None:  # created here, in the worker's own thread
            self._timer = QTimer(self)
            self._timer.timeout.connect(self._run_slice)
        return self._timer

    @Slot(object)
    def load(self, job: Job) -> None:
        """Replace the network and data; training pauses."""
        self.pause()
        self.interrupt.clear()
        self._job = job
        self._trainer = Trainer(
            job.network, job.x_train, job.y_train, job.x_test, job.y_test, job.task,
            job.settings,
        )
        self._trainer.epoch = job.epoch
        self._history, self._unkept, self._sent = History(), [], 0
        self._recorded, self._recorded_bytes = [], 0
        self._last_update = None
        self._diagnostics, self._diagnosed_at = None, 0.0
        if job.epoch == 0:  # a fresh run's history starts with the loss before training
            gradients, _ratios = self._trainer.layer_statistics(job.network.packed())
            self._history.append(replace(self._trainer.evaluate(), grad_mean_abs=gradients))
        self._emit()

    @Slot(object)
    def set_settings(self, settings: TrainSettings) -> None:
        if self._trainer is not None:
            self._trainer.settings = settings

    @Slot(int)
    def set_speed(self, epochs_per_frame: int) -> None:
        """0: as fast as possible; n: n epochs per frame."""
        self._speed = max(0, epochs_per_frame)
        timer = self._ensure_timer()
        timer.setInterval(0 if self._speed == 0 else FRAME_MS)

    @Slot()
    def play(self) -> None:
        if self._trainer is None:
            return
        if self._stop_at is not None and self._trainer.epoch >= self._stop_at:
            self._stop_at = None
        self.interrupt.clear()
        timer = self._ensure_timer()
        timer.setInterval(0 if self._speed == 0 else FRAME_MS)
        if not timer.isActive():
            timer.start()
            self.running_changed.emit(True)

    @Slot(int)
    def run_to(self, epoch: int) -> None:
        """Train until exactly `epoch` epochs (or an earlier stop), then pause."""
        self._stop_at = epoch
        self.play()

    @Slot()
    def pause(self) -> None:
        if self._timer is not None and self._timer.isActive():
            self._timer.stop()
            self.running_changed.emit(False)
            self._emit()

    @Slot()
    def step(self) -> None:
        """One epoch, then a snapshot."""
        if self._trainer is not None:
            self.pause()
            self.interrupt.clear()
            result = self._with_layer_statistics(self._train_epoch(None))
            self._record(result)
            self._emit(result)

    @Slot(int, int, str, tuple, float)
    def set_parameter(self, run: int, layer: int, name: str, index: tuple, value: float) -> None:
        """Set one weight or bias by hand (the canvas's click-to-edit), on the network it was
        made on: an edit that arrives after a rebuild (say, just after "+ layer") is refused
        with a message instead of landing on another weight, or on none."""
        if self._trainer is None or self._job is None:
            return
        params = self._trainer.network.params
        try:
            if self._job.run != run:
                raise IndexError("the network was rebuilt")
            params[layer][name][index] = value
        except (IndexError, KeyError, TypeError, ValueError):
            self.edit_refused.emit(self.tr(
                "The edit was not applied: the network changed before it arrived; "
                "click the link or bias again."))
            return
        self._emit()

    @Slot(int, object)
    def set_weights(self, run: int, weights: object) -> None:
        """Replace every parameter (the inspector's Apply this step) when the weights are for
        the network being trained: weights made for a network since rebuilt are dropped."""
        if self._trainer is None or self._job is None or self._job.run != run:
            return
        network = self._trainer.network
        try:
            checked = check_params(network.spec, weights)
        except SpecError:
            return
        for layer, new in zip(network.params, checked, strict=True):
            for name, value in new.items():
                layer[name][...] = value  # in place: the parameters are views of one array
        self._emit()

    @Slot(int, int, object)
    def replay(self, run: int, epoch: int, flat: object) -> None:
        """A snapshot of the network with the flat weights `flat` of a past `epoch` (the
        timeline's): training's own state is left as it was."""
        trainer = self._trainer
        if trainer is None or self._job is None or self._job.run != run:
            return
        network = trainer.network
        live = network.packed().copy()
        if np.shape(flat) != live.shape:
            return
        np.copyto(network.flat, flat)
        try:
            snapshot = self._snapshot(replayed_epoch=epoch)
        finally:
            np.copyto(network.flat, live)
        self.replay_ready.emit(snapshot)

    def _train_epoch(self, should_stop: Callable[[], bool] | None) -> EpochResult | None:
        """One epoch of the trainer (None when cut short), keeping the change it made."""
        flat = self._trainer.network.packed()
        if self._before.shape != flat.shape:
            self._before = np.empty_like(flat)
        np.copyto(self._before, flat)
        result = self._trainer.step(should_stop=should_stop)
        if result is not None:
            self._last_update = flat - self._before
        return result

    def _last_update_params(self, network: Network) -> tuple[dict[str, np.ndarray], ...] | None:
        """The last epoch's change of every parameter, per layer like the weights."""
        if self._last_update is None or self._last_update.shape != network.flat.shape:
            return None
        # Views of it are safe to hand over: each epoch makes a new array, none is changed.
        return tuple(network.unpacked(self._last_update))

    def _with_layer_statistics(self, result: EpochResult) -> EpochResult:
        """`result` with the per-layer gradient statistics of its epoch. Training at full speed
        runs hundreds of epochs a second; the statistics (a whole-set backward pass) are
        taken for the epochs that snapshots show, about 30 a second, so that they do not cost
        training its speed; the other epochs' are not recorded (NaN, null in a file)."""
        if result.stop_reason is StopReason.DIVERGED:
            return result
        gradients, ratios = self._trainer.layer_statistics(self._before)
        return replace(result, grad_mean_abs=gradients, update_ratio=ratios)

    def _record(self, result: EpochResult) -> None:
        """Keep an epoch (its numbers and weights) for the next snapshot; a diverged one was
        undone and is not kept."""
        if result.stop_reason is not StopReason.DIVERGED:
            self._unkept.append(result)
            flat = self._trainer.network.flat
            if self._recorded_bytes + flat.nbytes <= RECORDED_BYTES:
                self._recorded.append((result.epoch, flat.copy()))
                self._recorded_bytes += flat.nbytes

    def _run_slice(self) -> None:
        trainer = self._trainer
        assert trainer is not None
        # Train until the next snapshot is due, stopping rather than running an epoch past it:
        # the views' time comes out of the interval, so they update about 30 times a second
        # whatever they cost, down to the minimum slice.
        now = time.perf_counter()
        deadline = max(now + MIN_SLICE_SECONDS, self._last_emit + EMIT_INTERVAL)
        epochs = 0
        while True:
            began = time.perf_counter()
            result = self._train_epoch(self.interrupt.is_set)
            if result is None:  # cut short: a pause, a rebuild or a close is waiting
                return
            epochs += 1
            now = time.perf_counter()
            epoch_seconds = now - began
            last = (result.stop_reason is not None
                    or (self._stop_at is not None and trainer.epoch >= self._stop_at)
                    or (self._speed and epochs >= self._speed)
                    or now + epoch_seconds > deadline)
            if last:  # the epoch a snapshot shows: its per-layer statistics too
                result = self._with_layer_statistics(result)
            self._record(result)
            if result.stop_reason is not None:
                self._timer.stop()
                self.running_changed.emit(False)
                self._emit(result)
                return
            if self._stop_at is not None and trainer.epoch >= self._stop_at:
                self._stop_at = None
                self.pause()
                return
            if last:
                break
        due = now + epoch_seconds - self._last_emit >= EMIT_INTERVAL
        if not (due and self.views_ready.is_set()):
            return
        # The next slice is timed from the end of this one, so making the snapshot does not
        # stretch the interval; the views then paint it while training waits.
        self._emit(result)
        self._last_emit = now
        self.views_ready.wait(VIEWS_WAIT_SECONDS)

    def _emit(self, result: EpochResult | None = None) -> None:
        """Send a snapshot of training as it is now."""
        snapshot = self._snapshot(result)
        if snapshot is not None:
            self._last_emit = time.perf_counter()
            self.views_ready.clear()
            self.snapshot_ready.emit(snapshot)

    def _diagnose(self, result: EpochResult | None) -> object:
        """The gradient health for a snapshot: taken afresh at most every
        DIAGNOSTICS_INTERVAL_S while training runs fast (badges and warnings need no more, and
        it costs a forward and a backward pass over the training set), always otherwise."""
        now = time.perf_counter()
        running = self._timer is not None and self._timer.isActive()
        if (self._diagnostics is None or not running or result is None
                or now - self._diagnosed_at >= DIAGNOSTICS_INTERVAL_S):
            self._diagnostics = self._trainer.diagnose(self._history)
            self._diagnosed_at = now
        return self._diagnostics

    def _take_new_epochs(self) -> History:
        taken = self._history.last(len(self._history) - self._sent)
        self._sent = len(self._history)
        return taken

    def _take_new_weights(self) -> tuple[tuple[int, np.ndarray], ...]:
        """The weights recorded since the last snapshot, ending with those of now (an edit by
        hand changes them within an epoch)."""
        taken, self._recorded, self._recorded_bytes = self._recorded, [], 0
        epoch, flat = self._trainer.epoch, self._trainer.network.flat
        if not taken or taken[-1][0] != epoch:
            taken.append((epoch, flat.copy()))
        elif not np.array_equal(taken[-1][1], flat):
            taken[-1] = (epoch, flat.copy())
        return tuple(taken)

    def _snapshot(self, result: EpochResult | None = None,
                  replayed_epoch: int | None = None) -> Snapshot | None:
        """Training as it is now; or, with `replayed_epoch`, the network's present weights
        shown as that epoch's, taking none of the epochs the next snapshot is to carry."""
        trainer, job = self._trainer, self._job
        if trainer is None or job is None:
            return None
        self._history.append_all(self._unkept)
        self._unkept = []
        network = trainer.network
        gradients = trainer.full_gradients()
        neuron_maps, output_map = (), None
        if job.map_inputs is not None:
            neuron_maps, output_map = decision_maps(network, job.map_inputs, job.map_resolution)
        live = replayed_epoch is None
        return Snapshot(
            epoch=trainer.epoch if live else replayed_epoch,
            run=job.run,
            new_history=self._take_new_epochs() if live else History(),
            new_weights=self._take_new_weights() if live else (),
            weights=tuple(copy_params(network.params)),
            gradients=tuple(gradients),
            last_update=self._last_update_params(network) if live else None,
            grad_norms=tuple(float(np.linalg.norm(g["W"])) for g in gradients),
            diagnostics=(self._diagnose(result) if live
                         else trainer.diagnose(self._history.until(replayed_epoch))),
            neuron_maps=neuron_maps,
            output_map=output_map,
            grid_extent=job.map_extent,
            message=result.message if result is not None else "",
            stop_reason=result.stop_reason if result is not None else None,
        )


class TrainingController(QObject):
    """The GUI thread's handle on the worker: owns the thread, forwards calls as queued signals
    and keeps the latest snapshot for the views to repaint from."""

    snapshot_ready = Signal(object)
    replay_ready = Signal(object)  # a past epoch's snapshot, asked for with `replay`
    running_changed = Signal(bool)
    _load = Signal(object)
    _settings = Signal(object)
    _speed = Signal(int)
    _play = Signal()
    _pause = Signal()
    _run_to = Signal(int)
    _step = Signal()
    _parameter = Signal(int, int, str, tuple, float)
    edit_refused = Signal(str)
    _weights = Signal(int, object)
    _replay = Signal(int, int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest: Snapshot | None = None
        self.running = False
        self._run = 0  # the number of the job loaded last
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        self._thread = QThread()
        self._thread.setObjectName("training")
        self._worker = TrainingWorker()
        self._worker.moveToThread(self._thread)
        self._load.connect(self._worker.load)
        self._settings.connect(self._worker.set_settings)
        self._speed.connect(self._worker.set_speed)
        self._play.connect(self._worker.play)
        self._pause.connect(self._worker.pause)
        self._run_to.connect(self._worker.run_to)
        self._step.connect(self._worker.step)
        self._parameter.connect(self._worker.set_parameter)
        self._weights.connect(self._worker.set_weights)
        self._replay.connect(self._worker.replay)
        self._worker.replay_ready.connect(self._on_replay)
        self._worker.edit_refused.connect(self.edit_refused)
        self._worker.snapshot_ready.connect(self._on_snapshot)
        self._worker.running_changed.connect(self._on_running)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def load(self, job: Job) -> None:
        """Train `job` from now on. Snapshots of earlier jobs still on their way (the one a
        pause sends, for one) are dropped: their epochs belong to a run the views have left."""
        self._run += 1
        self._worker.interrupt.set()
        self._load.emit(replace(job, run=self._run))

    def set_settings(self, settings: TrainSettings) -> None:
        self._settings.emit(settings)

    def set_speed(self, epochs_per_frame: int) -> None:
        self._speed.emit(epochs_per_frame)

    def play(self) -> None:
        self._play.emit()

    def pause(self) -> None:
        self._worker.interrupt.set()
        self._worker.views_ready.set()  # no need to wait for the views to finish drawing
        self._pause.emit()

    def run_to(self, epoch: int) -> None:
        """Train until exactly `epoch` epochs, then pause (screenshots, tests)."""
        self._run_to.emit(epoch)

    def step(self) -> None:
        self._step.emit()

    def set_parameter(self, layer: int, name: str, index: tuple, value: float,
                      run: int | None = None) -> None:
        """Set one weight or bias of the network of run `run` (the one the edit was made on;
        by default the one loaded last); the worker refuses it for any other."""
        run = self._run if run is None else run
        self._parameter.emit(run, layer, name, tuple(index), float(value))

    def set_weights(self, weights: list) -> None:
        """Pause, then train on from `weights` (every layer's W, b, …) if they fit the
        network loaded last."""
        self.pause()
        self._weights.emit(self._run, [dict(layer) for layer in weights])

    def replay(self, epoch: int, flat: np.ndarray) -> None:
        """Pause, and have the network with the flat weights of a past `epoch` shown: a
        snapshot of it comes through `replay_ready`, and `latest` stays training's."""
        self.pause()
        self._replay.emit(self._run, epoch, flat)

    def _on_replay(self, snapshot: Snapshot) -> None:
        if snapshot.run == self._run:
            self.replay_ready.emit(snapshot)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.run != self._run:
            self._worker.views_ready.set()
            return
        self.latest = snapshot
        self.snapshot_ready.emit(snapshot)  # the views take it in and paint it, then return
        self._worker.views_ready.set()

    def _on_running(self, running: bool) -> None:
        self.running = running
        self.running_changed.emit(running)

    def shutdown(self) -> None:
        """Stop training and the thread; returns once the thread has ended (promptly: the worker
        looks at its queue every slice)."""
        if self._thread.isRunning():
            self._worker.interrupt.set()
            self._worker.views_ready.set()
            self._pause.emit()
            self._thread.quit()
            self._thread.wait()
