"""Autosave and crash restore: the session is written a few seconds after it changes, whole and
atomically; a clean restart brings it back without a question, a crash with one.

`python tests/ui/test_autosave.py DIRECTORY` saves a screenshot of the question."""

import os
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from screenshot_helpers import assert_saved, save_from_command_line

from playground.engine.modelfile import ModelFile, load_model, save_model
from playground.ui import autosave, crash_restore
from playground.ui.autosave import CLEAN_NAME, SESSION_NAME, LeftBehind
from playground.ui.crash_restore import question_box, when_text
from playground.ui.defaults import DEFAULT_SPEC
from playground.ui.file_actions import FileActions
from playground.ui.main_window import MainWindow


@pytest.fixture
def quick(monkeypatch):
    """Autosave within a fraction of a second, so the tests need not wait."""
    monkeypatch.setattr(autosave, "QUIET_MS", 100)
    monkeypatch.setattr(autosave, "LONGEST_WAIT_MS", 300)


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "app-data"  # where conftest points the autosave


def open_window(qtbot, tmp_path, name="settings.ini", **options):
    window = MainWindow(QSettings(str(tmp_path / name), QSettings.Format.IniFormat), **options)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.app.training.latest is not None)
    return window


def train(qtbot, window, epochs):
    done = []
    window.app.run_epochs_then(epochs, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)


def autosaved_epoch(window, folder):
    window.autosave.wait()
    path = folder / SESSION_NAME
    return load_model(path).epoch if path.exists() else None


def assert_same_session(window, model):
    """The window holds `model` whole: network, settings, data, weights, epoch, history."""
    app = window.app
    assert app.session.spec == model.spec and app.session.train == model.training
    assert app.session.data == model.data
    assert app.epoch == model.epoch and app.history == model.history
    shown = app.weights_shown()
    for layer, saved in zip(shown, model.weights, strict=True):
        for name in saved:
            np.testing.assert_array_equal(layer[name], saved[name])


def crashed_autosave(qtbot, tmp_path, monkeypatch, folder, epochs=12):
    """A session of `epochs` epochs left in `folder` as a crash leaves it: no clean mark."""
    monkeypatch.setenv("PLAYGROUND_AUTOSAVE_DIR", str(tmp_path / "elsewhere"))
    first = open_window(qtbot, tmp_path, "first.ini")
    first.app.session.set_train(first.app.session.train.with_(learning_rate=0.3))
    train(qtbot, first, epochs)
    model = first.files.model(with_history=True)
    first.app.shutdown()
    folder.mkdir(parents=True, exist_ok=True)
    save_model(folder / SESSION_NAME, model)
    monkeypatch.setenv("PLAYGROUND_AUTOSAVE_DIR", str(folder))
    return model


def test_a_change_is_autosaved_whole_a_moment_later(qtbot, tmp_path, folder, quick):
    window = open_window(qtbot, tmp_path)
    train(qtbot, window, 7)
    window.app.session.set_train(window.app.session.train.with_(learning_rate=0.03))
    qtbot.waitUntil(lambda: autosaved_epoch(window, folder) == 7, timeout=5000)
    saved = load_model(folder / SESSION_NAME)
    assert saved.training.learning_rate == 0.03
    assert_same_session(window, saved)
    assert not list(folder.glob("*.tmp")) and not list(folder.glob(".*.tmp"))
    window.app.shutdown()


def test_training_is_autosaved_every_few_seconds_not_every_epoch(qtbot, tmp_path, folder, quick,
                                                               monkeypatch):
    writes = []
    original = autosave._Write

    def counted(model, path):
        writes.append(model.epoch)
        return original(model, path)

    monkeypatch.setattr(autosave, "_Write", counted)
    window = open_window(qtbot, tmp_path)
    window.app.play()
    qtbot.wait(1600)  # at one write per 0.3 s: about five, however many snapshots came
    window.app.training.pause()
    assert 2 <= len(writes) <= 7
    assert writes == sorted(writes) and writes[-1] > writes[0]
    window.app.shutdown()


def test_a_slow_session_is_autosaved_less_often(qtbot, tmp_path, quick):
    window = open_window(qtbot, tmp_path)
    saver = window.autosave
    saver._changed()
    qtbot.waitUntil(lambda: saver._write is not None and saver._write.done.is_set())
    saver._write.seconds = 0.2  # as if writing took 0.2 s: the next waits 10 × that
    saver._changed()
    assert saver._due() - saver._started_at == pytest.approx(autosave.COST_FACTOR * 0.2)
    window.app.shutdown()


def test_a_failing_autosave_is_said_once_and_so_is_its_recovery(qtbot, tmp_path, folder,
                                                                quick, monkeypatch):
    window = open_window(qtbot, tmp_path)
    written, full = [], [True]
    write = autosave.write_text_atomic

    def disk(path, text):
        written.append(path)
        if full:
            raise OSError(28, "No space left on device")
        write(path, text)

    monkeypatch.setattr(autosave, "write_text_atomic", disk)
    messages = []
    window.app.status.connect(lambda text, _ms: messages.append(text))
    window.app.step()
    qtbot.waitUntil(lambda: any(m.startswith("Autosave failed") for m in messages), timeout=5000)
    window.app.step()
    qtbot.waitUntil(lambda: len(written) == 2, timeout=5000)
    qtbot.wait(300)  # its outcome is looked at
    failures = [m for m in messages if m.startswith("Autosave failed")]
    assert len(failures) == 1 and "No space left" in failures[0]
    full.clear()
    window.app.step()
    qtbot.waitUntil(lambda: "Autosave works again" in messages, timeout=5000)
    assert load_model(folder / SESSION_NAME).epoch == window.app.epoch == 3
    window.app.shutdown()


def test_no_autosave_while_a_modal_dialog_is_open(qtbot, tmp_path, folder, quick):
    window = open_window(qtbot, tmp_path)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    window.app.step()
    qtbot.wait(600)
    assert not (folder / SESSION_NAME).exists()
    dialog.close()
    qtbot.waitUntil(lambda: autosaved_epoch(window, folder) == 1, timeout=5000)
    window.app.shutdown()


def test_after_a_crash_the_next_start_asks_and_restore_brings_it_all_back(
        qtbot, tmp_path, folder, monkeypatch):
    model = crashed_autosave(qtbot, tmp_path, monkeypatch, folder)
    asked = []
    monkeypatch.setattr(crash_restore, "ask_restore",
                        lambda parent, left: asked.append(left) or True)
    window = open_window(qtbot, tmp_path)
    assert len(asked) == 1 and not asked[0].clean and asked[0].model.epoch == 12
    assert_same_session(window, model)
    assert window.app.session.train.learning_rate == 0.3
    assert window.isWindowModified()  # only the autosave holds it
    assert window.files.current_path is None
    assert window.brought_back()  # so no welcome page over it, even on a first start
    window.app.shutdown()


def test_discard_after_a_crash_starts_afresh_and_deletes_the_autosave(
        qtbot, tmp_path, folder, monkeypatch):
    crashed_autosave(qtbot, tmp_path, monkeypatch, folder)
    monkeypatch.setattr(crash_restore, "ask_restore", lambda parent, left: False)
    window = open_window(qtbot, tmp_path)
    assert window.app.epoch == 0 and window.app.session.spec == DEFAULT_SPEC
    assert window.app.session.train.learning_rate != 0.3
    assert not (folder / SESSION_NAME).exists() and not window.isWindowModified()
    assert not window.brought_back()
    window.app.shutdown()


def test_a_clean_restart_brings_back_the_trained_session_without_asking(
        qtbot, tmp_path, folder, monkeypatch):
    window = open_window(qtbot, tmp_path)
    train(qtbot, window, 9)
    target = tmp_path / "mine.json"
    monkeypatch.setattr(FileActions, "ask_save_path", lambda self, title, hint: str(target))
    assert window.files.save_session()
    window.close()  # saved: nothing to ask, the autosave is kept and marked clean
    assert (folder / CLEAN_NAME).exists()
    again = open_window(qtbot, tmp_path)  # conftest fails the test if it asks
    assert_same_session(again, load_model(target))
    assert again.files.current_path == str(target) and not again.isWindowModified()
    assert again.brought_back()
    again.app.shutdown()


def test_closing_with_discard_lets_the_session_go(qtbot, tmp_path, folder, quick):
    window = open_window(qtbot, tmp_path)
    train(qtbot, window, 5)
    qtbot.waitUntil(lambda: autosaved_epoch(window, folder) == 5, timeout=5000)
    window.close()  # conftest answers "discard"
    assert not (folder / SESSION_NAME).exists()
    again = open_window(qtbot, tmp_path)
    assert again.app.epoch == 0
    again.app.shutdown()


def test_a_second_window_does_not_autosave_over_the_first(qtbot, tmp_path, folder, quick):
    first = open_window(qtbot, tmp_path)
    second = open_window(qtbot, tmp_path, "second.ini")
    assert first.autosave.active and not second.autosave.active
    assert "another playground window" in second.statusBar().currentMessage()
    train(qtbot, second, 3)
    qtbot.wait(500)
    assert autosaved_epoch(first, folder) in (None, 0)  # the first window's, untrained
    for window in (first, second):
        window.app.shutdown()


def test_an_unreadable_autosave_is_named_and_the_app_starts(qtbot, tmp_path, folder):
    folder.mkdir(parents=True)
    (folder / SESSION_NAME).write_text('{"format": "playground-model", "version": 2}')
    window = open_window(qtbot, tmp_path)
    assert "could not be restored" in window.statusBar().currentMessage()
    assert "network" in window.statusBar().currentMessage()
    assert window.app.epoch == 0
    window.app.shutdown()


def test_a_write_cut_short_by_a_crash_is_cleaned_up(qtbot, tmp_path, folder):
    folder.mkdir(parents=True)
    stale = folder / f".{SESSION_NAME}.0badf00d.tmp"
    stale.write_text('{"format": "playg')
    window = open_window(qtbot, tmp_path)
    assert not stale.exists()
    window.app.shutdown()


def test_screenshot_runs_neither_restore_nor_autosave(qtbot, tmp_path, folder, monkeypatch):
    crashed_autosave(qtbot, tmp_path, monkeypatch, folder)
    window = open_window(qtbot, tmp_path, autosave=False)
    assert window.autosave is None and window.app.epoch == 0
    window.close_without_asking()
    assert (folder / SESSION_NAME).exists()


def question(epoch=640):
    saved_at = datetime.now().replace(hour=14, minute=2)
    return question_box(None, LeftBehind(ModelFile(DEFAULT_SPEC, epoch=epoch), saved_at, False))


def save_screenshots(directory: Path) -> list[Path]:
    """The question asked after a crash, as it shows."""
    box = question()
    box.show()
    path = directory / "restore_question.png"
    box.grab().save(str(path))
    box.close()
    return [path]


def test_the_question_says_when_and_which_epoch(qtbot, folder, tmp_path):
    box = question()
    qtbot.addWidget(box)
    assert "from 14:02 today, epoch 640?" in box.text()
    assert [button.text() for button in box.buttons()].count("Restore") == 1
    assert box.escapeButton() is box.defaultButton()
    day = datetime(2025, 3, 2, 9, 15)
    assert when_text(day, today=date(2025, 3, 3)) == "09:15 yesterday"
    assert when_text(day, today=date(2025, 3, 9)).startswith("09:15 on ")
    assert_saved(save_screenshots(tmp_path))


def test_the_folder_is_the_app_data_folder_unless_told(monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths

    monkeypatch.delenv("PLAYGROUND_AUTOSAVE_DIR")
    location = QStandardPaths.StandardLocation.AppDataLocation
    assert str(autosave.autosave_folder()) == QStandardPaths.writableLocation(location)
    assert QStandardPaths.isTestModeEnabled()  # so not the user's own
    monkeypatch.setenv("PLAYGROUND_AUTOSAVE_DIR", str(tmp_path))
    assert autosave.autosave_folder() == tmp_path


def test_killed_during_training_the_app_restores_what_it_autosaved(qtbot, tmp_path, folder,
                                                                  monkeypatch):
    """The real thing: the app in a process of its own trains and autosaves; kill -9; the
    next start asks, and Restore brings back exactly what is on disk."""
    driver = Path(__file__).with_name("crash_driver.py")
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, str(driver), str(tmp_path / "child.ini"), "30"],
        stdout=subprocess.PIPE, text=True, env=environment)
    try:
        line = child.stdout.readline()  # blocks until the autosave is there
        assert line.startswith("autosaved"), line
        time.sleep(0.4)  # training and autosaving go on: the kill lands at any moment
    finally:
        child.kill()  # SIGKILL: no clean close, no last write
        child.wait(10)
        child.stdout.close()
    on_disk = load_model(folder / SESSION_NAME)
    assert on_disk.epoch >= 30 and not (folder / CLEAN_NAME).exists()
    asked = []
    monkeypatch.setattr(crash_restore, "ask_restore",
                        lambda parent, left: asked.append(left.model.epoch) or True)
    window = open_window(qtbot, tmp_path)
    assert asked == [on_disk.epoch]
    assert_same_session(window, on_disk)
    assert not list(folder.glob(".*.tmp"))
    window.app.shutdown()


if __name__ == "__main__":
    save_from_command_line(save_screenshots)


def test_the_writer_rests_after_each_millisecond_it_works(monkeypatch):
    """The profile function the writer thread runs under sleeps (so lets the GUI thread have
    the GIL) once it has worked WRITER_WORK_S since it last rested."""
    clock, rests = [0.0], []
    monkeypatch.setattr(autosave.time, "perf_counter", lambda: clock[0])
    monkeypatch.setattr(autosave.time, "sleep", rests.append)
    profile = autosave._resting_often()
    for _ in range(10):  # a call every 0.3 ms: 1.2 ms and 2.4 ms in, it has worked long enough
        clock[0] += 0.3 * autosave.WRITER_WORK_S
        profile(None, "call", None)
    assert rests == [autosave.WRITER_REST_S] * 2


def test_the_writer_thread_alone_runs_under_it_and_not_when_closing(tmp_path, monkeypatch):
    made = []
    resting = autosave._resting_often
    monkeypatch.setattr(autosave, "_resting_often", lambda: made.append(1) or resting())
    model = ModelFile(spec=DEFAULT_SPEC, weights=None)
    write = autosave._Write(model, tmp_path / SESSION_NAME)
    write.wait()
    assert write.error is None and load_model(tmp_path / SESSION_NAME).spec == DEFAULT_SPEC
    assert sys.getprofile() is None and made == [1]
    autosave._Write(model, tmp_path / SESSION_NAME, resting=False).wait()  # the GUI waits
    assert made == [1]
