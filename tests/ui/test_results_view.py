"""The Results view with a fake application state: confusion matrices against a hand count,
a click on a cell names its points, regression plots, and it predicts only while shown.

`python tests/ui/test_results_view.py DIRECTORY` saves screenshots of the view at the size of the
right column's lower half, to look at."""

from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from screenshot_helpers import assert_saved, save_from_command_line

from playground.engine.dataset import Dataset
from playground.engine.history import History
from playground.engine.network import Network
from playground.engine.spec import LayerSpec, NetworkSpec
from playground.ui.canvas.colormap import NEUTRAL
from playground.ui.dataview import CLASS_COLORS
from playground.ui.repaint import RepaintScheduler
from playground.ui.results import ResultsView
from playground.workers.snapshot import Snapshot

SIZE = (430, 330)  # the right column's lower half


@dataclass
class FakeState:
    """What the view reads of the application controller."""

    spec: NetworkSpec
    dataset: Dataset | None
    weights: list | None = None
    history: History = field(default_factory=History)
    running: bool = False
    latest: Snapshot | None = None

    def __post_init__(self) -> None:
        self.session = SimpleNamespace(spec=self.spec)
        self.take(self.weights or Network(self.spec, seed=0).params)

    def take(self, weights: list) -> None:
        """A new snapshot with `weights`, as training sends one."""
        epoch = self.latest.epoch + 1 if self.latest else 0
        self.latest = Snapshot(epoch, History(), tuple(weights), None, None)


# Binary, one sigmoid output reading x1 only: class 1 exactly where x1 > 0.
THRESHOLD_SPEC = NetworkSpec(("x1", "x2"), (LayerSpec(1, "sigmoid"),), "bce")
THRESHOLD_WEIGHTS = [{"W": np.array([[20.0], [0.0]]), "b": np.array([0.0])}]
# Training points by hand: x1 > 0 is predicted class 1.
#   index: 0     1     2     3     4     5     6     7
#   x1:   −1    −2    +1    −1    +2    +3    −3    +1
#   true:  0     0     0     1     1     1     1     1
#   pred:  0     0     1     0     1     1     0     1
# → true 0: [2, 1] (index 2 wrong); true 1: [2, 3] (indices 3 and 6 wrong)
TRAIN_X1 = np.array([-1.0, -2.0, 1.0, -1.0, 2.0, 3.0, -3.0, 1.0])
TRAIN_LABELS = np.array([0, 0, 0, 1, 1, 1, 1, 1])
TEST_X1 = np.array([-1.0, 1.0, 2.0])
TEST_LABELS = np.array([1, 1, 0])  # true 0: [0, 1]; true 1: [1, 1]


def threshold_state() -> FakeState:
    def raw(x1: np.ndarray) -> np.ndarray:
        return np.column_stack([x1, np.linspace(-1, 1, len(x1))])

    dataset = Dataset("binary", 2, ("x1", "x2"), "y", raw(TRAIN_X1), raw(TEST_X1),
                      TRAIN_LABELS, TEST_LABELS)
    return FakeState(THRESHOLD_SPEC, dataset, THRESHOLD_WEIGHTS)


def multiclass_state(classes: int = 4, points: int = 300) -> FakeState:
    rng = np.random.default_rng(3)
    labels = rng.integers(0, classes, points)
    angles = 2 * np.pi * labels / classes
    raw = np.column_stack([np.cos(angles), np.sin(angles)]) + rng.normal(0, 0.6, (points, 2))
    cut = points * 2 // 3
    dataset = Dataset("multiclass", classes, ("x1", "x2"), "y", raw[:cut], raw[cut:],
                      labels[:cut], labels[cut:])
    # The output's weights point along each class's direction: mostly right, not always.
    directions = np.stack([np.cos(2 * np.pi * np.arange(classes) / classes),
                           np.sin(2 * np.pi * np.arange(classes) / classes)])
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(classes, "softmax"),), "cross_entropy")
    return FakeState(spec, dataset, [{"W": 3 * directions, "b": np.zeros(classes)}])


def regression_state() -> FakeState:
    rng = np.random.default_rng(5)
    raw = rng.uniform(-2, 2, (200, 2))
    target = raw[:, 0] + 0.5 * raw[:, 1] + rng.normal(0, 0.3, 200)
    dataset = Dataset("regression", 0, ("x1", "x2"), "y", raw[:150], raw[150:],
                      target[:150], target[150:])
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(1, "linear"),), "mse")
    return FakeState(spec, dataset, [{"W": np.array([[0.9], [0.4]]), "b": np.array([0.1])}])


def shown_view(qtbot, state: FakeState) -> ResultsView:
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    qtbot.waitExposed(view)
    view.paint_latest(state)
    return view


def plain(text: str) -> str:
    """A label's text on one line, its non-breaking spaces as plain ones."""
    return text.replace("<br>", " · ").replace("\u00a0", " ")


def click_cell(qtbot, view: ResultsView, split: str, true_class: int, predicted: int) -> None:
    grid = view.grids[split]
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton,
                     pos=grid.cell_rect(true_class, predicted).center().toPoint())


def test_matrices_match_a_hand_count(qtbot):
    view = shown_view(qtbot, threshold_state())
    assert view.pages.currentIndex() == 1
    np.testing.assert_array_equal(view.grids["train"].matrix.counts, [[2, 1], [2, 3]])
    np.testing.assert_array_equal(view.grids["test"].matrix.counts, [[0, 1], [1, 1]])
    assert plain(view.titles["train"].text()) == "<b>Training</b> · accuracy 63 % · 8 points"
    # Class 1 on the training points: 3 of 4 predicted as 1 are right, 3 of 5 found.
    assert plain(view.summaries["train"].text()) == "precision 0.75 · recall 0.6 · F1 0.667"


def test_cells_take_the_predicted_class_colour_shaded_by_the_row_share(qtbot):
    view = shown_view(qtbot, threshold_state())
    grid = view.grids["train"]
    image = grid.grab().toImage()
    neutral = np.array(NEUTRAL, dtype=float)
    for (i, j), share in {(0, 0): 2 / 3, (0, 1): 1 / 3, (1, 0): 2 / 5, (1, 1): 3 / 5}.items():
        corner = grid.cell_rect(i, j).topLeft().toPoint() + QPoint(4, 4)
        colour = image.pixelColor(corner * image.devicePixelRatio())
        expected = neutral + share * (CLASS_COLORS[j] - neutral)
        np.testing.assert_allclose([colour.red(), colour.green(), colour.blue()], expected,
                                   atol=2)


def test_the_repaint_scheduler_paints_it(qtbot):
    state = threshold_state()
    view = ResultsView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    scheduler = RepaintScheduler(state, view)
    scheduler.register(view, throttled=True)
    scheduler.paint()
    assert view.results["train"].total == 8


def test_clicking_a_cell_names_its_points(qtbot):
    view = shown_view(qtbot, threshold_state())
    with qtbot.waitSignal(view.points_chosen) as chosen:
        click_cell(qtbot, view, "train", 1, 0)  # class 1 predicted as 0
    split, indices = chosen.args
    assert split == "train"
    np.testing.assert_array_equal(indices, [3, 6])
    assert view.chosen == ("train", 1, 0)
    assert view.grids["train"].chosen == (1, 0)
    assert view.grids["test"].chosen is None
    with qtbot.waitSignal(view.points_chosen) as chosen:
        click_cell(qtbot, view, "test", 0, 1)
    assert chosen.args[0] == "test"
    np.testing.assert_array_equal(chosen.args[1], [2])
    assert view.grids["train"].chosen is None
    with qtbot.waitSignal(view.points_chosen) as chosen:
        click_cell(qtbot, view, "test", 0, 1)  # the chosen cell again: let go
    assert chosen.args[0] == "test"
    assert chosen.args[1].size == 0
    assert view.chosen is None


def test_a_click_outside_the_cells_chooses_nothing(qtbot):
    view = shown_view(qtbot, threshold_state())
    grid = view.grids["train"]
    with qtbot.assertNotEmitted(view.points_chosen):
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert view.chosen is None


def test_the_chosen_cell_follows_new_weights(qtbot):
    state = threshold_state()
    view = shown_view(qtbot, state)
    click_cell(qtbot, view, "train", 1, 1)
    np.testing.assert_array_equal(view._ringed, [4, 5, 7])
    flipped = [{"W": -THRESHOLD_WEIGHTS[0]["W"], "b": np.array([0.0])}]  # x1 < 0 → class 1
    state.take(flipped)
    with qtbot.waitSignal(view.points_chosen) as chosen:
        view.paint_latest(state)
    np.testing.assert_array_equal(chosen.args[1], [3, 6])
    with qtbot.assertNotEmitted(view.points_chosen):  # the same points: nothing to say
        state.take(flipped)
        view.paint_latest(state)


def test_per_class_accuracy_and_tooltips(qtbot):
    state = multiclass_state()
    view = shown_view(qtbot, state)
    matrix = view.grids["train"].matrix
    truth, predicted = matrix.truth, matrix.predicted
    for k in range(4):
        assert matrix.counts[k].sum() == np.sum(truth == k)
        assert matrix.recall()[k] == pytest.approx(np.mean(predicted[truth == k] == k))
    assert view.summaries["train"].isHidden()  # precision and recall are for two classes
    grid = view.grids["train"]
    tip = grid.tooltip_at(grid.cell_rect(2, 3).center())
    assert f"{matrix.counts[2, 3]} of the {matrix.counts[2].sum()} points of class 2" in tip
    assert "predicted as class 3" in tip


def test_an_empty_test_set_says_so(qtbot):
    state = threshold_state()
    dataset = state.dataset
    state.dataset = Dataset("binary", 2, ("x1", "x2"), "y", dataset.raw_train,
                            dataset.raw_train[:0], dataset.labels_train, dataset.labels_train[:0])
    view = shown_view(qtbot, state)
    assert view.grids["test"].matrix.total == 0
    assert view.grids["test"].cell_at(view.grids["test"].rect().center()) is None
    assert plain(view.titles["test"].text()) == "<b>Test</b> · "


def test_regression_shows_predicted_against_true(qtbot):
    state = regression_state()
    view = shown_view(qtbot, state)
    assert view.pages.currentIndex() == 2
    network = Network(state.spec, state.weights)
    x_train, _ = state.dataset.features(state.spec.features)
    x_data, y_data = view.points["fit", "train"].getData()
    np.testing.assert_array_equal(x_data, state.dataset.labels_train)
    np.testing.assert_allclose(y_data, network.predict(x_train)[:, 0])
    _, residuals = view.points["residual", "train"].getData()
    np.testing.assert_allclose(residuals, x_data - y_data)
    line_x, line_y = view.identity_line.getData()
    np.testing.assert_array_equal(line_x, line_y)
    fit = view.results["test"]
    assert f"R² {fit.r_squared():.3g}" in view.fit_summary.text()
    assert "RMSE" in view.fit_summary.text()
    assert set(view.painted_scenes()) == {view.fit_plot.scene(), view.residual_plot.scene()}


def test_predicts_only_while_shown_and_catches_up_when_shown(qtbot):
    state = threshold_state()
    view = ResultsView()
    qtbot.addWidget(view)
    view.paint_latest(state)
    assert view.results == {}
    view.show()
    qtbot.waitExposed(view)
    assert view.results["train"].total == 8


def test_weights_of_another_network_wait_for_the_rebuild(qtbot):
    state = threshold_state()
    state.session.spec = NetworkSpec()  # edited: the snapshot is of the previous network
    view = shown_view(qtbot, state)
    assert view.pages.currentWidget() is view.message
    assert view.message.text() == "The network is being built."


def test_new_data_lets_the_chosen_points_go(qtbot):
    state = threshold_state()
    view = shown_view(qtbot, state)
    click_cell(qtbot, view, "train", 0, 0)
    state.dataset = threshold_state().dataset
    with qtbot.waitSignal(view.points_chosen) as chosen:
        view.paint_latest(state)
    assert chosen.args[1].size == 0
    assert view.chosen is None


def save_screenshots(directory: Path) -> list[Path]:
    """Screenshots of the view for binary, four-class and regression data."""
    saved = []
    for name, state in (("binary", threshold_state()), ("multiclass", multiclass_state()),
                        ("six_classes", multiclass_state(6, 600)),
                        ("regression", regression_state())):
        view = ResultsView()
        view.resize(*SIZE)
        view.show()
        view.paint_latest(state)
        if name == "binary":
            view.choose_cell("train", 1, 0)
        path = directory / f"results_{name}.png"
        view.grab().save(str(path))
        view.close()
        saved.append(path)
    return saved


def test_screenshots_are_taken_at_the_column_size(qtbot, tmp_path):
    assert_saved(save_screenshots(tmp_path))


if __name__ == "__main__":
    save_from_command_line(save_screenshots)
