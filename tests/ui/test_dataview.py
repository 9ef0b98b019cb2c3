"""The data view draws points and the decision map, and edits the data through the session."""

import warnings

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from playground.engine.dataset import Dataset
from playground.engine.datasets import make_dataset
from playground.engine.generators import DATASETS
from playground.engine.spec import DataSettings
from playground.ui.canvas.colormap import NEUTRAL, lut_colours
from playground.ui.dataview import DataView
from playground.ui.session import SessionModel
from playground.workers.snapshot import History, Snapshot

RES = 20
# Showing a window on the offscreen platform logs this; the click tests need a laid-out plot.


def small_dataset(task: str = "binary", n_classes: int = 2, columns: int = 2) -> Dataset:
    rng = np.random.default_rng(1)
    if task == "regression":
        labels = rng.normal(size=10)
    else:
        labels = np.arange(10) % n_classes
    raw = rng.uniform(-5, 5, (10, columns))
    names = tuple(f"x{i + 1}" for i in range(columns))
    k = 0 if task == "regression" else n_classes
    return Dataset(task, k, names, "y", raw[:6], raw[6:], labels[:6], labels[6:])


def snapshot(output_map: np.ndarray, extent=(-6.0, 6.0, -6.0, 6.0)) -> Snapshot:
    return Snapshot(
        epoch=1, new_history=History(), weights=(), gradients=None, grad_norms=None,
        output_map=output_map, grid_extent=extent,
    )


@pytest.fixture
def session() -> SessionModel:
    return SessionModel(data=DataSettings(kind="circle", n_points=40))


@pytest.fixture
def view(qtbot, session) -> DataView:
    widget = DataView(session)
    qtbot.addWidget(widget)
    widget.resize(420, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(combo, data) -> None:
    row = combo.findData(data)
    assert row >= 0, data
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


def test_set_dataset_draws_train_and_test_points(view):
    dataset = small_dataset()
    view.set_dataset(dataset)
    assert len(view.train_points.data) == 6
    assert len(view.test_points.data) == 4
    assert np.allclose(view.train_points.getData()[0], dataset.raw_train[:, 0])


def test_generated_dataset_draws_every_point(view, session):
    dataset = make_dataset(session.data)
    view.set_dataset(dataset)
    assert len(view.train_points.data) + len(view.test_points.data) == 40


def test_show_test_data_toggles_the_test_points(view):
    view.set_dataset(small_dataset())
    view.show_test_box.setChecked(False)
    assert not view.test_points.isVisible()
    view.show_test_box.setChecked(True)
    assert view.test_points.isVisible()


def test_data_with_more_inputs_is_not_drawn(view):
    view.set_dataset(small_dataset(columns=3))
    assert len(view.train_points.data) == 0
    assert "3 inputs" in view.notice.textItem.toPlainText()
    assert not view.editor.edit_button.isEnabled()


def test_set_snapshot_shows_the_map_over_its_extent(view):
    view.set_dataset(small_dataset())
    values = np.linspace(0, 1, RES * RES).reshape(RES, RES)
    view.set_snapshot(snapshot(values, (-3.0, 3.0, -2.0, 4.0)))
    rgb = view.image.image
    assert rgb.shape == (RES, RES, 3) and rgb.dtype == np.uint8
    # probability 0 is orange (red above blue), 1 is blue, 0.5 near white
    assert rgb[0, 0, 0] > rgb[0, 0, 2] and rgb[-1, -1, 2] > rgb[-1, -1, 0]
    middle = rgb.reshape(-1, 3)[RES * RES // 2]
    assert middle.min() > 200
    rect = view.image.mapRectToParent(view.image.boundingRect())
    assert rect.left() == pytest.approx(-3) and rect.width() == pytest.approx(6)
    assert rect.top() == pytest.approx(-2) and rect.height() == pytest.approx(6)


def test_snapshot_without_a_map_changes_nothing(view):
    view.set_dataset(small_dataset())
    view.set_snapshot(snapshot(None))
    assert view.image.image is None


def rendered(view) -> np.ndarray:
    """The map's pixels as the screen gets them: (rows, columns, 4) uint8."""
    image = view.image.qimage.convertToFormat(QImage.Format.Format_ARGB32)
    buffer = np.array(image.constBits()).reshape(image.height(), image.bytesPerLine())
    return buffer[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()


def test_discretize_binary_changes_the_image(view):
    view.set_dataset(small_dataset())
    view.set_snapshot(snapshot(np.linspace(0.3, 0.7, RES * RES).reshape(RES, RES)))
    smooth = rendered(view)
    view.discretize_box.setChecked(True)
    discrete = rendered(view)
    assert not np.array_equal(smooth, discrete)
    assert len(np.unique(discrete.reshape(-1, 4), axis=0)) <= 2


def test_discretize_multiclass_shows_the_argmax(view):
    view.set_dataset(small_dataset("multiclass", 3))
    probabilities = np.random.default_rng(0).dirichlet(np.ones(3), (RES, RES))
    view.set_snapshot(snapshot(probabilities))
    assert view.image.image.shape == (RES, RES, 3)
    view.discretize_box.setChecked(True)
    colours = view.image.image.reshape(-1, 3)
    classes = np.argmax(probabilities, axis=2).ravel()
    assert len(np.unique(colours, axis=0)) == 3  # one colour per predicted class
    for k in range(3):
        assert len(np.unique(colours[classes == k], axis=0)) == 1
    assert "predicted class" in view.legend.text()


@pytest.mark.parametrize("kind, classes", [("multiclass", 3), ("binary", 2)])
@pytest.mark.parametrize("discrete", [False, True])
def test_a_map_cell_that_is_not_a_number_is_neutral(view, kind, classes, discrete):
    """A network that overflowed somewhere on the plane: those cells neither warn nor take
    a class's colour."""
    view.set_dataset(small_dataset(kind, classes))
    view.discretize_box.setChecked(discrete)
    if kind == "multiclass":
        values = np.random.default_rng(0).dirichlet(np.ones(3), (RES, RES)).astype(np.float32)
        values[2, 3] = np.nan
    else:
        values = np.linspace(0.0, 1.0, RES * RES, dtype=np.float32).reshape(RES, RES)
        values[2, 3] = np.nan
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        view.set_snapshot(snapshot(values))
    assert view.image.image[2, 3].tolist() == list(NEUTRAL)
    assert view.image.image[2, 4].tolist() != list(NEUTRAL)


def test_regression_map_and_no_discretize(view):
    view.set_dataset(small_dataset("regression"))
    assert not view.discretize_box.isEnabled()
    view.set_snapshot(snapshot(np.zeros((RES, RES))))
    assert view.image.image.shape == (RES, RES, 3)
    assert view.image.image.min() > 200  # a target of 0 is the middle of the scale: near white
    editor = view.editor
    assert editor.target_spin.isVisibleTo(view) and not editor.class_combo.isVisibleTo(view)


def test_legend_names_every_class(view):
    view.set_dataset(small_dataset("multiclass", 4))
    for k in range(4):
        assert f"class {k}" in view.legend.text()


@pytest.mark.parametrize("kind", DATASETS.names())
def test_dataset_combo_sets_the_kind(view, session, qtbot, kind):
    if kind == session.data.kind:
        return
    with qtbot.waitSignal(session.data_changed):
        choose(view.kind_combo, kind)
    assert session.data.kind == kind
    multiclass = DATASETS[kind].task == "multiclass"
    assert view.classes_spin.isEnabled() == multiclass


def test_sliders_and_spins_edit_the_data(view, session):
    view.noise_slider.setValue(30)
    assert session.data.noise == pytest.approx(0.3)
    view.ratio_slider.setValue(70)
    assert session.data.train_ratio == pytest.approx(0.7)
    view.points_spin.setValue(200)
    assert session.data.n_points == 200
    choose(view.kind_combo, "blobs")
    view.classes_spin.setValue(5)
    assert session.data.n_classes == 5


def test_regenerate_changes_the_seed(view, session):
    seed = session.data.seed
    view.regenerate_button.click()
    assert session.data.seed == seed + 1


def test_outside_changes_update_the_controls_without_edits(view, session, qtbot):
    edits = []
    session.data_changed.connect(edits.append)
    session.set_data(session.data.with_(kind="xor", noise=0.2, train_ratio=0.8))
    assert view.kind_combo.currentData() == "xor"
    assert view.noise_slider.value() == 20 and view.ratio_slider.value() == 80
    assert len(edits) == 1


def test_bad_csv_shows_a_message_and_keeps_the_data(view, session, monkeypatch, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("a,b,c\n1,2,x\n", encoding="utf-8")
    messages = []
    monkeypatch.setattr(view, "_ask_csv_path", lambda: str(path))
    monkeypatch.setattr(view, "_warn", lambda title, text: messages.append(text))
    before = session.data
    choose(view.kind_combo, "csv")
    assert session.data == before
    assert len(messages) == 1 and "bad.csv" in messages[0] and "not a number" in messages[0]
    assert view.kind_combo.currentData() == before.kind


def test_good_csv_is_used(view, session, monkeypatch, tmp_path):
    path = tmp_path / "good.csv"
    path.write_text("x1,x2,y\n0,0,0\n1,1,1\n2,0,0\n0,2,1\n", encoding="utf-8")
    monkeypatch.setattr(view, "_ask_csv_path", lambda: str(path))
    monkeypatch.setattr(view, "_warn", lambda title, text: pytest.fail(text))
    view.load_csv()
    assert session.data.kind == "csv" and session.data.csv_path == str(path)
    assert "good.csv" in view.kind_combo.currentText()


def test_cancelled_csv_dialog_changes_nothing(view, session, monkeypatch):
    monkeypatch.setattr(view, "_ask_csv_path", lambda: "")
    before = session.data
    choose(view.kind_combo, "csv")
    assert session.data == before
    assert view.kind_combo.currentData() == before.kind


def scene_point(view, x: float, y: float) -> QPointF:
    return view.plot.getViewBox().mapViewToScene(QPointF(x, y))


def test_click_adds_an_inline_point_with_every_current_point(view, session):
    dataset = small_dataset()
    view.set_dataset(dataset)
    view.editor.edit_button.setChecked(True)
    choose(view.editor.class_combo, 1)
    view.editor.add_at(scene_point(view, 1.5, -2.0))
    data = session.data
    assert data.kind == "inline" and data.task == "binary"
    assert data.train_ratio == 0.5
    assert len(data.points) == 11
    x1, x2, target = data.points[-1]
    assert x1 == pytest.approx(1.5, abs=0.05) and x2 == pytest.approx(-2.0, abs=0.05)
    assert target == 1
    assert (tuple(dataset.raw_train[0]) + (float(dataset.labels_train[0]),)) in data.points
    assert len(make_dataset(data).labels_train) + len(make_dataset(data).labels_test) == 11


def test_click_outside_the_plot_adds_nothing(view, session):
    view.set_dataset(small_dataset())
    before = session.data
    view.editor.add_at(QPointF(-1000, -1000))
    assert session.data == before


def test_regression_points_take_the_target_value(view, session):
    view.set_dataset(small_dataset("regression"))
    view.editor.target_spin.setValue(0.7)
    view.editor.add_at(scene_point(view, 0.0, 0.0))
    assert session.data.task == "regression"
    assert session.data.points[-1][2] == pytest.approx(0.7)


def test_mouse_click_in_add_mode_adds_a_point(view, session, qtbot):
    view.set_dataset(small_dataset())
    view.editor.edit_button.setChecked(True)
    widget_pos = view.plot.mapFromScene(scene_point(view, 2.0, 2.0))
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
    assert session.data.kind == "inline" and len(session.data.points) == 11


def test_mouse_click_without_add_mode_adds_nothing(view, session, qtbot):
    view.set_dataset(small_dataset())
    before = session.data
    widget_pos = view.plot.mapFromScene(scene_point(view, 2.0, 2.0))
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
    assert session.data == before


def test_custom_points_start_empty_and_start_editing(view, session):
    view.set_dataset(small_dataset())
    choose(view.kind_combo, "inline")
    assert session.data.kind == "inline" and session.data.points == ()
    assert session.data.task == "binary" and view.editor.edit_button.isChecked()


def test_points_are_drawn_in_their_class_colours(view):
    from playground.ui.dataview import CLASS_COLORS

    dataset = make_dataset(DataSettings(kind="circle", n_points=40))
    view.set_dataset(dataset)
    brushes = view.train_points.data["brush"]
    for brush, label in zip(brushes, dataset.labels_train):
        colour = brush.color()
        assert (colour.red(), colour.green(), colour.blue()) == tuple(CLASS_COLORS[label][:3])


def test_lut_colours_spreads_the_range_over_the_table():
    lut = np.arange(10, dtype=np.uint8)[:, None].repeat(3, axis=1)
    values = np.array([-5.0, 0.0, 0.05, 0.5, 0.99, 1.0, 7.0, np.nan])
    assert lut_colours(values, 0.0, 1.0, lut)[:, 0].tolist() == [0, 0, 0, 5, 9, 9, 9, 0]


def test_the_marks_are_hidden_while_there_are_none(view):
    """An empty pyqtgraph scatter costs a full one's paint on every map update: the ring of
    the inspected point, the chosen cell's points and the point being edited hide instead."""
    view.set_dataset(small_dataset())
    marks = (view.marker, view.highlight, view.editor.selection)
    assert not any(mark.isVisible() for mark in marks)
    view.mark_point(np.array([0.5, 0.5]))
    view.highlight_points("train", np.array([0, 1]))
    assert view.marker.isVisible() and view.highlight.isVisible()
    view.mark_point(None)
    view.highlight_points("train", np.array([], dtype=int))
    assert not view.marker.isVisible() and not view.highlight.isVisible()
