"""Autosave: the whole session, a few seconds after it changes, to the app-data folder.

What is written is what File → Save writes (network, settings, data with your own points,
weights, epoch and history), atomically, so a crash at any moment leaves the previous autosave
or the new one, never half of one. Turning a session into text takes from tens of milliseconds
(the default session) to seconds (a network of a million weights with a long history), so the
GUI thread only takes the session's values (immutable or copied) and a plain Python thread
writes them. A clean close marks the autosave as clean; one found without that mark was left
by a crash (see crash_restore.py).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from ..engine.errors import PlaygroundError
from ..engine.modelfile import ModelFile, load_model, to_json_text
from ..files import write_text_atomic
from .app_controller import AppController

FOLDER_VARIABLE = "PLAYGROUND_AUTOSAVE_DIR"  # a folder to use instead of the app-data folder
SESSION_NAME = "autosave.json"
CLEAN_NAME = "autosave-clean.json"  # written by a clean close: the session file in use
LOCK_NAME = "autosave.lock"
QUIET_MS = 2000  # a change is written once the session has been still this long,
LONGEST_WAIT_MS = 5000  # or this long after it while changes keep coming (training)
COST_FACTOR = 10  # between two writes at least this many times the last one took
BUSY_RETRY_MS = 100  # a write still running, or a modal dialog open: look again this soon
# The writer thread gives the GIL away often. Turning a long session into text is a stream of
# Python and C calls of up to a few milliseconds each, and a thread that holds the GIL through
# them makes every repaint of the window wait (the GUI stalled for 60-90 ms while training ran):
# after each WRITER_WORK_S of work the writer rests for WRITER_REST_S.
WRITER_WORK_S = 0.001
WRITER_REST_S = 0.001


def autosave_folder() -> Path:
    """The folder of the autosave: $PLAYGROUND_AUTOSAVE_DIR if set (tests, the benchmark),
    else the platform's app-data folder (QStandardPaths.AppDataLocation)."""
    override = os.environ.get(FOLDER_VARIABLE)
    if override:
        return Path(override)
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


@dataclass(frozen=True)
class LeftBehind:
    """An autosave found at start: the session, when it was written, whether a clean close
    left it (else a crash did) and, if clean, the session file that was in use."""

    model: ModelFile
    saved_at: datetime
    clean: bool
    session_path: str | None = None


class _Write:
    """One autosave written by a thread of its own; `seconds` and `error` once `done`."""

    def __init__(self, model: ModelFile, path: Path, resting: bool = True) -> None:
        """`resting`: rest often (see WRITER_WORK_S) for the window's sake; a write the GUI
        thread waits for (closing) need not."""
        self.seconds = 0.0
        self.error: str | None = None
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(model, path, resting),
                                        name="autosave")
        self._thread.start()

    def _run(self, model: ModelFile, path: Path, resting: bool) -> None:
        start = time.perf_counter()
        if resting:
            sys.setprofile(_resting_often())  # this thread's only
        try:
            write_text_atomic(path, to_json_text(model))
        except (OSError, PlaygroundError) as error:
            self.error = str(error)
        finally:
            self.seconds = time.perf_counter() - start
            self.done.set()

    def wait(self) -> None:
        self._thread.join()


def _resting_often() -> Callable[[FrameType, str, object], None]:
    """A profile function (called on every call and return) that sleeps WRITER_REST_S, which
    releases the GIL, whenever the thread has run WRITER_WORK_S since it last rested."""
    rested = [time.perf_counter()]

    def profile(_frame: FrameType, _event: str, _arg: object) -> None:
        if time.perf_counter() - rested[0] >= WRITER_WORK_S:
            time.sleep(WRITER_REST_S)
            rested[0] = time.perf_counter()

    return profile


class Autosave(QObject):
    """Writes `session_file()` (what File → Save writes) to `folder` whenever the session of
    `app` changes: its settings, network or data, a weight edit, training's epochs.

    Only one window autosaves into a folder at a time: for a second one `active` is False, and
    `problem` says why."""

    def __init__(self, app: AppController, session_file: Callable[[], ModelFile],
                 folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self._session_file = session_file
        self.folder = folder or autosave_folder()
        self.path = self.folder / SESSION_NAME
        self._clean_path = self.folder / CLEAN_NAME
        self._lock = QLockFile(str(self.folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process has gone, however old
        self.problem = self._take_folder()  # why this window does not autosave, or None
        self.active = self.problem is None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._write_when_due)
        self._changed_at: float | None = None  # the first change not yet written,
        self._last_change = 0.0  # and the latest
        self._write: _Write | None = None
        self._started_at = 0.0  # when the latest write began
        self._failure: str | None = None  # the last write's error, said once

    def _take_folder(self) -> str | None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return self.tr("the folder %s cannot be made: %s") % (self.folder, error.strerror)
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return self.tr("another playground window is autosaving")
            return self.tr("the folder %s cannot be written") % self.folder
        for stale in self.folder.glob(f".{SESSION_NAME}.*.tmp"):  # a write a crash cut short
            stale.unlink(missing_ok=True)
        return None

    # ------------------------------------------------------------------ found at start
    def left_behind(self) -> LeftBehind | None:
        """The autosave a previous run left, if any; PlaygroundError if it cannot be read."""
        if not self.active or not self.path.exists():
            return None
        model = load_model(self.path)
        saved_at = datetime.fromtimestamp(self.path.stat().st_mtime)
        try:
            marker = json.loads(self._clean_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return LeftBehind(model, saved_at, clean=False)
        path = marker.get("session_path") if isinstance(marker, dict) else None
        return LeftBehind(model, saved_at, True, path if isinstance(path, str) else None)

    def remove(self) -> None:
        """Delete the autosave (the user let it go)."""
        self._finish_write()
        for path in (self._clean_path, self.path):
            with suppress(OSError):  # one that stays is offered again at the next start
                path.unlink(missing_ok=True)

    # ------------------------------------------------------------------ following changes
    def start(self) -> None:
        """Follow the session from now on."""
        if not self.active:
            return
        session = self.app.session
        for changed in (session.spec_changed, session.data_changed, session.train_changed):
            changed.connect(self._changed)
        self.app.updated.connect(self._changed)  # epochs trained, weights edited, rebuilt

    def _changed(self, *_value: object) -> None:
        now = time.monotonic()
        if self._changed_at is None:
            self._changed_at = now
        self._last_change = now
        self._schedule()

    def _due(self) -> float | None:
        """When the changes not yet written are due (time.monotonic()), or None."""
        if self._changed_at is None:
            return None
        due = min(self._last_change + QUIET_MS / 1000, self._changed_at + LONGEST_WAIT_MS / 1000)
        if self._write is not None:  # a session that is slow to write is written less often
            due = max(due, self._started_at + COST_FACTOR * self._write.seconds)
        return due

    def _schedule(self) -> None:
        due = self._due()
        if due is not None:
            self._timer.start(max(0, round((due - time.monotonic()) * 1000)))

    def _write_when_due(self) -> None:
        writing = self._write is not None and not self._write.done.is_set()
        # A modal dialog runs its own event loop, and may be half-way through replacing the
        # session (asking where to save before opening a file): write once it has closed.
        if writing or QApplication.activeModalWidget() is not None:
            self._timer.start(BUSY_RETRY_MS)
            return
        self._report()
        due = self._due()
        if due is None:
            return
        if due > time.monotonic():  # the write just done took long: wait before the next
            self._schedule()
            return
        self._changed_at = None
        with suppress(OSError):  # from now on the autosave is this run's: not clean
            self._clean_path.unlink(missing_ok=True)
        self._started_at = time.monotonic()
        self._write = _Write(self._session_file(), self.path)
        self._timer.start(BUSY_RETRY_MS)  # to say so if it fails

    def _report(self) -> None:
        """Say once that autosaving fails (and why), and once that it works again."""
        if self._write is None or not self._write.done.is_set():
            return
        error = self._write.error
        if error is not None and error != self._failure:
            self.app.announce(self.tr("Autosave failed: %s") % error, 15000)
        elif error is None and self._failure is not None:
            self.app.announce(self.tr("Autosave works again"))
        self._failure = error

    def _finish_write(self) -> None:
        self._timer.stop()
        if self._write is not None:
            self._write.wait()

    def wait(self) -> None:
        """Return once the autosave in progress, if any, is on disk (tests, closing)."""
        if self._write is not None:
            self._write.wait()
        self._report()

    # ------------------------------------------------------------------ closing
    def close(self, keep: bool, session_path: str | None) -> None:
        """A clean close: with `keep`, the session is written if it changed and marked clean
        (`session_path`: the session file in use, for Save after the next start); without,
        the autosave is deleted (the user discarded the session)."""
        if not self.active:
            return
        self._finish_write()
        if not keep:
            self.remove()
        else:
            self._report()
            if self._changed_at is not None or self._write is None or self._failure:
                self._changed_at = None
                self._write = _Write(self._session_file(), self.path, resting=False)
                self._write.wait()
            if self._write.error is None:  # else the next start asks, as after a crash
                with suppress(OSError):
                    write_text_atomic(self._clean_path,
                                      json.dumps({"session_path": session_path}))
        self._lock.unlock()
        self.active = False
