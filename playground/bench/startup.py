"""Start-up: seconds from launching the app to its main window painted on screen.

The parent starts `python -m playground.bench.startup`, which runs the real entry point
(`playground.app.main`) with an event filter that reports the main window's first paint and
then closes it; the time is read in the parent, from launch to that report.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from typing import Any

from .children import child_environment, use_private_settings

SHOWN = "main window painted"


def launch_seconds(bytecode_dir: str, timeout: float = 60.0) -> float:
    """One launch: seconds until the child says the window was painted. Compiled modules are
    kept in `bytecode_dir`, as Python keeps them beside an installed package, even where the
    environment says not to write them."""
    with tempfile.TemporaryDirectory() as config_dir:
        environment = child_environment(config_dir)
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = bytecode_dir
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "playground.bench.startup"], stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, env=environment,
        )
        try:
            assert child.stdout is not None
            for line in child.stdout:
                if line.strip() == SHOWN:
                    seconds = time.perf_counter() - start
                    child.wait(timeout)
                    return seconds
            raise RuntimeError(f"the app exited ({child.wait(timeout)}) without showing a window")
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()


def run(is_quick: bool) -> dict[str, Any]:
    """The first launch, which compiles every module it imports into a fresh bytecode cache
    (slower than any real first run: an installer compiles the libraries beforehand), and the
    best of the launches after it, which find them compiled, as every launch after the first
    does."""
    with tempfile.TemporaryDirectory() as bytecode_dir:
        times = [launch_seconds(bytecode_dir) for _ in range(2 if is_quick else 4)]
    return {"first_s": times[0], "best_s": min(times[1:]), "launches": len(times) - 1}


def _report_first_paint() -> None:
    """Run the app; on the main window's first paint, say so and close it."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ..app import main

    use_private_settings()
    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                app.removeEventFilter(self)
                print(SHOWN, flush=True)
                QTimer.singleShot(0, app.closeAllWindows)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    os._exit(main([]))


if __name__ == "__main__":
    _report_first_paint()
