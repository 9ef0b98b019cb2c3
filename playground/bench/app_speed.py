"""With the app attached: training speed with the live views running, GUI updates per second
and the longest stall of the GUI thread, measured in a child process on Qt's offscreen platform.

The child builds the real main window, loads the work into its session, trains with every view
live for a while (the updates, the stalls) and then measures the app's share of headless speed
(a Trainer stepped in a loop in the same process) in interleaved rounds: headless, the app,
headless, the app, … Each round's app rate is compared with the headless runs just before and
after it and the median round counts. This virtual machine's speed drifts by a third within
seconds, so a share taken from runs far apart in time says more about the drift than about
the app; the whole run's share (against the better of the headless runs around it, the
measure before the rounds) is reported beside it.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import threading
import time
from typing import Any

import numpy as np

from .children import run_child, use_private_settings
from .timing import epochs_per_second
from .workloads import SMALL, Workload

# The GUI-thread timer: a longer gap between its ticks is a stall. Each tick runs Python, and
# so takes the GIL from the training thread; at 2 ms the ticks alone cost training about a
# tenth of its speed, at 10 ms next to nothing, and 10 ms is still fine enough for a 50 ms target.
STALL_TICK_MS = 10
SHARE_ROUNDS = 12  # app runs of the interleaved share measurement
SHARE_APP_S = 0.75  # each one's length; the headless runs between them take half as long
RAMP_S = 0.1  # the start of a round that is not counted (see _share_rounds)


def measure(work: Workload, seconds: float, timeout: float = 400.0, panel: str = "",
            rounds: int = SHARE_ROUNDS, round_s: float = SHARE_APP_S) -> dict[str, Any]:
    """`panel`: "" for the default window, "inspector" with the inspector open on a training
    point, following training, its whole backward pass shown, "diagnostics" with the
    diagnostics panel's tab shown below the data view. `rounds` of `round_s` seconds measure
    the share (none: only the whole run's)."""
    try:
        result = run_child(
            "playground.bench.app_speed",
            [str(work.n_train), str(seconds), panel, str(rounds), str(round_s)],
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"points": work.n_train, "panel": panel,
                "error": f"no result within {timeout:.0f} s"}
    return result


def run(is_quick: bool) -> list[dict[str, Any]]:
    """The 2-8-8-1 work at 250 and at 250,000 training points (quick: 250 only). At 250,000
    an epoch takes seconds and each shows once it ends: the target there is only that the GUI
    does not freeze."""
    if is_quick:
        return [dict(measure(SMALL.with_points(250), 0.5, rounds=2, round_s=0.25),
                     checks=ALL_CHECKS)]
    # At 250,000 points an epoch takes seconds: a longer run counts more of them, and rounds
    # shorter than an epoch would count none.
    return [
        dict(measure(SMALL.with_points(250), 6.0), checks=ALL_CHECKS),
        dict(measure(SMALL.with_points(250), 6.0, panel="inspector"), checks=ALL_CHECKS),
        dict(measure(SMALL.with_points(250), 6.0, panel="diagnostics"), checks=ALL_CHECKS),
        dict(measure(SMALL.with_points(250_000), 20.0, rounds=0), checks=("stall",)),
    ]


ALL_CHECKS = ("share", "updates", "stall")


# ---------------------------------------------------------------- the child process


def _headless_rate(work: Workload, window: Any, seconds: float) -> float:
    dataset = window.app.dataset
    x_train, x_test = dataset.features(work.spec.features)
    from ..engine.trainer import Trainer

    trainer = Trainer(work.network(), x_train, dataset.y_train, x_test, dataset.y_test,
                      dataset.task, work.settings)
    trainer.step()
    return epochs_per_second(trainer.step, seconds)


def _spin(seconds: float, until: Any = None) -> float:
    """Run the GUI thread's event loop, as the app does, for `seconds` or until `until()` (asked
    every 10 ms); the time it took. A run of fixed length sets one timer for its end: a timer
    that fires often takes the GIL from the training thread as often (as would a Python loop
    of processEvents)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    start = time.perf_counter()
    loop = QEventLoop()
    timer = QTimer(singleShot=True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def check() -> None:
        left = seconds - (time.perf_counter() - start)
        if left <= 0 or (until and until()):
            loop.quit()
        else:
            timer.start(10 if until else math.ceil(left * 1000))

    timer.timeout.connect(check)
    timer.start(10 if until else math.ceil(seconds * 1000))
    loop.exec()
    return time.perf_counter() - start


class _Watch:
    """What the GUI thread receives from training: each snapshot's arrival and epoch, and when
    the last pause took effect."""

    def __init__(self, controller: Any) -> None:
        self.controller = controller
        self.snapshots: list[tuple[float, int]] = []
        self.paused_at = 0.0
        controller.snapshot_ready.connect(
            lambda s: self.snapshots.append((time.perf_counter(), s.epoch)))
        controller.running_changed.connect(
            lambda running: None if running else setattr(self, "paused_at", time.perf_counter()))

    def settled(self) -> bool:
        """Paused, and the snapshots a pause sends have arrived (training sends them at once;
        30 ms without one is enough)."""
        now = time.perf_counter()
        return (self.paused_at > 0.0 and not self.controller.running
                and now - self.paused_at > 0.03
                and (not self.snapshots or now - self.snapshots[-1][0] > 0.03))

    def epoch(self) -> int:
        return self.snapshots[-1][1] if self.snapshots else 0


def _train_for(window: Any, watch: _Watch, seconds: float) -> float:
    """Train at full speed with every view live for `seconds`, then pause and wait until the
    views have the last snapshot; when training started. Another thread asks for the pause,
    so the run ends on time even when the GUI thread is swamped; the views may then still be
    behind, by however long the backlog takes to show."""
    watch.paused_at = 0.0
    stopper = threading.Timer(seconds, watch.controller.pause)
    start = time.perf_counter()
    window.app.play()
    stopper.start()
    _spin(seconds)
    stopper.join()
    _spin(300.0, until=watch.settled)
    return start


def _app_run(window: Any, watch: _Watch, seconds: float) -> dict[str, Any]:
    """One run of `seconds`: what the GUI thread saw."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer

    ticks: list[float] = []
    paints = [0]

    class PaintCounter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                paints[0] += 1
            return False

    counter = PaintCounter()
    window.dataview.plot.viewport().installEventFilter(counter)
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.setInterval(STALL_TICK_MS)
    tick.timeout.connect(lambda: ticks.append(time.perf_counter()))
    first_epoch, first_snapshot = watch.epoch(), len(watch.snapshots)
    tick.start()
    start = _train_for(window, watch, seconds)
    tick.stop()
    window.dataview.plot.viewport().removeEventFilter(counter)
    end = start + seconds
    shown = [t for t, _ in watch.snapshots[first_snapshot:] if start <= t <= end]
    gaps = [b - a for a, b in zip([start, *ticks], [*ticks, watch.paused_at])]
    return {
        "app_epochs_per_s": (watch.epoch() - first_epoch) / seconds,
        "gui_updates_per_s": len(shown) / seconds,
        "data_view_paints_per_s": paints[0] / (watch.paused_at - start),
        "longest_gui_stall_ms": max(gaps) * 1000.0,
        "views_behind_s": watch.paused_at - end,
        "epochs": watch.epoch() - first_epoch,
    }


def _share_rounds(work: Workload, window: Any, watch: _Watch, rounds: int, seconds: float,
                  headless: list[float]) -> list[float]:
    """`rounds` app runs of `seconds`, each followed by a headless run of half as long (the
    one before the first is `headless[-1]`, and each new one is appended): each round's app
    epochs/s over the mean of the headless rates just before and after it.

    A round's rate is read from its snapshots, from the first that arrives a tenth of a
    second in to the last before the pause: a run's start (the views idle until the first
    snapshot arrives) and its end (the pause's own snapshot) would flatter a short round."""
    shares = []
    for _ in range(rounds):
        first, first_epoch = len(watch.snapshots), watch.epoch()
        start = _train_for(window, watch, seconds)
        steady = [(t, epoch) for t, epoch in watch.snapshots[first:]
                  if start + RAMP_S <= t <= start + seconds]
        if len(steady) >= 2 and steady[-1][0] > steady[0][0]:
            (t0, e0), (t1, e1) = steady[0], steady[-1]
            rate = (e1 - e0) / (t1 - t0)
        else:  # epochs too slow for snapshots to time them: the whole round
            rate = (watch.epoch() - first_epoch) / seconds
        headless.append(_headless_rate(work, window, seconds / 2))
        shares.append(rate / ((headless[-2] + headless[-1]) / 2))
    return shares


def child_main(n_train: int, seconds: float, panel: str = "", rounds: int = SHARE_ROUNDS,
               round_s: float = SHARE_APP_S) -> dict[str, Any]:
    """Build the main window offscreen, load the work, measure; one JSON-able dict."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from ..ui.main_window import MainWindow

    use_private_settings()
    QCoreApplication.setOrganizationName("playground-bench")
    _qt = QApplication.instance() or QApplication(sys.argv[:1])  # alive until the end
    work = SMALL.with_points(n_train)
    window = MainWindow(QSettings())
    window.resize(1280, 800)
    window.show()
    start = time.perf_counter()
    window.app.session.replace_all(work.spec, work.settings, work.data)  # the GUI thread is busy
    load_s = time.perf_counter() - start
    if panel == "inspector":
        window.show_inspector(True)
        window.inspector.select_tab("backward")
        window.inspector_model.choose("train", 0)
        window.inspector_model.all_nodes()
    elif panel == "diagnostics":
        window.lower_tabs.setCurrentWidget(window.diagnostics)
    watch = _Watch(window.app.training)
    window.app.training.set_speed(0)
    _spin(0.5)
    headless = [_headless_rate(work, window, seconds / 3)]
    result = _app_run(window, watch, seconds)
    headless.append(_headless_rate(work, window, seconds / 3))
    whole_run = result["app_epochs_per_s"] / max(headless)
    shares = _share_rounds(work, window, watch, rounds, round_s, headless)
    window.close_without_asking()
    result.update(
        points=n_train,
        panel=panel,
        load_s=load_s,
        headless_epochs_per_s=float(np.mean(headless)),
        whole_run_vs_headless=whole_run,
        round_shares=shares,
        vs_headless=float(np.median(shares)) if shares else whole_run,
    )
    return result


if __name__ == "__main__":
    print(json.dumps(child_main(
        int(sys.argv[1]), float(sys.argv[2]), *sys.argv[3:4], *map(int, sys.argv[4:5]),
        *map(float, sys.argv[5:6]),
    )))
