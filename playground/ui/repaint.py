"""The repaint scheduler: the one object that decides which views paint the latest state, and
makes them paint it before the snapshot handler returns.

Views register with it and expose `paint_latest(state)` and the graphics scenes they own; no
view reaches into another's scene. Training waits while the views paint (see
`workers.training.TrainingWorker.views_ready`), so what they cost comes out of training's time:
the scheduler keeps that cost small while updates come quickly, and shows everything otherwise.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..engine.history import History
    from ..workers.snapshot import Snapshot

# While training runs and updates come quickly, a view registered as throttled (one that costs
# much to paint: the canvas restyles every link, the curves may move their axes) paints at most
# this often, and only one of them paints in any update.
SLOW_VIEW_INTERVAL_S = 0.1


class LatestState(Protocol):
    """What the views paint: the application controller's latest snapshot and history."""

    @property
    def latest(self) -> Snapshot | None: ...

    @property
    def history(self) -> History: ...

    @property
    def running(self) -> bool: ...


class PaintedView(Protocol):
    """A view the scheduler paints."""

    def paint_latest(self, state: LatestState) -> None:
        """Show `state` as it is now."""

    def painted_scenes(self) -> Sequence[QObject]:
        """The graphics scenes the view paints into, whose queued work is done at once."""


@dataclass(eq=False)
class _Registered:
    view: PaintedView
    scenes: tuple[QObject, ...]
    throttled: bool
    interval: float  # while training runs: the least time between two paints of a throttled view
    painted_at: float = 0.0


def _is_shown(view: PaintedView) -> bool:
    """Whether a view is on screen now (a view that is not a widget always counts as shown)."""
    return view.isVisible() if isinstance(view, QWidget) else True


class RepaintScheduler(QObject):
    """Paints the registered views on every update (`paint`), under one policy: every view
    paints every update, except that while training runs and updates come quickly, throttled
    views follow at about SLOW_VIEW_INTERVAL_S each, the one waiting longer first, never two
    in one update. So no update takes long, and training gets most of the time."""

    def __init__(self, state: LatestState, window: QWidget) -> None:
        super().__init__(window)
        self._state = state
        self._window = window
        self._views: list[_Registered] = []
        self._updated_at = 0.0  # when the last update came

    def register(self, view: PaintedView, throttled: bool = False,
                 interval: float = SLOW_VIEW_INTERVAL_S) -> None:
        """Paint `view` from the next update on; `throttled` for a view that is slow to paint,
        at most every `interval` seconds while training runs."""
        self._views.append(
            _Registered(view, tuple(view.painted_scenes()), throttled, interval))

    def paint(self) -> None:
        """Paint the latest state in the views whose turn it is, before returning."""
        now = time.perf_counter()
        rapid = now - self._updated_at < 2 * SLOW_VIEW_INTERVAL_S  # huge data: seconds apart
        self._updated_at = now
        # A view out of sight (a hidden panel, a tab behind another) is told the state on every
        # update, which it only keeps, and neither takes a throttled view's turn nor has its
        # scenes flushed: it catches up when it is shown.
        shown = [entry for entry in self._views if _is_shown(entry.view)]
        throttled = [entry for entry in shown if entry.throttled]
        chosen = throttled
        if self._state.running and rapid:
            due = [entry for entry in throttled if now - entry.painted_at >= entry.interval]
            chosen = [min(due, key=lambda entry: entry.painted_at)] if due else []
        for entry in self._views:
            if entry not in shown or not entry.throttled or entry in chosen:
                entry.view.paint_latest(self._state)
        for entry in chosen:
            entry.painted_at = now
        self._paint_now(shown)

    def running_changed(self, running: bool) -> None:
        """The first update of a run comes quickly: one slow view is enough for it."""
        if running:
            self._updated_at = time.perf_counter()

    def _paint_now(self, shown: list[_Registered]) -> None:
        """Paint what the views changed before returning, rather than in Qt's later passes:
        training waits for the views until then and does not compete with them for the GIL.

        A graphics scene works out what changed in a call Qt queues, a label marks itself for
        repainting in an event it posts, and the window then paints on an update request Qt
        posts. All three are sent here."""
        scenes = [scene for entry in shown for scene in entry.scenes]
        for _ in range(2):  # pyqtgraph's views lay themselves out as they paint: a second pass
            for scene in scenes:
                QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall.value)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater.value)
            QCoreApplication.sendPostedEvents(self._window, QEvent.Type.UpdateRequest.value)
