"""The window under a student's hands (issue 12): nothing hidden, clipped or stale."""

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QToolButton

from playground.engine.history import History
from playground.engine.spec import LayerSpec
from playground.ui.canvas.items import HeaderItem
from playground.ui.curves import LossCurves
from playground.ui.steady import SteadyLabel

UI_FONT_PIXELS = 12  # at least the normal text of the window; checked against the app's below


def shown_at(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(150)  # the canvas lays the network out again once a resize settles


def test_at_1024x700_every_canvas_toolbar_action_shows(qtbot, window):
    shown_at(qtbot, window, 1024, 700)
    assert window.width() == 1024  # the panels' smallest widths leave the canvas its toolbar
    toolbar = window.canvas.toolbar
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    actions = [action for action in toolbar.actions() if not action.isSeparator()]
    assert {window.canvas.zoom_in_action, window.canvas.zoom_out_action} <= set(actions)
    for action in actions:
        button = toolbar.widgetForAction(action)
        assert button.isVisible() and toolbar.rect().contains(button.geometry()), action.text()
    label = window.canvas.parameters_label
    assert label.isVisible() and label.text() == "Parameters: 25"
    view = window.canvas.view
    corner = label.mapTo(view, label.rect().topLeft())
    assert view.rect().contains(corner)


def test_six_hidden_layers_at_1280x800_have_text_and_buttons_of_full_size(qtbot, window):
    assert QFontInfo(QApplication.font()).pixelSize() <= UI_FONT_PIXELS
    session = window.app.session
    hidden = tuple(LayerSpec(4, "tanh") for _ in range(6))
    session.edit_spec(session.spec.with_(layers=(*hidden, session.spec.layers[-1])), "six")
    shown_at(qtbot, window, 1280, 800)
    canvas = window.canvas
    scale = canvas.view.zoom_factor()
    headers = [item for item in canvas.scene.items() if isinstance(item, HeaderItem)]
    assert len(headers) == 8  # inputs, six hidden layers, output
    assert min(header.font_pixels() for header in headers) * scale >= UI_FONT_PIXELS
    assert min(button.boundingRect().width() for button in canvas.scene.buttons) * scale >= 18
    rects = [header.sceneBoundingRect() for header in headers]
    assert not [(a, b) for a in rects for b in rects if a is not b and a.intersects(b)]
    assert canvas.view.mapFromScene(canvas.scene.sceneRect()).boundingRect().width() <= (
        canvas.view.viewport().width())  # the whole network shows


def test_the_status_bar_forgets_a_problem_once_it_is_solved(qtbot, window):
    status = window.statusBar()
    window.app._problem("Training diverged", "Training diverged at epoch 4: too large")
    assert status.currentMessage() == "Training diverged at epoch 4: too large"
    session = window.app.session
    with qtbot.waitSignal(window.app.problem_solved):
        session.set_data(session.data.with_(noise=0.2))
    assert status.currentMessage() == "" and not window.message.isVisible()
    window.app._problem("The data cannot be used", "it is bad")
    status.showMessage("Saved model.json")  # another message since: it stays
    with qtbot.waitSignal(window.app.problem_solved):
        session.set_data(session.data.with_(noise=0.3))
    assert status.currentMessage() == "Saved model.json"


def test_the_points_box_counts_a_one_point_csv(qtbot, window, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("x1,x2,y\n0.5,0.5,1\n", encoding="utf-8")
    session = window.app.session
    with qtbot.waitSignal(window.app.dataset_changed):
        session.set_data(session.data.with_(kind="csv", csv_path=str(path), task=None))
    box = window.dataview.points_spin
    assert box.value() == 1 and not box.isEnabled()
    with qtbot.waitSignal(window.app.dataset_changed):
        session.set_data(session.data.with_(kind="circle", csv_path=None))
    assert box.value() == 400 and box.isEnabled()
    assert session.data.n_points == 400  # showing the count never edited the settings


def test_a_file_records_the_counts_of_custom_points(qtbot, window):
    points = tuple((float(k), float(k % 5), float(k % 2)) for k in range(33))
    session = window.app.session
    with qtbot.waitSignal(window.app.dataset_changed):
        session.set_data(session.data.with_(kind="inline", points=points, task=None))
    data = window.files.model(with_history=False).data
    assert (data.n_points, data.n_classes) == (33, 2)
    assert window.dataview.classes_spin.value() == 2
    assert session.data.n_points == 400  # the session keeps what the generator would use


def shown_curves(qtbot, width: int) -> LossCurves:
    curves = LossCurves()
    qtbot.addWidget(curves)
    curves.resize(width, 240)
    curves.show()
    qtbot.waitExposed(curves)
    return curves


def test_a_renamed_metric_axis_label_stays_beside_its_plot(qtbot):
    curves = shown_curves(qtbot, 420)
    curves.set_metric_name("R²")
    curves.set_metric_name("Accuracy")
    axis = curves.metric_plot.getAxis("left")
    label = axis.label.mapRectToScene(axis.label.boundingRect())
    span = axis.mapRectToScene(axis.boundingRect())
    centre = (label.top() + label.bottom()) / 2
    assert abs(centre - (span.top() + span.bottom()) / 2) < 2  # centred on its own plot


def test_a_readout_too_long_for_one_line_takes_two(qtbot):
    curves = shown_curves(qtbot, 360)
    holder = curves.latest_label.parent()
    assert isinstance(holder, SteadyLabel) and holder.lines() == 1
    curves.set_metric_name("R²")  # a regression that diverged: long numbers
    curves.set_history(History.from_columns(
        epoch=[1, 2], train_loss=[1.0, 1.58e236], test_loss=[1.0, 1.59e236],
        train_metric=[0.0, -9.19e236], test_metric=[0.0, -1.27e237]))
    curves.flush()
    assert "-1.27e+237" in curves.latest_label.text()
    qtbot.waitUntil(lambda: holder.lines() == 2)
    qtbot.waitUntil(lambda: holder.height() >= 2 * holder.fontMetrics().lineSpacing())
    assert not holder.geometry().intersects(curves.log_box.geometry())
