"""The loss-surface thread: computes surfaces (and the optimizers' race) off the GUI thread.

Each request carries its own copy of the network and the rows to evaluate, so nothing is
shared with the views or with training. Requests are numbered: a newer one supersedes the
older ones, which the worker skips if it has not started them and whose results the
controller drops if it has. The thread is stopped by asking, never terminated.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..engine.errors import PlaygroundError
from ..engine.network import Network
from ..engine.spec import TrainSettings
from ..engine.surface import (
    PATH_STEPS,
    LossSurface,
    OptimizerPath,
    Parameter,
    chosen_directions,
    loss_surface,
    optimizer_paths,
    random_directions,
)


@dataclass(frozen=True)
class SurfaceRequest:
    """One surface to compute: around `network`'s weights (a private copy), on the rows `x`,
    `y`, along two chosen parameters or two random directions of `seed`; `path` (n, P) is
    the flat weights training went through, to project; with `race` settings, every
    optimizer also runs `steps` steps from the centre."""

    network: Network
    x: np.ndarray
    y: np.ndarray
    parameters: tuple[Parameter, Parameter] | None = None
    seed: int = 0
    path: np.ndarray | None = None
    race: TrainSettings | None = None
    resolution: int = 41
    steps: int = PATH_STEPS
    number: int = 0  # stamped by the controller


@dataclass(frozen=True)
class SurfaceResult:
    """What a request gave: the surface, the path projected onto its plane (n, 2) and the
    race, or the reason there is no surface (`problem`)."""

    number: int
    surface: LossSurface | None
    path: np.ndarray
    race: tuple[OptimizerPath, ...] = ()
    problem: str = ""


def compute(request: SurfaceRequest) -> SurfaceResult:
    """Work `request` out, here and now (the worker's call; tests call it directly)."""
    network = request.network
    empty = np.empty((0, 2))
    try:
        if request.parameters is None:
            directions = random_directions(network, request.seed)
        else:
            directions = chosen_directions(network, *request.parameters)
        surface = loss_surface(network, request.x, request.y, directions,
                               resolution=request.resolution)
    except PlaygroundError as error:
        return SurfaceResult(request.number, None, empty, problem=str(error))
    path = empty if request.path is None or len(request.path) == 0 else surface.project(
        request.path)
    race = ()
    if request.race is not None:
        race = tuple(optimizer_paths(network, request.x, request.y, surface, request.race,
                                     request.steps))
    return SurfaceResult(request.number, surface, path, race)


class SurfaceWorker(QObject):
    """Lives in the surface thread. Call `compute` only through a queued signal."""

    computed = Signal(object)  # SurfaceResult

    def __init__(self) -> None:
        super().__init__()
        self.latest = 0  # the newest request's number, set by the GUI thread

    @Slot(object)
    def compute(self, request: SurfaceRequest) -> None:
        if request.number < self.latest:  # superseded while it waited in the queue
            return
        self.computed.emit(compute(request))


class SurfaceController(QObject):
    """The GUI thread's handle on the surface thread: `request` numbers a request and sends
    it; `computed` gives only the result of the newest one."""

    computed = Signal(object)  # SurfaceResult
    _compute = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._number = 0
        self.pending = False  # a request is out whose result has not come back
        self._thread = QThread()
        self._thread.setObjectName("loss surface")
        self._worker = SurfaceWorker()
        self._worker.moveToThread(self._thread)
        self._compute.connect(self._worker.compute)
        self._worker.computed.connect(self._on_computed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        application = QCoreApplication.instance()
        if application is not None:  # a thread still running as Python exits would abort it
            application.aboutToQuit.connect(self.shutdown)

    @property
    def running(self) -> bool:
        """The thread is up (False once `shutdown` has returned)."""
        return self._thread.isRunning()

    def request(self, request: SurfaceRequest) -> int:
        """Compute `request` in the background, superseding every earlier one; its number."""
        self._number += 1
        self._worker.latest = self._number
        self.pending = True
        self._compute.emit(replace(request, number=self._number))
        return self._number

    def _on_computed(self, result: SurfaceResult) -> None:
        if result.number != self._number:  # an older request's: its state is gone
            return
        self.pending = False
        self.computed.emit(result)

    def shutdown(self) -> None:
        """Drop what is queued and stop the thread; returns once it has ended (after the
        computation under way, if any: at most a second or so)."""
        if self._thread.isRunning():
            self._number += 1
            self._worker.latest = self._number
            self.pending = False
            self._thread.quit()
            self._thread.wait()

