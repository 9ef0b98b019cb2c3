"""The whole app: train through the worker, edit through the canvas, files through the menu."""

import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from playground.engine.modelfile import ModelFile, load_model, save_model
from playground.engine.spec import DataSettings, LayerSpec, NetworkSpec
from playground.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.app.training.latest is not None)
    yield w
    w.app.training.shutdown()


def train(qtbot, window, epochs):
    done = []
    window.app.run_epochs_then(epochs, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)


def test_training_reaches_curves_canvas_and_data_view(qtbot, window):
    before = window.canvas.scene.links[0][0][0].drawn_pen().widthF()
    train(qtbot, window, 60)
    assert window.app.epoch == 60
    assert window.controls.epoch_label.text().replace(",", "").endswith("60")
    assert len(window.curves.curves["train_loss"].xData) == 61  # epoch 0 starts the curve
    assert np.all(np.diff(window.curves.curves["train_loss"].xData) == 1)
    assert window.canvas.scene.links[0][0][0].drawn_pen().widthF() != before
    assert window.dataview.image.image is not None
    train_loss = window.app.history.column("train_loss")
    assert len(train_loss) == 61 and train_loss[-1] < train_loss[0]


def test_canvas_edits_rebuild_and_undo(qtbot, window):
    train(qtbot, window, 5)
    window.canvas.add_layer_action.trigger()
    assert len(window.app.session.spec.layers) == 4
    qtbot.waitUntil(lambda: window.app.training.latest.epoch == 0)
    assert len(window.app.training.latest.weights) == 4
    window.undo_action.trigger()
    assert len(window.app.session.spec.layers) == 3
    qtbot.waitUntil(lambda: len(window.app.training.latest.weights) == 3)
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: len(window.app.training.latest.weights) == 4)


def test_structural_edit_while_training_stops_and_rebuilds(qtbot, window):
    window.app.play()
    qtbot.waitUntil(lambda: window.app.training.running)
    window.canvas.change_neurons(0, +1)
    qtbot.waitUntil(lambda: not window.app.training.running)
    qtbot.waitUntil(lambda: window.app.training.latest.weights[0]["W"].shape == (2, 5))
    assert not window.controls.is_running()


def test_reset_gives_the_same_initial_weights(qtbot, window):
    first = window.app.training.latest.weights[0]["W"].copy()
    train(qtbot, window, 10)
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.app.training.latest.epoch == 0)
    np.testing.assert_array_equal(window.app.training.latest.weights[0]["W"], first)


def test_export_and_import_round_trip_through_the_menu(qtbot, window, tmp_path, monkeypatch):
    train(qtbot, window, 20)
    path = str(tmp_path / "model.json")
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: path)
    window.files.export_action.trigger()
    exported = load_model(path)
    trained = window.app.training.latest.weights
    for layer, expected in zip(exported.weights, trained):
        for key in expected:
            np.testing.assert_array_equal(layer[key], expected[key])
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.app.training.latest.epoch == 0)
    monkeypatch.setattr(window.files, "ask_open_path", lambda: path)
    window.files.open_action.trigger()
    qtbot.waitUntil(lambda: window.app.training.latest.epoch == 20)
    for layer, expected in zip(window.app.training.latest.weights, trained):
        np.testing.assert_array_equal(layer["W"], expected["W"])


def test_session_round_trip_keeps_data_settings_and_history(qtbot, window, tmp_path,
                                                            monkeypatch):
    session = window.app.session
    session.set_data(DataSettings(kind="xor", n_points=200, noise=0.2))
    session.set_train(session.train.with_(learning_rate=0.3))
    train(qtbot, window, 15)
    path = str(tmp_path / "session.json")
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: path)
    window.files.save_as_action.trigger()
    saved_history = window.app.history.copy()
    window.files.new_action.trigger()
    qtbot.waitUntil(lambda: session.data.kind == "circle")
    assert window.files.open_file(path)
    qtbot.waitUntil(lambda: window.app.training.latest.epoch == 15)
    assert session.data.kind == "xor" and session.train.learning_rate == 0.3
    assert window.app.history == saved_history
    assert list(window.app.history.epochs) == list(range(0, 16))
    assert len(window.curves.curves["train_loss"].xData) == 16
    assert window.files.recent()[0].endswith("session.json")


def test_bad_file_is_refused_and_nothing_changes(qtbot, window, tmp_path):
    told = []
    window.files.tell = lambda title, text: told.append(text)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "playground-model", "version": 99}')
    spec_before = window.app.session.spec
    assert not window.files.open_file(str(bad))
    assert told and "version" in told[0]
    assert window.app.session.spec == spec_before


def test_a_network_that_does_not_fit_its_data_is_refused(qtbot, window, tmp_path):
    told = []
    window.files.tell = lambda title, text: told.append(text)
    path = tmp_path / "misfit.json"
    two_outputs = NetworkSpec(layers=(LayerSpec(3, "tanh"), LayerSpec(2, "softmax")),
                              loss="cross_entropy")
    save_model(path, ModelFile(two_outputs, data=DataSettings(kind="xor", n_points=40)))
    spec_before = window.app.session.spec
    assert not window.files.open_file(str(path))
    assert told and "output layer has 2 units" in told[0]
    assert window.app.session.spec == spec_before


def test_data_task_change_conforms_the_output_layer(qtbot, window):
    window.app.session.set_data(DataSettings(kind="blobs", n_classes=4, n_points=200))
    assert window.app.session.spec.output.units == 4
    assert window.app.session.spec.output.activation == "softmax"
    assert window.app.session.spec.loss == "cross_entropy"
    train(qtbot, window, 5)
    assert window.app.training.latest.output_map.shape == (100, 100, 4)
    window.app.session.set_data(DataSettings(kind="plane", n_points=200))
    assert window.app.session.spec.output.units == 1 and window.app.session.spec.loss == "mse"
    assert window.curves.metric_name() == "R²"


def test_divergence_pauses_with_a_message(qtbot, window):
    window.app.session.set_data(DataSettings(kind="plane", n_points=200))
    session = window.app.session
    session.set_train(session.train.with_(learning_rate=100.0, optimizer="sgd"))
    window.app.play()
    qtbot.waitUntil(lambda: window.app.training.latest.finished, timeout=30000)
    assert window.message.isVisibleTo(window)
    assert "diverged" in window.message.text()
    assert not window.app.training.running
    weights = window.app.training.latest.weights
    assert all(np.all(np.isfinite(layer["W"])) for layer in weights)


def test_invalid_setting_is_named_and_not_sent(qtbot, window):
    good = window.app.session.train
    window.app.session.set_train(window.app.session.train.with_(batch_size=0))
    assert "batch size" in window.message.text()
    assert window.app.session.train == good
    assert window.controls.batch_size_box.value() == good.batch_size  # the form shows it too


def test_closing_during_training_exits_promptly(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings)
    qtbot.waitUntil(lambda: w.app.training.latest is not None)
    w.app.play()
    qtbot.waitUntil(lambda: w.app.training.running)
    w.close()
    assert not w.app.training._thread.isRunning()
    assert settings.value("session/last")


def test_real_entry_point_renders_a_screenshot(tmp_path):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "playground", "--screenshot", str(out), "--epochs", "5"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10000


def test_each_snapshot_is_painted_before_training_goes_on(qtbot, window):
    """The worker waits while the views paint; they must paint inside the snapshot handler."""
    from PySide6.QtCore import QEvent, QObject

    paints = {"map": 0}

    class CountPaints(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                paints["map"] += 1
            return False

    counter = CountPaints()
    window.show()
    qtbot.waitExposed(window)
    window.dataview.plot.viewport().installEventFilter(counter)
    painted_in_handler = []
    before = {}
    window.app.training.snapshot_ready.connect(lambda s: before.setdefault(s.epoch, paints["map"]))
    window.app.training.snapshot_ready.disconnect(window.app._on_snapshot)
    window.app.training.snapshot_ready.connect(window.app._on_snapshot)
    window.app.training.snapshot_ready.connect(
        lambda s: painted_in_handler.append(paints["map"] > before[s.epoch])
    )
    train(qtbot, window, 40)
    assert painted_in_handler and all(painted_in_handler)


def test_rebuilding_while_training_starts_the_curves_afresh(qtbot, window):
    """The snapshot the old run sends as it stops must not reach the new run's curves."""
    window.app.training.set_speed(0)
    window.app.training.play()
    qtbot.waitUntil(lambda: window.app.epoch >= 30, timeout=30000)
    window.app.rebuild()
    train(qtbot, window, 5)
    assert window.app.epoch == 5
    assert list(window.curves.curves["train_loss"].xData) == [0, 1, 2, 3, 4, 5]
    assert list(window.app.history.epochs) == [0, 1, 2, 3, 4, 5]


def test_a_view_that_registers_is_painted_with_every_update(qtbot, window):
    """Later views (an inspector, diagnostics) only register with the repaint scheduler."""
    painted = []

    class EpochView:
        def paint_latest(self, state):
            painted.append((state.latest.epoch, len(state.history)))

        def painted_scenes(self):
            return ()

    window.repaint_scheduler.register(EpochView())
    train(qtbot, window, 20)
    assert painted and painted[-1] == (20, 21)  # epochs 0 to 20
    assert [epoch for epoch, _ in painted] == sorted(epoch for epoch, _ in painted)


def test_file_actions_do_not_import_the_window():
    code = ("import sys, playground.ui.file_actions; "
            "print('playground.ui.main_window' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "False", result.stderr
