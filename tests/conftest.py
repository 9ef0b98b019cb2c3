"""Test configuration: Qt runs offscreen here, whatever the machine has for a display."""

import os

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


@pytest.fixture(autouse=True)
def never_ask_about_unsaved_work(monkeypatch):
    """Closing or replacing a trained session asks Save / Discard / Cancel in a modal dialog;
    tests answer "discard" unless they patch the question themselves."""
    from playground.ui.file_actions import FileActions

    monkeypatch.setattr(FileActions, "ask_discard", lambda self: "discard")


@pytest.fixture(autouse=True)
def private_autosave(monkeypatch, tmp_path):
    """Each test's windows autosave into a folder of their own, never into the user's
    app-data folder; QStandardPaths' test mode covers anything that asks it directly."""
    from PySide6.QtCore import QStandardPaths

    from playground.ui import crash_restore

    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv("PLAYGROUND_AUTOSAVE_DIR", str(tmp_path / "app-data"))

    def unexpected(_parent, left):
        raise AssertionError(f"asked to restore an autosave of epoch {left.model.epoch}")

    monkeypatch.setattr(crash_restore, "ask_restore", unexpected)
