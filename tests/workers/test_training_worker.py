"""The training thread: every epoch reaches the views, pause and shutdown are prompt."""

import time

import numpy as np
import pytest

from playground.engine.datasets import make_dataset
from playground.engine.maps import grid_inputs
from playground.engine.network import Network
from playground.engine.spec import DataSettings, NetworkSpec, TrainSettings
from playground.engine.trainer import StopReason
from playground.workers.training import Job, TrainingController


def _job(settings=None, spec=None, resolution=20):
    settings, spec = settings or TrainSettings(), spec or NetworkSpec()
    data = make_dataset(DataSettings(kind="circle", n_points=200))
    x_train, x_test = data.features(spec.features)
    extent = (-6.0, 6.0, -6.0, 6.0)
    return Job(Network(spec, seed=1), x_train, data.y_train, x_test, data.y_test, data.task,
               settings, grid_inputs(extent, resolution, spec.features), resolution, extent)


@pytest.fixture
def controller(qtbot):
    c = TrainingController()
    yield c
    c.shutdown()


def test_load_emits_a_complete_snapshot(qtbot, controller):
    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000) as signal:
        controller.load(_job())
    snap = signal.args[0]
    assert snap.epoch == 0
    assert len(snap.weights) == 3 and snap.weights[0]["W"].shape == (2, 4)
    assert snap.output_map.shape == (20, 20)
    assert [m.shape for m in snap.neuron_maps] == [(4, 20, 20), (2, 20, 20), (1, 20, 20)]
    assert len(snap.grad_norms) == 3


def test_every_epoch_reaches_the_views_while_running(qtbot, controller):
    epochs = []
    controller.snapshot_ready.connect(lambda s: epochs.extend(s.new_history.epochs))
    controller.load(_job(TrainSettings(max_epochs=300)))
    controller.set_speed(0)
    with qtbot.waitSignal(controller.running_changed, timeout=5000):
        controller.play()
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.finished,
                    timeout=30000)
    assert epochs == list(range(0, 301))  # epoch 0: the loss before training
    assert "maximum of 300 epochs" in str(controller.latest.message)
    assert controller.latest.stop_reason is StopReason.MAX_EPOCHS
    assert not controller.running


def test_the_views_get_training_as_it_is_and_training_waits_while_they_paint(qtbot, controller):
    """Each snapshot shows the epoch training has reached, and no epoch runs until the views
    are done with it (painting and training would fight for the GIL)."""
    behind = []

    def paint(snapshot):
        time.sleep(0.02)  # the views paint
        behind.append(controller._worker._trainer.epoch - snapshot.epoch)

    controller.load(_job(TrainSettings(max_epochs=3000)))
    controller.set_speed(0)
    controller.snapshot_ready.connect(paint)
    controller.play()
    qtbot.waitUntil(lambda: len(behind) >= 20, timeout=30000)
    controller.pause()
    assert set(behind[2:-1]) == {0}


def test_the_epochs_snapshots_show_carry_gradient_statistics_and_the_diagnostics(
    qtbot, controller
):
    """At full speed the statistics (a whole-set backward pass) are recorded for the epochs a
    snapshot shows, not for every one: NaN for the others."""
    grads, shown = [], []
    controller.snapshot_ready.connect(
        lambda s: grads.extend(s.new_history.layer_series("grad_mean_abs").tolist())
    )
    controller.snapshot_ready.connect(lambda s: shown.append(s.epoch))
    controller.load(_job(TrainSettings(max_epochs=40)))
    controller.set_speed(0)
    controller.play()
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.finished,
                    timeout=30000)
    assert len(grads) == 41 and all(len(g) == 3 for g in grads)
    recorded = [epoch for epoch, g in enumerate(grads) if np.isfinite(g).all()]
    assert 0 in recorded and 40 in recorded
    assert set(shown) <= set(recorded)  # every epoch a snapshot showed
    assert all(np.isnan(g).all() for epoch, g in enumerate(grads) if epoch not in recorded)
    health = controller.latest.diagnostics
    assert len(health.layers) == 3 and health.layers[0].dead.shape == (4,)
    assert np.isfinite(health.layers[0].update_ratio)  # the last epoch's
    assert isinstance(health.warnings, tuple)


def test_pause_step_and_live_settings(qtbot, controller):
    controller.load(_job())
    controller.play()
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.epoch > 3)
    with qtbot.waitSignal(controller.running_changed, timeout=5000):
        controller.pause()
    qtbot.wait(50)  # the pause's own snapshot
    paused_at = controller.latest.epoch
    controller.step()
    qtbot.waitUntil(lambda: controller.latest.epoch == paused_at + 1)
    controller.set_settings(TrainSettings(learning_rate=0.5, optimizer="adam"))
    controller.step()
    qtbot.waitUntil(lambda: controller.latest.epoch == paused_at + 2)
    qtbot.wait(100)
    assert controller.latest.epoch == paused_at + 2 and not controller.running


def test_parameter_edit_changes_the_network(qtbot, controller):
    controller.load(_job())
    qtbot.waitUntil(lambda: controller.latest is not None)
    with qtbot.waitSignal(controller.snapshot_ready, timeout=5000) as signal:
        controller.set_parameter(0, "W", (1, 2), 0.75)
    assert signal.args[0].weights[0]["W"][1, 2] == 0.75


def test_divergence_pauses_with_a_message(qtbot, controller):
    spec = NetworkSpec(layers=NetworkSpec().layers[:-1] + (NetworkSpec().layers[-1].with_(
        activation="linear"),), loss="mse")
    epochs = []
    controller.snapshot_ready.connect(lambda s: epochs.extend(s.new_history.epochs))
    controller.load(_job(TrainSettings(learning_rate=50.0), spec))
    controller.play()
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.finished,
                    timeout=30000)
    assert "diverged" in str(controller.latest.message)
    assert controller.latest.stop_reason is StopReason.DIVERGED
    assert epochs == list(range(0, controller.latest.epoch + 1))  # the undone epoch is not kept
    assert all(np.all(np.isfinite(w["W"])) for w in controller.latest.weights)


def test_shutdown_while_running_is_prompt(qtbot):
    controller = TrainingController()
    controller.load(_job(spec=NetworkSpec()))
    controller.play()
    qtbot.waitUntil(lambda: controller.running)
    controller.shutdown()
    assert not controller._thread.isRunning()


def test_pause_cuts_a_long_epoch_short_and_keeps_its_weights(qtbot, controller):
    spec = NetworkSpec()
    data = make_dataset(DataSettings(kind="circle", n_points=200_000))
    x_train, x_test = data.features(spec.features)
    job = Job(Network(spec, seed=1), x_train, data.y_train, x_test, data.y_test, data.task,
              TrainSettings(batch_size=1))
    controller.load(job)
    qtbot.waitUntil(lambda: controller.latest is not None)
    initial = controller.latest.weights[0]["W"].copy()
    controller.play()
    qtbot.waitUntil(lambda: controller.running)
    controller.pause()
    qtbot.waitUntil(lambda: not controller.running, timeout=20000)
    qtbot.wait(50)
    assert controller.latest.epoch == 0  # an epoch of 100,000 single-sample steps never ended
    np.testing.assert_array_equal(controller.latest.weights[0]["W"], initial)


def test_snapshots_carry_the_last_epochs_update_per_layer(qtbot, controller):
    controller.load(_job())
    qtbot.waitUntil(lambda: controller.latest is not None)
    before = controller.latest
    assert before.last_update is None  # no epoch has run
    controller.step()
    qtbot.waitUntil(lambda: controller.latest.epoch == 1)
    after = controller.latest
    assert len(after.last_update) == len(after.weights)
    for old, new, change in zip(before.weights, after.weights, after.last_update, strict=True):
        for name in ("W", "b"):
            assert change[name].shape == new[name].shape
            np.testing.assert_allclose(change[name], new[name] - old[name], atol=1e-12)
    assert any(np.abs(change["W"]).max() > 0 for change in after.last_update)


def test_a_weight_edit_for_a_network_since_rebuilt_is_refused_with_a_message(qtbot, controller):
    controller.load(_job())
    qtbot.waitUntil(lambda: controller.latest is not None)
    old_run = controller.latest.run
    controller.load(_job())  # "+ layer" or any rebuild: a new run
    qtbot.waitUntil(lambda: controller.latest.run != old_run)
    with qtbot.waitSignal(controller.edit_refused, timeout=5000) as refused:
        controller.set_parameter(0, "W", (1, 2), 0.75, run=old_run)
    assert "not applied" in refused.args[0]
    with qtbot.waitSignal(controller.edit_refused, timeout=5000):
        controller.set_parameter(5, "W", (0, 0), 1.0)  # no such layer: refused, not a crash
    controller.set_parameter(0, "W", (1, 2), 0.75)
    qtbot.waitUntil(lambda: controller.latest.weights[0]["W"][1, 2] == 0.75)
