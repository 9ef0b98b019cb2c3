"""With the app attached: training speed with the live views running, GUI updates per second
and the longest stall of the GUI thread, measured in a child process on Qt's offscreen platform.

The child builds the real main window, loads the work into its session and measures, in the
same process, headless epochs per second (a Trainer stepped in a loop) before and after the app
run; the ratio compares the app run with the better of the two.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from typing import Any

from .children import run_child, use_private_settings
from .timing import epochs_per_second
from .workloads import SMALL, Workload

# The GUI-thread timer: a longer gap between its ticks is a stall. Each tick runs Python, and
# so takes the GIL from the training thread; at 2 ms the ticks alone cost training about a
# tenth of its speed, at 10 ms next to nothing, and 10 ms is still fine enough for a 50 ms target.
STALL_TICK_MS = 10


def measure(work: Workload, seconds: float, timeout: float = 400.0,
            panel: str = "") -> dict[str, Any]:
    """`panel`: "" for the default window, "inspector" with the inspector open on a training
    point, following training, its whole backward pass shown, "diagnostics" with the
    diagnostics panel's tab shown below the data view."""
    try:
        result = run_child(
            "playground.bench.app_speed", [str(work.n_train), str(seconds), panel],
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"points": work.n_train, "panel": panel,
                "error": f"no result within {timeout:.0f} s"}
    result["vs_headless"] = result["app_epochs_per_s"] / result["headless_epochs_per_s"]
    return result


def run(is_quick: bool) -> list[dict[str, Any]]:
    """The 2-8-8-1 work at 250 and at 250,000 training points (quick: 250 only). At 250,000
    an epoch takes seconds and each shows once it ends: the target there is only that the GUI
    does not freeze."""
    if is_quick:
        return [dict(measure(SMALL.with_points(250), 0.5), checks=ALL_CHECKS)]
    # At 250,000 points an epoch takes seconds: a longer run counts more of them.
    return [
        dict(measure(SMALL.with_points(250), 6.0), checks=ALL_CHECKS),
        dict(measure(SMALL.with_points(250), 6.0, panel="inspector"), checks=ALL_CHECKS),
        dict(measure(SMALL.with_points(250), 6.0, panel="diagnostics"), checks=ALL_CHECKS),
        dict(measure(SMALL.with_points(250_000), 20.0), checks=("stall",)),
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
    every 10 ms); the time it took. (A Python loop of processEvents would compete with the
    training thread for the GIL and slow it down.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    loop = QEventLoop()
    check = QTimer(interval=10)
    check.timeout.connect(
        lambda: loop.quit()
        if time.perf_counter() - start >= seconds or (until and until())
        else None
    )
    check.start()
    loop.exec()
    check.stop()
    return time.perf_counter() - start


def _app_run(window: Any, app: Any, seconds: float) -> dict[str, Any]:
    """Train at full speed with every view live for `seconds`; what the GUI thread saw.

    Another thread asks for the pause, so the run ends on time even when the GUI thread is
    swamped; the views may then still be behind, by however long the backlog takes to show.
    """
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer

    snapshots: list[tuple[float, int]] = []
    ticks: list[float] = []
    paints = [0]
    paused_at = [0.0]

    class PaintCounter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                paints[0] += 1
            return False

    counter = PaintCounter()
    window.dataview.plot.viewport().installEventFilter(counter)
    controller = window.app.training
    controller.snapshot_ready.connect(lambda s: snapshots.append((time.perf_counter(), s.epoch)))
    controller.running_changed.connect(
        lambda running: paused_at.__setitem__(0, time.perf_counter()) if not running else None
    )
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.setInterval(STALL_TICK_MS)
    tick.timeout.connect(lambda: ticks.append(time.perf_counter()))
    controller.set_speed(0)
    tick.start()
    stopper = threading.Timer(seconds, controller.pause)
    start = time.perf_counter()
    window.app.play()
    stopper.start()
    _spin(seconds)
    stopper.join()
    _spin(300.0, until=lambda: paused_at[0] > 0.0 and not controller.running)
    tick.stop()
    end = start + seconds
    shown = [t for t, _ in snapshots if start <= t <= end]
    gaps = [b - a for a, b in zip([start, *ticks], [*ticks, paused_at[0]])]
    return {
        "app_epochs_per_s": snapshots[-1][1] / seconds,
        "gui_updates_per_s": len(shown) / seconds,
        "data_view_paints_per_s": paints[0] / (paused_at[0] - start),
        "longest_gui_stall_ms": max(gaps) * 1000.0,
        "views_behind_s": paused_at[0] - end,
        "epochs": snapshots[-1][1],
    }


def child_main(n_train: int, seconds: float, panel: str = "") -> dict[str, Any]:
    """Build the main window offscreen, load the work, measure; one JSON-able dict."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from ..ui.main_window import MainWindow

    use_private_settings()
    QCoreApplication.setOrganizationName("playground-bench")
    app = QApplication.instance() or QApplication(sys.argv[:1])
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
    _spin(0.5)
    headless_before = _headless_rate(work, window, seconds / 3)
    result = _app_run(window, app, seconds)
    headless_after = _headless_rate(work, window, seconds / 3)
    window.close_without_asking()
    result.update(
        points=n_train,
        panel=panel,
        load_s=load_s,
        headless_epochs_per_s=max(headless_before, headless_after),
    )
    return result


if __name__ == "__main__":
    print(json.dumps(child_main(int(sys.argv[1]), float(sys.argv[2]), *sys.argv[3:4])))
