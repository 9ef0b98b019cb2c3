"""Getting started: the Presets menu and the lesson banner, the welcome page on the very first
start (and from Help), and the Getting-started tour."""

import os
import subprocess
import sys
from html import escape

import pytest
from PySide6.QtCore import QRect, QSettings

from playground.presets import GROUPS, preset, presets_in
from playground.ui.file_actions import FileActions
from playground.ui.main_window import MainWindow
from playground.ui.presets_menu import tr
from playground.ui.tour import GettingStartedTour
from playground.ui.welcome import PRESET_ROLE, WelcomeDialog, welcome_on_first_start


def make_window(qtbot, settings_path):
    w = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: w.app.training.latest is not None)
    return w


@pytest.fixture
def window(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path / "settings.ini")
    yield w
    w.close_without_asking()


def menu_action(window, menu_title, text):
    for top in window.menuBar().actions():
        if top.text() == menu_title:
            return next(a for a in top.menu().actions() if a.text() == text)
    raise LookupError(menu_title)


def pages(window):
    return [page for page in window.findChildren(WelcomeDialog) if page.isVisible()]


# ------------------------------------------------------------------ the Presets menu
def test_the_presets_menu_lists_every_preset_under_its_group(window):
    entries = [(a.isSeparator(), a.text()) for a in window.presets_menu.actions()]
    expected = []
    for key, title in GROUPS:
        expected.append((True, title))
        expected += [(False, entry.title) for entry in presets_in(key)]
    assert entries == expected
    assert window.presets_menu.title() == "&Presets"
    assert all("xample" not in a.text() for a in window.menuBar().actions())


def test_a_preset_from_the_menu_shows_its_text_and_its_partner_opens_from_the_banner(
        qtbot, window):
    action = next(a for a in window.presets_menu.actions() if a.text() == tr(
        preset("deep-sigmoid").title))
    action.trigger()
    assert window.lesson.isVisible()
    assert "orders of magnitude" in window.lesson.text()
    assert "preset:deep-relu" in window.lesson.text()
    assert len(window.app.session.spec.layers) == 7
    window.lesson.linkActivated.emit("preset:deep-relu")
    assert window.app.session.spec.layers[0].activation == "relu"
    assert window.app.session.spec.init == "he"
    assert "deep-sigmoid" in window.lesson.text() and window.lesson.isVisible()
    window.lesson.linkActivated.emit("close")
    assert not window.lesson.isVisible()


def test_a_preset_asks_before_it_replaces_unsaved_work(qtbot, window, monkeypatch):
    done = []
    window.app.run_epochs_then(3, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    asked = []
    monkeypatch.setattr(FileActions, "ask_discard", lambda self: asked.append(1) or "cancel")
    spec = window.app.session.spec
    next(a for a in window.presets_menu.actions() if not a.isSeparator()).trigger()
    assert asked == [1] and window.app.session.spec == spec and not window.lesson.isVisible()


# ------------------------------------------------------------------ the welcome page
def test_a_window_alone_shows_no_welcome_page(window):
    assert pages(window) == []


def test_the_first_start_shows_the_welcome_page_a_second_does_not_and_help_reopens_it(
        qtbot, tmp_path):
    path = tmp_path / "first.ini"
    first = make_window(qtbot, path)
    assert welcome_on_first_start(first)
    assert len(pages(first)) == 1
    first.close_without_asking()
    second = make_window(qtbot, path)
    assert not welcome_on_first_start(second)
    assert pages(second) == []
    menu_action(second, "&Help", "&Welcome page…").trigger()
    assert len(pages(second)) == 1
    second.close_without_asking()


def test_the_welcome_page_offers_every_preset_with_its_teaser(qtbot, window):
    page = WelcomeDialog.offer(window)
    items = page.preset_items()
    cards = [page.presets.itemWidget(item).text() for item in items]
    assert len(cards) == sum(len(presets_in(key)) for key, _title in GROUPS)
    assert all(escape(item.data(PRESET_ROLE).teaser) in card for item, card in zip(items, cards))
    assert "Neural Network Playground" in page.windowTitle()
    assert page.empty_button.text() == "Start with an empty network"
    page.presets.setCurrentItem(next(i for i in items if i.data(PRESET_ROLE).name == "overfitting"))
    page.open_button.click()
    assert not page.isVisible()
    assert window.app.session.data.n_points == 40 and window.lesson.isVisible()


def test_start_with_an_empty_network_keeps_only_the_output_layer(qtbot, window):
    window.open_preset(preset("deep-sigmoid"))
    page = WelcomeDialog.offer(window)
    page.empty_button.click()
    assert not page.isVisible()
    spec = window.app.session.spec
    assert len(spec.layers) == 1 and spec.output.activation == "sigmoid"
    assert window.app.session.data.kind == "circle" and window.files.current_path is None


# ------------------------------------------------------------------ the tour
def test_every_tour_step_frames_visible_widgets_and_its_bubble_sits_beside_them(
        qtbot, window):
    WelcomeDialog.offer(window).tour_button.click()
    tour = window.findChild(GettingStartedTour)
    assert 4 <= len(tour.steps) <= 6
    seen = []
    for index in range(len(tour.steps)):
        assert tour.index == index
        step = tour.step
        qtbot.waitUntil(lambda step=step: all(
            t.isVisible() and not t.size().isEmpty() for t in step.targets))
        qtbot.waitUntil(lambda step=step: all(  # the frames follow a panel just opened
            frame.geometry().contains(tour.target_rect(target))
            for frame, target in zip(tour.frames, step.targets)))
        area = window.rect()
        bubble = tour.bubble.geometry()
        assert area.contains(bubble) and tour.bubble.isVisible()
        first = tour.target_rect(step.targets[0])
        assert not bubble.intersects(first), step.title
        for frame, target in zip(tour.frames, step.targets):
            assert frame.isVisible()
            assert target.width() > 0 and target.height() > 0
        assert tour.progress.text().endswith(f"step {index + 1} of {len(tour.steps)}")
        assert tour.back_button.isEnabled() == (index > 0)
        seen.append(step.targets[0])
        tour.next_button.click()
    assert not tour.bubble.isVisible() or tour.parent() is None  # Done closes it
    assert {window.canvas, window.picker, window.dataview, window.curves, window.inspector,
            window.diagnostics} == set(seen)


def test_back_and_close_and_the_window_as_it_was(qtbot, window):
    menu_action(window, "&Help", "&Getting started").trigger()
    tour = window.findChild(GettingStartedTour)
    for _ in range(5):
        tour.next_button.click()
    assert window.inspector.isVisible()
    assert window.lower_tabs.currentWidget() is window.diagnostics
    tour.back_button.click()
    assert tour.index == 4 and tour.step.targets == (window.inspector,)
    tour.back_button.click()
    assert tour.index == 3 and window.lower_tabs.currentWidget() is window.curves
    tour.close_button.click()
    assert window.findChild(GettingStartedTour) is None
    assert not window.inspector.isVisible()
    assert window.lower_tabs.currentIndex() == 0
    assert not any(frame.isVisible() for frame in tour.frames)


def test_the_bubble_follows_its_widget_when_the_window_is_resized(qtbot, window):
    tour = GettingStartedTour.start(window)
    tour.show_step(2)  # the data view, at the window's right edge
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: tour.frames[0].geometry().contains(
        tour.target_rect(window.dataview)))
    assert QRect(window.rect()).contains(tour.bubble.geometry())
    tour.close()


ENTRY_POINT = """
import sys
from PySide6.QtWidgets import QApplication
from playground import app
from playground.ui.welcome import WelcomeDialog

def report_and_quit(application):
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    print("pages shown:", sum(p.isVisible() for p in window.findChildren(WelcomeDialog)))
    window.close_without_asking()
    return 0

QApplication.exec = report_and_quit
sys.exit(app.main(sys.argv[1:]))
"""


def test_the_real_entry_point_welcomes_the_first_start_only(tmp_path):
    """The settings live under the user's configuration folder: a fresh one is a first start."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    shown = []
    for _start in range(2):
        result = subprocess.run([sys.executable, "-c", ENTRY_POINT], env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        shown.append(result.stdout.strip())
    assert shown == ["pages shown: 1", "pages shown: 0"]
