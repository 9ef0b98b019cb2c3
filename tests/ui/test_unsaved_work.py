"""No lost work: the title marks unsaved changes; New, Open, an example and closing ask
Save / Discard / Cancel; Save writes only a session file the user chose; a save right after
an edit saves what the window shows."""

import pytest
from PySide6.QtCore import QSettings

from playground.engine.modelfile import load_model
from playground.presets import preset
from playground.ui.file_actions import FileActions
from playground.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.app.training.latest is not None)
    yield w
    w.app.training.shutdown()


def train(qtbot, window, epochs=5):
    done = []
    window.app.run_epochs_then(epochs, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)


def answering(monkeypatch, answer):
    asked = []
    monkeypatch.setattr(FileActions, "ask_discard", lambda self: asked.append(1) or answer)
    return asked


def test_training_marks_the_title_and_cancel_keeps_the_session(qtbot, window, monkeypatch):
    assert not window.isWindowModified()
    train(qtbot, window)
    assert window.isWindowModified() and window.app.modified
    asked = answering(monkeypatch, "cancel")
    window.files.new_session()
    assert len(asked) == 1 and window.app.epoch == 5  # nothing replaced
    assert not window.files.open_file("unused.json")
    assert len(asked) == 2
    window.open_preset(preset("xor"))
    assert len(asked) == 3 and window.app.epoch == 5
    window.show()
    window.close()
    assert len(asked) == 4 and window.isVisible()  # the close was cancelled
    answering(monkeypatch, "discard")
    window.close()
    assert not window.isVisible()


def test_save_in_the_question_saves_then_replaces(qtbot, window, monkeypatch, tmp_path):
    train(qtbot, window)
    answering(monkeypatch, "save")
    target = tmp_path / "mine.json"
    monkeypatch.setattr(FileActions, "ask_save_path", lambda self, title, hint: str(target))
    window.files.new_session()
    assert load_model(target).epoch == 5
    assert window.app.epoch == 0 and not window.isWindowModified()


def test_save_never_overwrites_an_exported_model_or_an_example(qtbot, window, monkeypatch,
                                                               tmp_path):
    exported = tmp_path / "model.json"
    monkeypatch.setattr(FileActions, "ask_save_path", lambda self, title, hint: str(exported))
    window.files.export_weights()
    before = exported.read_bytes()
    assert window.files.open_file(str(exported))
    assert window.files.current_path is None  # an exported model is not a session
    session = tmp_path / "session.json"
    monkeypatch.setattr(FileActions, "ask_save_path", lambda self, title, hint: str(session))
    window.files.save_session()
    assert exported.read_bytes() == before and session.exists()
    assert window.files.current_path == str(session)
    window.open_preset(preset("xor"))
    example = preset("xor").path.read_bytes()
    monkeypatch.setattr(FileActions, "ask_save_path",
                        lambda self, title, hint: str(preset("xor").path))
    told = []
    monkeypatch.setattr(FileActions, "tell", lambda self, title, text: told.append(text))
    window.files.save_session()
    assert preset("xor").path.read_bytes() == example and "shipped" in told[-1]


def test_saving_right_after_an_edit_saves_what_the_window_shows(qtbot, window, monkeypatch,
                                                                 tmp_path):
    target = tmp_path / "edited.json"
    monkeypatch.setattr(FileActions, "ask_save_path", lambda self, title, hint: str(target))
    window.canvas.add_layer()
    told = []
    monkeypatch.setattr(FileActions, "tell", lambda self, title, text: told.append(text))
    window.files.save_session_as()  # before the rebuilt network's snapshot has come in
    assert not told
    saved = load_model(target)
    assert len(saved.spec.layers) == len(window.app.session.spec.layers) == 4
    assert saved.weights is not None and len(saved.weights) == 4


def test_a_fresh_window_has_nothing_to_save(window, monkeypatch):
    asked = answering(monkeypatch, "cancel")
    assert not window.app.modified and not window.isWindowModified()
    window.open_preset(preset("xor"))
    assert not asked and window.app.session.data.kind == "inline"
