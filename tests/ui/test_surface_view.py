"""The Loss surface view with a fake application state: the surface is computed in the
background and drawn with its centre at the current loss and the descent arrow; two
parameters are picked through the canvas; stale results are dropped; closing while a job
runs is clean; it works only while shown.

`python tests/ui/test_surface_view.py DIRECTORY` saves screenshots of the view at the size of
the right column's lower half, to look at."""

import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QInputDialog
from screenshot_helpers import assert_saved, save_from_command_line

from playground.engine.archive import WeightArchive
from playground.engine.dataset import Dataset
from playground.engine.datasets import make_dataset
from playground.engine.history import History
from playground.engine.network import Network
from playground.engine.spec import DataSettings, LayerSpec, NetworkSpec, TrainSettings
from playground.engine.surface import Parameter, chosen_directions, loss_surface
from playground.engine.trainer import Trainer
from playground.ui.canvas import NetworkCanvas
from playground.ui.repaint import RepaintScheduler
from playground.ui.session import SessionModel
from playground.ui.surface_plot import arrow_points
from playground.ui.surface_view import (
    MAX_PATH_POINTS,
    SurfaceView,
    parameter_label,
    sample_rows,
    training_path,
)
from playground.workers.snapshot import Snapshot
from playground.workers.surface import SurfaceResult

SIZE = (430, 330)  # the right column's lower half
SPEC = NetworkSpec(("x1", "x2"), (LayerSpec(4, "sigmoid"), LayerSpec(1, "sigmoid")), "bce")
TRAIN = TrainSettings(learning_rate=0.5, seed=1)


@dataclass
class FakeState:
    """What the view reads of the application controller, trained for real."""

    spec: NetworkSpec = SPEC
    data: DataSettings = field(default_factory=lambda: DataSettings("xor", n_points=200))
    train: TrainSettings = TRAIN
    history: History = field(default_factory=History)
    running: bool = False
    latest: Snapshot | None = None
    archive: WeightArchive = field(default_factory=WeightArchive)  # every epoch trained

    def __post_init__(self) -> None:
        self.session = SimpleNamespace(spec=self.spec, train=self.train)
        self.dataset: Dataset = make_dataset(self.data)
        x_train, x_test = self.dataset.features(self.spec.features)
        self.trainer = Trainer(Network(self.spec, seed=self.train.seed), x_train,
                               self.dataset.y_train, x_test, self.dataset.y_test,
                               self.dataset.task, self.train)
        self.take()

    def take(self, epochs: int = 0) -> Snapshot:
        """Train `epochs` more epochs and take a snapshot, as training sends one."""
        if not self.archive:
            self.archive.add(0, self.trainer.network.packed())
        for _ in range(epochs):
            self.trainer.step()
            self.archive.add(self.trainer.epoch, self.trainer.network.packed())
        weights = tuple({k: v.copy() for k, v in layer.items()}
                        for layer in self.trainer.network.params)
        self.latest = Snapshot(self.trainer.epoch, History(), weights, None, None)
        return self.latest

    def loss(self) -> float:
        network = Network(self.spec, params=list(self.latest.weights))
        x = self.dataset.features(self.spec.features)[0]
        return network.loss_value(network.forward(x), self.dataset.y_train)


def shown_view(qtbot, state: FakeState | None = None) -> SurfaceView:
    view = SurfaceView()
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    qtbot.waitExposed(view)
    if state is not None:
        view.paint_latest(state)
    return view


def wait_for_surface(qtbot, view: SurfaceView) -> SurfaceResult:
    qtbot.waitUntil(lambda: not view.computer.pending and view.result is not None,
                    timeout=10000)
    return view.result


def test_the_surface_is_computed_in_the_background_and_drawn(qtbot):
    state = FakeState()
    state.take(5)
    view = shown_view(qtbot, state)
    assert view.computer.pending  # asked for, not computed on the GUI thread
    result = wait_for_surface(qtbot, view)
    surface = result.surface
    assert surface.loss.shape == (41, 41)
    assert surface.centre_loss == pytest.approx(state.loss(), rel=1e-9)
    assert view.plot.image.image is not None and view.plot.colour_bar.isVisible()
    assert "Loss here" in view.caption.text()
    assert len(result.path) == 6 and view.plot.legend.isVisible()  # epochs 0 to 5
    bottom = view.plot.plot.getAxis("bottom").labelText
    assert bottom == "random direction 1"


def test_the_arrow_is_the_negative_gradient_projected(qtbot):
    state = FakeState()
    state.take(3)
    view = shown_view(qtbot, state)
    view.use_parameters(Parameter(0, "W", (0, 1)), Parameter(1, "b", (0,)))
    surface = wait_for_surface(qtbot, view).surface
    network = Network(SPEC, params=list(state.latest.weights))
    x = state.dataset.features(SPEC.features)[0]
    grads = network.backward(network.forward(x), state.dataset.y_train).grads
    expected = -np.array([grads[0]["W"][0, 1], grads[1]["b"][0]])
    np.testing.assert_allclose(surface.arrow, expected, rtol=1e-9)
    drawn_x, drawn_y = view.plot.arrow.getData()
    assert (drawn_x[0], drawn_y[0]) == (0.0, 0.0)
    tip = np.array([drawn_x[1], drawn_y[1]])
    np.testing.assert_allclose(tip / np.linalg.norm(tip), expected / np.linalg.norm(expected))
    assert view.plot.plot.getAxis("bottom").labelText == "w(x₁→h₂)"
    assert view.plot.plot.getAxis("left").labelText == "b(ŷ)"


def test_arrow_points_make_a_shaft_and_a_head():
    network = Network(SPEC, seed=0)
    x = np.random.default_rng(0).normal(size=(20, 2))
    y = (x[:, :1] > 0).astype(float)
    surface = loss_surface(network, x, y, chosen_directions(
        network, Parameter(0, "W", (0, 0)), Parameter(0, "W", (1, 0))), resolution=5)
    points = arrow_points(surface)
    assert points.shape == (6, 2) and np.isnan(points[2]).all()
    np.testing.assert_allclose(points[1], points[4])  # both barbs meet at the tip


def test_parameters_are_picked_through_the_canvas(qtbot, monkeypatch):
    session = SessionModel(SPEC, TRAIN)
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    state = FakeState()
    view = shown_view(qtbot, state)
    wait_for_surface(qtbot, view)
    view.attach_canvas(canvas)
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *args: pytest.fail("no dialog"))
    view.pick_button.click()
    assert canvas.picking
    with qtbot.waitSignal(canvas.parameter_picked) as picked:
        canvas.scene.links[0][1][2].click()
    assert picked.args == [0, "W", (1, 2)]
    assert view.status.text() == "Picked w(x₂→h₃); one more"
    assert view.parameters is None  # one is not a plane yet
    canvas.scene.biases[1][0].click()
    qtbot.waitUntil(lambda: view.parameters is not None)
    assert view.parameters == (Parameter(0, "W", (1, 2)), Parameter(1, "b", (0,)))
    assert not canvas.picking and not view.pick_button.isChecked()
    assert not view.random_button.isChecked()
    result = wait_for_surface(qtbot, view)
    assert result.surface.directions.parameters == view.parameters
    assert view.plot.plot.getAxis("bottom").labelText == "w(x₂→h₃)"
    view.new_button.click()  # back to random directions, the next seed
    assert view.parameters is None and view.random_button.isChecked()
    assert wait_for_surface(qtbot, view).surface.directions.seed == 1


def test_picking_the_same_parameter_twice_waits_for_another(qtbot):
    view = shown_view(qtbot, FakeState())
    view.pick_button.click()
    view.take_parameter(0, "W", (0, 0))
    view.take_parameter(0, "W", (0, 0))
    assert view.pick_button.isChecked() and view.parameters is None
    view.take_parameter(0, "b", (0,))
    assert view.parameters == (Parameter(0, "W", (0, 0)), Parameter(0, "b", (0,)))


def test_stale_results_are_dropped(qtbot):
    state = FakeState()
    view = shown_view(qtbot, state)  # two requests in a row: only the second is shown
    state.take(4)
    view.paint_latest(state)
    result = wait_for_surface(qtbot, view)
    assert result.number == 2
    assert result.surface.centre_loss == pytest.approx(state.loss(), rel=1e-9)
    shown = view.result
    with qtbot.assertNotEmitted(view.computer.computed):
        view.computer._on_computed(SurfaceResult(1, None, np.empty((0, 2)), problem="old"))
    assert view.result is shown


def test_closing_while_computing_is_clean(qtbot):
    state = FakeState(data=DataSettings("xor", n_points=2000, train_ratio=1.0))
    view = shown_view(qtbot)
    view.race_button.setChecked(True)
    view.paint_latest(state)
    assert view.computer.pending
    view.close()
    assert not view.computer.running
    view.paint_latest(state)  # after shutdown: nothing more is asked for
    assert not view.computer.pending


def test_it_works_only_while_shown(qtbot):
    state = FakeState()
    view = SurfaceView()
    qtbot.addWidget(view)
    view.paint_latest(state)
    assert not view.computer.pending
    view.resize(*SIZE)
    view.show()  # shown: the latest state is computed at once
    qtbot.waitExposed(view)
    result = wait_for_surface(qtbot, view)
    assert result.surface is not None
    assert len(result.path) == 1 and not view.plot.legend.isVisible()  # no path yet: no legend


def test_while_training_runs_surfaces_wait_and_the_race_waits_for_a_pause(qtbot):
    state = FakeState()
    view = shown_view(qtbot)
    view.race_button.setChecked(True)
    state.running = True
    view.paint_latest(state)
    result = wait_for_surface(qtbot, view)
    assert result.race == ()
    state.take(1)
    view.paint_latest(state)
    assert not view.computer.pending and view._later.isActive()  # in a couple of seconds
    assert "Training: every 2 s" in view.status.text()
    state.running = False
    view.paint_latest(state)  # paused: at once, with the race
    qtbot.waitUntil(lambda: not view.computer.pending and bool(view.result.race),
                    timeout=20000)
    names = [run.optimizer for run in view.result.race]
    assert names == ["sgd", "momentum", "rmsprop", "adam"]
    legend = [label.text for _, label in view.plot.legend.items]
    assert "SGD" in legend and "Adam" in legend


def test_the_training_path_is_the_runs_weight_history_projected(qtbot):
    state = FakeState()
    state.take(10)
    view = shown_view(qtbot, state)  # opened after training: the path is there all the same
    result = wait_for_surface(qtbot, view)
    assert result.path.shape == (11, 2)  # epochs 0 to 10
    np.testing.assert_allclose(result.path[-1], [0.0, 0.0], atol=1e-9)  # it ends here
    assert "training path" in [label.text for _, label in view.plot.legend.items]
    assert view.plot.legend.isVisible()
    past = state.archive.weights(4)  # the timeline shows epoch 4: the path ends there
    network = Network(SPEC, seed=0)
    network.flat[...] = past
    weights = tuple({k: v.copy() for k, v in layer.items()} for layer in network.params)
    path = training_path(state.archive, SPEC, Snapshot(4, History(), weights, None, None))
    assert len(path) == 5
    np.testing.assert_array_equal(path[-1], past)


def test_the_path_is_bounded_and_spread_over_the_whole_history():
    state = FakeState()
    archive = WeightArchive()
    flat = Network(SPEC, params=list(state.latest.weights)).packed()
    for epoch in range(3 * MAX_PATH_POINTS):
        archive.add(epoch, flat + epoch)
    snapshot = Snapshot(3 * MAX_PATH_POINTS - 1, History(), state.latest.weights, None, None)
    path = training_path(archive, SPEC, snapshot)
    assert len(path) <= MAX_PATH_POINTS
    np.testing.assert_array_equal(path[0], flat)  # from the first epoch kept
    np.testing.assert_array_equal(path[-1], flat)  # to the snapshot's own weights
    assert path[-2][0] - flat[0] > 2 * MAX_PATH_POINTS  # through the late epochs too


def test_large_training_sets_are_sampled():
    assert sample_rows(500) is None
    chosen = sample_rows(5000)
    assert len(chosen) == 1000 and len(np.unique(chosen)) == 1000
    np.testing.assert_array_equal(chosen, sample_rows(5000))


def test_parameters_are_named_as_the_walkthrough_names_them():
    deep = NetworkSpec(("x1", "x2"), (LayerSpec(3), LayerSpec(2), LayerSpec(2, "linear")), "mse")
    assert parameter_label(deep, Parameter(0, "W", (0, 2))) == "w(x₁→h⁽¹⁾₃)"
    assert parameter_label(deep, Parameter(1, "b", (1,))) == "b(h⁽²⁾₂)"
    assert parameter_label(deep, Parameter(2, "W", (1, 0))) == "w(h⁽²⁾₂→ŷ₁)"


def test_the_repaint_scheduler_paints_it(qtbot):
    state = FakeState()
    view = shown_view(qtbot)
    scheduler = RepaintScheduler(state, view)
    scheduler.register(view, throttled=True)
    scheduler.paint()
    assert wait_for_surface(qtbot, view).surface is not None


def test_a_picked_parameter_the_network_no_longer_has_is_explained(qtbot):
    state = FakeState()
    view = shown_view(qtbot, state)
    view.use_parameters(Parameter(0, "W", (0, 9)), Parameter(1, "b", (0,)))
    result = wait_for_surface(qtbot, view)
    assert result.surface is None and "no index" in result.problem
    assert "Pick two links again" in view.caption.text()


def save_screenshots(directory: Path) -> list[Path]:
    """Screenshots of the view: random directions with the path, two picked parameters with
    the optimizers' race."""
    saved = []
    for name in ("random", "race"):
        state = FakeState()
        view = SurfaceView()
        view.resize(*SIZE)
        view.show()
        for _ in range(20):
            state.take(3)
            view.paint_latest(state)
        if name == "race":
            view.race_button.setChecked(True)
            view.use_parameters(Parameter(0, "W", (0, 0)), Parameter(0, "W", (1, 0)))
        view.paint_latest(state)
        deadline = time.monotonic() + 30  # a bounded wait: a stuck job fails, never hangs
        while (view.computer.pending or view.result is None) and time.monotonic() < deadline:
            QApplication.processEvents()
        assert view.result is not None
        path = directory / f"surface_{name}.png"
        view.grab().save(str(path))
        view.close()
        saved.append(path)
    return saved


def test_screenshots_are_taken_at_the_column_size(qtbot, tmp_path):
    assert_saved(save_screenshots(tmp_path))


if __name__ == "__main__":
    save_from_command_line(save_screenshots)
