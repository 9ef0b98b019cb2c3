"""Your own points, point by point: start empty, add by clicking or typing, move, delete,
clear, and undo every change."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPointF, Qt

from playground.engine.datasets import make_dataset
from playground.engine.spec import DataSettings
from playground.ui import points
from playground.ui.dataview import DataView
from playground.ui.session import SessionModel


@pytest.fixture
def session():
    return SessionModel(data=DataSettings(kind="circle", n_points=40))


@pytest.fixture
def view(qtbot, session):
    widget = DataView(session)
    qtbot.addWidget(widget)
    widget.resize(430, 520)
    widget.show()
    session.data_changed.connect(lambda data: widget.set_dataset(make_dataset(data)))
    widget.set_dataset(make_dataset(session.data))
    qtbot.waitExposed(widget)
    return widget


def at(view, x, y) -> QPointF:
    return view.plot.getViewBox().mapViewToScene(QPointF(x, y))


def click(view, x, y, button=Qt.MouseButton.LeftButton):
    return SimpleNamespace(scenePos=lambda: at(view, x, y), button=lambda: button)


def drag(view, start, end, phase):
    return SimpleNamespace(
        button=lambda: Qt.MouseButton.LeftButton, isStart=lambda: phase == "start",
        isFinish=lambda: phase == "finish", buttonDownScenePos=lambda: at(view, *start),
        scenePos=lambda: at(view, *end))


def test_the_pure_edits():
    rows = ((0.0, 0.0, 0.0), (1.0, 1.0, 1.0))
    assert points.added(rows, 2, 3, 1) == (*rows, (2.0, 3.0, 1.0))
    assert points.removed(rows, 0) == ((1.0, 1.0, 1.0),)
    assert points.moved(rows, 1, 5, 6) == ((0.0, 0.0, 0.0), (5.0, 6.0, 1.0))
    assert points.relabelled(rows, 0, 1) == ((0.0, 0.0, 1.0), (1.0, 1.0, 1.0))
    assert points.nearest_row(rows, 0.9, 1.05, (0.1, 0.1), 2.0) == 1
    assert points.nearest_row(rows, 5, 5, (0.1, 0.1), 2.0) is None


def test_points_are_added_by_clicking_and_typing_and_undone(view, session):
    view.use_custom_points()
    assert session.data.points == () and view.editor.editing
    editor = view.editor
    editor.class_combo.setCurrentIndex(1)
    assert editor.click(click(view, 1.0, 2.0))
    assert len(session.data.points) == 1 and session.data.points[0][2] == 1.0
    assert session.data.points[0][0] == pytest.approx(1.0, abs=0.05)
    editor.x1_spin.setValue(-3.25)
    editor.x2_spin.setValue(0.5)
    editor.class_combo.setCurrentIndex(0)
    editor.type_button.click()
    assert session.data.points[-1] == (-3.25, 0.5, 0.0)
    session.undo_stack.undo()
    assert len(session.data.points) == 1
    session.undo_stack.redo()
    assert len(session.data.points) == 2


def test_a_point_is_moved_by_dragging_deleted_and_cleared(view, session, qtbot):
    view.use_custom_points()
    editor = view.editor
    for x in (-2.0, 2.0):
        editor.x1_spin.setValue(x)
        editor.type_button.click()
    assert editor.drag(drag(view, (2.0, 0.0), (2.0, 0.0), "start"))
    assert editor.drag(drag(view, (2.0, 0.0), (3.0, 1.0), "move"))
    assert session.undo_stack.count() == 2  # the move is one edit, made on release
    editor.drag(drag(view, (2.0, 0.0), (3.0, 1.0), "finish"))
    assert session.undo_stack.count() == 3
    moved = session.data.points[1]
    assert moved[0] == pytest.approx(3.0, abs=0.05) and moved[1] == pytest.approx(1.0, abs=0.05)
    # Select a point and press Delete.
    editor.click(click(view, -2.0, 0.0))
    assert editor.selected == 0
    view.plot.setFocus()
    qtbot.keyClick(view.plot, Qt.Key.Key_Delete)
    assert len(session.data.points) == 1 and session.data.points[0][0] == pytest.approx(3.0,
                                                                                          abs=0.05)
    editor.clear()
    assert session.data.points == ()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert len(session.data.points) == 2


def test_without_edit_mode_a_click_does_not_edit(view, session):
    before = session.data
    assert not view.editor.click(click(view, 1.0, 1.0))
    assert session.data == before


def test_editing_a_generated_set_keeps_its_points(view, session):
    view.editor.edit_button.setChecked(True)
    view.editor.click(click(view, 0.5, 0.5))
    assert session.data.kind == "inline" and len(session.data.points) == 41


def test_the_window_says_what_to_do_with_no_points(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from playground.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.app.training.latest is not None)
    window.dataview.use_custom_points()
    assert "No points yet" in window.message.text() and not window.message.isHidden()
    epoch = window.app.epoch
    window.controls.play_button.click()  # not the previous network on the previous data
    window.controls.step_button.click()
    qtbot.wait(300)
    assert not window.app.running and window.app.epoch == epoch
    assert "No points yet" in window.message.text()
    window.dataview.editor.type_button.click()
    qtbot.waitUntil(lambda: window.message.isHidden(), timeout=5000)
    window.app.training.shutdown()


def test_a_set_too_large_to_edit_by_hand_says_so_and_is_left_alone(view, session):
    """Found by the long random-action run: a point added to 1,000,000 generated points made
    all of them the session's own, and every save and autosave wrote a 60 MB file (past what
    the app reads back) that took tens of seconds."""
    from playground.ui.point_editor import MAX_EDITED_POINTS

    editor = view.editor
    editor.edit_button.setChecked(True)
    session.set_data(session.data.with_(n_points=MAX_EDITED_POINTS + 1))
    assert not editor.edit_button.isEnabled() and not editor.editing
    assert "up to 10,000 points; this one has 10,001" in editor.edit_button.toolTip()
    assert not editor.type_button.isEnabled() and session.data.kind == "circle"
    session.set_data(session.data.with_(n_points=MAX_EDITED_POINTS))
    assert editor.edit_button.isEnabled() and "Click the plot" in editor.edit_button.toolTip()
