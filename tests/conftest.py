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
