"""Right-click exports of every plot, File → Export as ONNX and Help → About, with the file
dialogs patched: each export writes a valid file (a PNG of the plot's size, an SVG that parses,
CSV that reads back), a failure is reported, and nothing is asked when nothing can be done."""

from __future__ import annotations

import csv
import math
import sys
import xml.etree.ElementTree as ElementTree

import numpy as np
import onnxruntime
import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from playground.engine.csvfile import load_csv
from playground.engine.history import LAYER_SERIES
from playground.engine.network import Network
from playground.ui import exports
from playground.ui.about import AboutDialog, versions, versions_text
from playground.ui.exports import PlotExports
from playground.ui.main_window import MainWindow

PLOTS = {"curves", "grad-mean-abs", "update-ratio", "histograms", "confusion-train",
         "confusion-test", "predicted-vs-true", "residuals", "loss-surface", "data"}


@pytest.fixture
def trained(qtbot, tmp_path):
    """The app after 20 epochs, shown, with every lower tab visited once."""
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.app.training.latest is not None)
    done = []
    window.app.run_epochs_then(20, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    for tab in range(window.lower_tabs.count()):
        window.lower_tabs.setCurrentIndex(tab)
        qtbot.wait(20)
    window.lower_tabs.setCurrentIndex(0)
    yield window
    window.app.training.shutdown()


@pytest.fixture
def save_to(monkeypatch):
    """Answer every export dialog with the next path given to `save_to.paths`."""
    asked = []

    class Answers:
        paths: list[str] = []
        questions = asked

    def ask(parent, title, suggestion, suffix):
        asked.append((title, suggestion, suffix))
        return Answers.paths.pop(0)

    monkeypatch.setattr(exports, "ask_save_path", ask)
    return Answers


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(exports, "warn", lambda parent, title, text: shown.append(text))
    return shown


def plot_exports(window) -> dict[str, PlotExports]:
    return {menu.name: menu for menu in window.findChildren(PlotExports)}


def entry(menu: PlotExports, text: str):
    (found,) = [e for e in menu.entries if e.text == text]
    return found


def test_every_plot_offers_png_and_svg_on_right_click(trained, monkeypatch):
    menus = plot_exports(trained)
    assert set(menus) == PLOTS
    opened = []
    monkeypatch.setattr(exports, "open_menu", lambda menu, position: opened.append(
        [action.text() for action in menu.actions()]))
    for name, menu in menus.items():
        target = menu.target
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10),
                                  target.mapToGlobal(QPoint(10, 10)))
        QApplication.sendEvent(target, event)
        assert opened[-1][:2] == ["Export as PNG…", "Export as SVG…"], name
    assert opened[list(menus).index("curves")][2:] == ["Export data as CSV…"]
    assert opened[list(menus).index("data")][2:] == ["Export dataset as CSV…",
                                                     "Export decision map as PNG…"]


def test_while_editing_points_a_right_click_on_one_is_the_points(trained, monkeypatch):
    opened = []
    monkeypatch.setattr(exports, "open_menu", lambda menu, position: opened.append(menu))
    view, menu = trained.dataview, plot_exports(trained)["data"]
    view.editor.edit_button.setChecked(True)
    x1, x2, _label = view.editor.rows()[0]
    on_point = view.plot.mapFromScene(view.view_box.mapViewToScene(QPointF(x1, x2)))
    assert view.editor.row_at(view.plot.mapToScene(on_point)) is not None
    assert not menu.wanted_at(on_point)  # the point editor's own menu, not the exports
    corner = QPoint(3, 3)  # over the axes, far from any point
    assert view.editor.row_at(view.plot.mapToScene(corner)) is None
    QApplication.sendEvent(menu.target, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, corner, menu.target.mapToGlobal(corner)))
    assert len(opened) == 1
    view.editor.edit_button.setChecked(False)
    assert menu.wanted_at(on_point)


def test_each_png_has_the_plots_size_and_each_svg_parses(trained, save_to, tmp_path):
    for name, menu in plot_exports(trained).items():
        png, svg = tmp_path / f"{name}.png", tmp_path / f"{name}.svg"
        save_to.paths[:] = [str(png), str(svg)]
        assert menu.run(entry(menu, "Export as PNG…"))
        assert menu.run(entry(menu, "Export as SVG…"))
        image = QImage(str(png))
        ratio = menu.widget.devicePixelRatioF()
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (round(menu.widget.width() * ratio),
                                                   round(menu.widget.height() * ratio)), name
        root = ElementTree.parse(svg).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg", name
        assert root.get("viewBox") == f"0 0 {menu.widget.width()} {menu.widget.height()}"
        drawn = {element.tag.split("}")[-1] for element in root.iter()}
        assert drawn & {"path", "polyline", "rect", "image"}, name  # something is drawn
        if name == "curves":
            assert "polyline" in drawn and "text" in drawn  # the curves and labels as vectors
    suggestions = [suggestion for _title, suggestion, _suffix in save_to.questions]
    assert "curves.png" in suggestions and "loss-surface.svg" in suggestions


def test_the_curves_data_reads_back_as_the_history(trained, save_to, tmp_path):
    path = tmp_path / "curves.csv"
    save_to.paths[:] = [str(path)]
    menu = plot_exports(trained)["curves"]
    assert menu.run(entry(menu, "Export data as CSV…"))
    history = trained.app.history
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    layers = history.n_layers
    assert layers == 3
    assert rows[0] == ["epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
                       *(f"{series}_layer{k}" for series in LAYER_SERIES
                         for k in range(1, layers + 1))]
    assert len(rows) == len(history) + 1 == 22  # epoch 0 and 20 trained
    table = np.array([[float(cell) if cell else math.nan for cell in row] for row in rows[1:]])
    np.testing.assert_array_equal(table[:, 0], history.epochs)
    for index, name in enumerate(("train_loss", "test_loss", "train_metric", "test_metric"), 1):
        np.testing.assert_array_equal(table[:, index], history.column(name))
    np.testing.assert_array_equal(table[:, 5:5 + layers], history.layer_series(LAYER_SERIES[0]))


def test_the_dataset_csv_loads_to_the_same_points(trained, save_to, tmp_path):
    path = tmp_path / "data.csv"
    save_to.paths[:] = [str(path)]
    menu = plot_exports(trained)["data"]
    assert menu.run(entry(menu, "Export dataset as CSV…"))
    raw, target, raw_names, target_name = load_csv(path)
    dataset = trained.app.dataset
    np.testing.assert_array_equal(raw, np.concatenate([dataset.raw_train, dataset.raw_test]))
    np.testing.assert_array_equal(target, np.concatenate([dataset.labels_train,
                                                          dataset.labels_test]))
    assert (tuple(raw_names), target_name) == (dataset.raw_names, dataset.target_name)


def test_the_decision_map_png_is_the_map_north_up(trained, save_to, tmp_path):
    path = tmp_path / "map.png"
    save_to.paths[:] = [str(path)]
    view = trained.dataview
    menu = plot_exports(trained)["data"]
    assert menu.run(entry(menu, "Export decision map as PNG…"))
    image = QImage(str(path))
    rgb = view._map_rgb(view._map)  # row 0 at the bottom of the plane
    rows, columns = rgb.shape[:2]
    assert (image.width(), image.height()) == (4 * columns, 4 * rows) == (400, 400)
    for (row, column) in ((0, 0), (rows - 1, columns - 1), (rows // 3, 2 * columns // 3)):
        colour = image.pixelColor(4 * column + 1, 4 * (rows - 1 - row) + 2)
        assert (colour.red(), colour.green(), colour.blue()) == tuple(rgb[row, column])


def test_a_failed_export_is_reported_and_a_cancelled_one_writes_nothing(
        trained, save_to, warnings, tmp_path):
    menu = plot_exports(trained)["curves"]
    missing = tmp_path / "no-such-folder" / "curves.csv"
    save_to.paths[:] = [str(missing), ""]
    assert not menu.run(entry(menu, "Export data as CSV…"))
    assert len(warnings) == 1 and str(missing) in warnings[0]
    assert not menu.run(entry(menu, "Export as PNG…"))  # cancelled
    assert len(warnings) == 1 and list(tmp_path.glob("*.png")) == []


def test_a_saved_export_is_named_in_the_status_bar(trained, save_to, tmp_path):
    path = tmp_path / "surface.png"
    save_to.paths[:] = [str(path)]
    menu = plot_exports(trained)["loss-surface"]
    assert menu.run(entry(menu, "Export as PNG…"))
    assert trained.statusBar().currentMessage() == f"Exported {path}"


# ---------------------------------------------------------------- File → Export as ONNX


def test_file_export_onnx_writes_the_apps_network(trained, save_to, tmp_path):
    path = tmp_path / "model.onnx"
    save_to.paths[:] = [str(path)]
    trained.files.onnx_action.trigger()
    assert save_to.questions == [("Export as ONNX", "model.onnx", "onnx")]
    session = onnxruntime.InferenceSession(path.read_bytes(),
                                           providers=["CPUExecutionProvider"])
    raw = np.random.default_rng(0).uniform(-6, 6, (200, 2))
    network = Network(trained.app.session.spec, trained.app.weights_shown())
    np.testing.assert_allclose(session.run(None, {"x": raw})[0], network.predict(raw),
                               rtol=0, atol=1e-6)
    assert trained.statusBar().currentMessage() == f"Exported {path} (ONNX)"


def test_file_export_onnx_without_onnx_says_what_to_install(trained, save_to, monkeypatch):
    told = []
    monkeypatch.setattr(trained.files, "tell", lambda title, text: told.append((title, text)))
    monkeypatch.setitem(sys.modules, "onnx", None)  # as if it were not installed
    trained.files.onnx_action.trigger()
    assert save_to.questions == []  # nothing is asked when nothing can be written
    ((title, text),) = told
    assert title == "Cannot export as ONNX"
    assert text.startswith("Exporting to ONNX needs the onnx package, which is not installed")
    assert "pip install onnx" in text


def test_the_file_menu_offers_onnx_next_to_the_json_export(trained):
    texts = [action.text() for action in trained.menuBar().actions()[0].menu().actions()]
    assert texts.index("Export as &ONNX…") == texts.index("&Export trained weights…") + 1
    assert "ONNX Runtime" in trained.files.onnx_action.statusTip()


def test_without_onnx_the_menu_entry_says_it_needs_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.files.onnx_action.statusTip().startswith("Needs the onnx package")
    window.app.training.shutdown()


# ---------------------------------------------------------------- Help → About


def test_about_names_every_version_and_copies_them(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    names = [name for name, _version in versions()]
    for name in ("Neural Network Playground", "Python", "Qt", "PySide6", "pyqtgraph", "NumPy",
                 "onnx", "onnxruntime"):  # the last two: installed for the tests
        assert name in names
    for name, version in versions():
        assert f"{name} {version}" in text
    assert text == versions_text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text


def test_help_about_opens_the_dialog(trained, monkeypatch):
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog.text))
    help_menu = trained.menuBar().actions()[-1].menu()
    (about,) = [action for action in help_menu.actions() if action.text() == "&About"]
    about.trigger()
    assert len(shown) == 1 and "NumPy" in shown[0].toPlainText()
