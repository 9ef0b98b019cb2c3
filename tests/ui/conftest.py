"""Fixtures for the window's tests: a main window of its own settings, its network built."""

import pytest
from PySide6.QtCore import QSettings

from playground.ui.main_window import MainWindow


@pytest.fixture
def window_settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, window_settings) -> MainWindow:
    """A main window (not shown) once its first network is built; its thread stops after."""
    w = MainWindow(window_settings)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.app.training.latest is not None)
    yield w
    w.app.training.shutdown()
