"""The timeline and the run list in the window: dragging shows a past epoch everywhere, the
keys step through it, edits of the past are refused, runs are listed, pinned and restored.

Run `python tests/ui/test_timeline_and_runs.py DIR` to save the screenshots into DIR."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from screenshot_helpers import assert_saved, save_from_command_line
from test_main_window import train

from playground.ui.main_window import MainWindow
from playground.ui.run_overlay import run_colour


def make_window(settings_path: Path) -> MainWindow:
    window = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    return window


@pytest.fixture
def window(qtbot, tmp_path):
    """The window at its default size, on screen (the timeline's keys need it shown)."""
    shown_window = make_window(tmp_path / "settings.ini")
    qtbot.addWidget(shown_window)
    shown_window.show()
    qtbot.waitUntil(lambda: shown_window.app.training.latest is not None)
    yield shown_window
    shown_window.app.training.shutdown()


def shown(window, epoch):
    latest = window.app.latest
    return latest is not None and latest.epoch == epoch and latest is not window.app.training.latest


def test_dragging_the_timeline_shows_that_epoch_in_the_views(qtbot, window):
    train(qtbot, window, 30)
    live_map = window.dataview._map.copy()
    window.timeline.slider.setValue(10)  # as a drag does
    qtbot.waitUntil(lambda: shown(window, 10))
    window.repaint_scheduler.paint()
    assert window.canvas.scene.snapshot.epoch == 10
    assert not np.array_equal(window.dataview._map, live_map)
    assert window.dataview._map is window.app.latest.output_map
    assert window.curves.overlay.cursors[0].isVisible()
    assert window.curves.overlay.cursors[0].value() == 10
    assert window.timeline.label.text() == "Epoch 10 of 30"
    assert window.timeline.continue_button.isEnabled()
    # The epoch counter and the curves' readout say the shown epoch, and its numbers.
    assert window.controls.epoch_label.text() == "Epoch 000,010"
    assert "30" in window.controls.epoch_label.toolTip()
    loss_then = window.app.history.column("train_loss")[list(window.app.history.epochs).index(10)]
    readout = window.curves.latest_label.text()
    assert readout.startswith("<i>Epoch 10</i>") and f"{loss_then:.3g}" in readout
    window.timeline.live_button.click()
    assert window.app.shown_epoch is None and not window.curves.overlay.cursors[0].isVisible()
    assert window.controls.epoch_label.text() == "Epoch 000,030"
    assert "Epoch 10" not in window.curves.latest_label.text()


def test_the_arrow_keys_and_end_drive_the_timeline(qtbot, window):
    train(qtbot, window, 8)
    window.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.app.shown_epoch == 6
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.app.shown_epoch == 7
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.app.shown_epoch is None


def test_a_change_of_the_network_while_a_past_epoch_is_shown_goes_live(qtbot, window):
    """Found by the random-action test: a past epoch's weights are of the network as it was;
    after a change of the network (even one that fails to build) Continue from here reshaped
    them into the new one and raised ValueError."""
    train(qtbot, window, 8)
    window.app.show_epoch(3)
    qtbot.waitUntil(lambda: shown(window, 3))
    window.canvas.add_layer_action.trigger()
    assert window.app.shown_epoch is None
    assert window.timeline.label.text().startswith("Live")
    window.timeline.continue_button.click()  # nothing to continue from: no error either
    qtbot.waitUntil(lambda: len(window.app.training.latest.weights) == 4)


def test_a_weight_edit_of_a_past_epoch_is_refused_with_a_message(qtbot, window):
    train(qtbot, window, 5)
    window.app.show_epoch(2)
    qtbot.waitUntil(lambda: shown(window, 2))
    before = [dict(layer) for layer in window.app.weights_shown()]
    window.canvas.parameter_edited.emit(0, "W", (0, 0), 3.0)
    assert "past epoch" in window.statusBar().currentMessage()
    qtbot.wait(50)
    assert np.array_equal(window.app.weights_shown()[0]["W"], before[0]["W"])


def test_the_run_list_labels_pins_and_restores_runs(qtbot, window):
    app = window.app
    train(qtbot, window, 20)
    app.reset()
    app.session.set_train(replace(app.session.train, learning_rate=0.3))  # before it trains
    train(qtbot, window, 10)
    window.lower_tabs.setCurrentWidget(window.run_list)
    qtbot.waitUntil(lambda: window.run_list.table.topLevelItemCount() == 2)
    table = window.run_list.table
    assert table.topLevelItem(1).text(1) == "▶ learning rate 0.1 → 0.3"
    table.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert app.runs.get(1).pinned
    first = app.runs.get(1)
    assert list(window.curves.overlay._items) == [1]
    legend = window.curves.metric_plot.legend
    assert legend.getLabel(window.curves.overlay._items[1][1]).text == "#1 first run"
    assert window.curves.overlay._items[1][0].opts["pen"].color().name() == run_colour(first)
    qtbot.waitUntil(lambda: table.topLevelItem(0).checkState(0) == Qt.CheckState.Checked)
    table.topLevelItem(0).setSelected(True)
    window.run_list.restore_button.click()
    qtbot.waitUntil(lambda: app.latest is not None and app.latest.epoch == 20)
    assert app.runs.current is first and app.session.train.learning_rate == 0.1
    assert [dict(layer)["W"].tolist() for layer in app.weights_shown()] == [
        layer["W"].tolist() for layer in first.weights]
    assert len(app.runs) == 2  # the run left is kept


def test_pinned_curves_the_runs_and_the_weight_history_survive_a_save_and_reopen(
        qtbot, window, tmp_path, monkeypatch):
    app = window.app
    train(qtbot, window, 25)
    app.reset()
    app.session.set_train(replace(app.session.train, seed=1))
    train(qtbot, window, 15)
    app.set_pinned(1, True)
    runs_before, epochs_before = list(app.runs), app.archive.epochs
    path = tmp_path / "session.json"
    monkeypatch.setattr(window.files, "ask_save_path", lambda *_args: str(path))
    assert window.files.save_session_as()
    app.reset()  # something else in between
    train(qtbot, window, 3)
    assert window.files.open_file(str(path))
    qtbot.waitUntil(lambda: app.latest is not None and app.latest.epoch == 15)
    assert list(app.runs) == runs_before
    assert [run.label for run in app.runs] == ["first run", "seed 0 → 1"]
    assert app.archive.epochs == epochs_before
    assert list(window.curves.overlay._items) == [1]
    drawn = window.curves.overlay._items[1][0].getData()
    assert np.array_equal(drawn[1], app.runs.get(1).history.column("train_loss"))
    show = app.archive.epochs[7]
    app.show_epoch(show)
    qtbot.waitUntil(lambda: shown(window, show))


def save_screenshots(folder: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    folder.mkdir(parents=True, exist_ok=True)
    window = make_window(folder / "settings.ini")
    window.show()
    app, qt = window.app, QApplication.instance()

    def wait_for(condition) -> None:
        while not condition():
            qt.processEvents()

    def train_epochs(epochs: int) -> None:
        done = []
        app.run_epochs_then(epochs, lambda: done.append(True))
        wait_for(lambda: bool(done))

    wait_for(lambda: app.training.latest is not None)
    train_epochs(120)
    app.session.set_train(replace(app.session.train, learning_rate=0.3))
    app.reset()
    train_epochs(160)
    app.set_pinned(1, True)
    app.show_epoch(60)
    wait_for(lambda: shown(window, 60))
    window.repaint_scheduler.paint()
    paths = [folder / "timeline.png", folder / "run_list.png"]
    window.grab().save(str(paths[0]))
    window.lower_tabs.setCurrentWidget(window.run_list)
    qt.processEvents()
    window.grab().save(str(paths[1]))
    window.close_without_asking()
    return paths


def test_screenshots_of_the_timeline_and_the_run_list(qtbot, tmp_path):
    assert_saved(save_screenshots(tmp_path))


if __name__ == "__main__":
    save_from_command_line(save_screenshots)


def test_a_partner_preset_opens_beside_the_run_trained_so_far_pinned(qtbot, window):
    """The issue's "deep sigmoid versus deep ReLU as two pinned runs": the banner's partner
    link keeps the run trained so far in the list, pinned, its curves over the new run's."""
    from playground.presets import preset
    from playground.ui.presets_menu import PARTNER_LINK

    window.open_preset(preset("deep-sigmoid"))
    qtbot.waitUntil(lambda: window.app.session.spec.layers[0].activation == "sigmoid")
    train(qtbot, window, 6)
    first = window.app.runs.current
    window._follow_lesson_link(PARTNER_LINK + "deep-relu")
    qtbot.waitUntil(lambda: window.app.session.spec.layers[0].activation == "relu")
    runs = list(window.app.runs)
    assert first in runs and first.pinned and window.app.runs.current is not first
    assert "ReLU" in window.app.runs.current.label
    assert [run.number for run in window.app.runs.pinned()] == [first.number]
    assert window.curves.overlay._items  # the sigmoid run's curves over the ReLU run's


def test_a_run_a_file_kept_without_weights_restores_from_its_start(qtbot, window):
    train(qtbot, window, 5)
    first = window.app.runs.current
    window.controls.reset_button.click()  # a second run
    qtbot.waitUntil(lambda: window.app.runs.current is not first)
    first.weights = None  # as a file past its bound on runs' weights reads it
    window.app.restore_run(first.number)
    qtbot.waitUntil(lambda: window.app.runs.current is first)
    qtbot.waitUntil(lambda: window.app.latest.epoch == 0)
    assert window.app.epoch == 0 and len(window.app.history) == 1  # epoch 0 starts the curve


def test_a_click_on_a_row_of_a_session_just_replaced_does_nothing(qtbot, window):
    """Found by the long random-action run (seed 3, action 4,886): New session, then Restore
    at once on a row of the session before, raised KeyError: the rows are rebuilt a moment
    after the runs change."""
    app = window.app
    train(qtbot, window, 10)
    app.reset()
    train(qtbot, window, 5)
    window.lower_tabs.setCurrentWidget(window.run_list)
    table = window.run_list.table
    qtbot.waitUntil(lambda: table.topLevelItemCount() == 2)
    app.mark_saved()
    window.files.new_session()  # the rows still show the two runs until the queued rebuild
    assert table.topLevelItemCount() == 2 and len(app.runs) == 1
    table.setCurrentItem(table.topLevelItem(0))
    window.run_list.restore_button.click()  # a run of the session before: nothing happens
    table.topLevelItem(1).setCheckState(0, Qt.CheckState.Checked)
    assert len(app.runs) == 1 and not app.runs.current.pinned
    qtbot.waitUntil(lambda: table.topLevelItemCount() == 1)
