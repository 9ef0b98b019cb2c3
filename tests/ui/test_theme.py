"""View → Theme: applied at once, remembered, and every view readable in each theme."""

import warnings

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from playground.ui.canvas.items import HeaderItem
from playground.ui.main_window import MainWindow
from playground.ui.theme import (
    DARK_COLOURS,
    SETTINGS_KEY,
    THEMES,
    apply_theme,
    current_theme,
    dark_palette,
    ink,
    is_dark,
    saved_theme,
)

BASE = QPalette.ColorRole.Base


@pytest.fixture(autouse=True)
def system_theme_after():
    yield
    apply_theme("system")  # the palette is the whole app's: the next test starts as usual


@pytest.fixture
def settings(window_settings):
    return window_settings


@pytest.fixture
def shown(qtbot, window):
    """The window at 1280×800 on screen."""
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose(window, name: str) -> None:
    action = next(a for a in window.theme_actions.actions() if a.data() == name)
    action.trigger()


def canvas_text(window) -> QColor:
    header = next(item for item in window.canvas.scene.items() if isinstance(item, HeaderItem))
    return header._theme.text


def plot_backgrounds(window) -> set[str]:
    """The background of every plot in the window (each pyqtgraph view)."""
    views = window.findChildren(pg.GraphicsView)
    assert len(views) >= 8  # curves, data, picker, results, surface, gradients (several)
    return {view.backgroundBrush().color().name() for view in views}


def test_the_view_menu_offers_every_theme_and_checks_the_current_one(window):
    names = [action.data() for action in window.theme_actions.actions()]
    assert names == list(THEMES)
    assert [a.data() for a in window.theme_actions.actions() if a.isChecked()] == ["system"]
    assert window.theme_actions.isExclusive()


def test_switching_the_theme_repaints_plots_and_canvas_at_once(qtbot, shown, settings):
    window = shown
    light_text = canvas_text(window)
    choose(window, "dark")
    assert current_theme() == "dark" and is_dark(QApplication.palette())
    dark_base = QColor(DARK_COLOURS[BASE]).name()
    assert plot_backgrounds(window) == {dark_base}
    qtbot.waitUntil(lambda: canvas_text(window).lightness() > 200)
    assert canvas_text(window) != light_text
    assert window.canvas.view.backgroundBrush().color().name() == dark_base
    axis = window.curves.loss_plot.getAxis("left")
    assert axis.textPen().color().lightness() > 200
    legend = window.curves.loss_plot.legend
    assert legend.opts["labelTextColor"].lightness() > 200
    assert settings.value(SETTINGS_KEY) == "dark"
    choose(window, "light")
    assert plot_backgrounds(window) == {"#ffffff"}
    qtbot.waitUntil(lambda: canvas_text(window).lightness() < 60)
    assert axis.textPen().color().lightness() < 60
    assert settings.value(SETTINGS_KEY) == "light"


def test_the_theme_is_remembered_for_the_next_start(qtbot, settings):
    settings.setValue(SETTINGS_KEY, "dark")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    assert current_theme() == "dark"
    assert [a.data() for a in w.theme_actions.actions() if a.isChecked()] == ["dark"]
    assert w.curves.plots.backgroundBrush().color().name() == QColor(DARK_COLOURS[BASE]).name()
    w.app.training.shutdown()
    settings.setValue(SETTINGS_KEY, "sepia")  # unknown: the default
    assert saved_theme(settings) == "system"


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_tab_renders_in_both_themes_without_a_warning(qtbot, shown, name):
    window = shown
    done = []
    window.app.run_epochs_then(30, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        choose(window, name)
        window.show_inspector(True)
        window.inspector_model.choose("train", 0)
        for tab in range(window.lower_tabs.count()):
            window.lower_tabs.setCurrentIndex(tab)
            for inspector_tab in range(window.inspector.tabs.count()):
                window.inspector.tabs.setCurrentIndex(inspector_tab)
                qtbot.wait(10)
                assert not window.grab().isNull()
    palette = QApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(BASE)
    assert abs(text.lightness() - base.lightness()) > 150  # text reads on the base


def test_inks_read_on_their_base():
    light = QApplication.style().standardPalette()
    for kind in ("error", "good", "warning"):
        on_light, on_dark = QColor(ink(light, kind)), QColor(ink(dark_palette(), kind))
        assert on_light.lightness() < 110 < on_dark.lightness()


def test_an_unknown_theme_is_refused():
    with pytest.raises(ValueError, match="unknown theme 'sepia'; known: system, light, dark"):
        apply_theme("sepia")


def test_the_app_starts_in_a_theme_asked_on_the_command_line(capsys):
    from playground.app import parse_args

    assert parse_args(["--theme", "dark"]).theme == "dark"
    assert parse_args([]).theme is None
    with pytest.raises(SystemExit):
        parse_args(["--theme", "sepia"])
    assert "invalid choice: 'sepia'" in capsys.readouterr().err
