"""The network canvas's pick mode: clicks on links and biases name the parameter instead of
opening the value dialog, and edit again once picking stops."""

import pytest
from PySide6.QtWidgets import QInputDialog

from playground.engine.spec import LayerSpec, NetworkSpec
from playground.ui.canvas import NetworkCanvas
from playground.ui.session import SessionModel

SPEC = NetworkSpec(("x1", "x2"), (LayerSpec(3, "tanh"), LayerSpec(1, "tanh")), "mse")


def test_picking_names_links_and_biases_without_a_dialog(qtbot, monkeypatch):
    canvas = NetworkCanvas(SessionModel(SPEC))
    qtbot.addWidget(canvas)
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *args: pytest.fail("no dialog"))
    canvas.set_picking(True)
    assert canvas.picking
    with qtbot.assertNotEmitted(canvas.parameter_edited):
        with qtbot.waitSignal(canvas.parameter_picked) as picked:
            canvas.scene.links[1][2][0].click()
    assert picked.args == [1, "W", (2, 0)]
    with qtbot.waitSignal(canvas.parameter_picked) as picked:
        canvas.scene.biases[0][1].click()
    assert picked.args == [0, "b", (1,)]


def test_the_canvas_edits_again_once_picking_stops(qtbot, monkeypatch):
    canvas = NetworkCanvas(SessionModel(SPEC))
    qtbot.addWidget(canvas)
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *args: (0.25, True))
    canvas.set_picking(True)
    with qtbot.assertNotEmitted(canvas.parameter_edited):
        with qtbot.waitSignal(canvas.parameter_picked):
            canvas.scene.biases[0][1].click()
    canvas.set_picking(False)
    with qtbot.assertNotEmitted(canvas.parameter_picked):
        with qtbot.waitSignal(canvas.parameter_edited) as edited:
            canvas.scene.biases[0][1].click()
    assert edited.args == [0, "b", (1,), 0.25]


def test_a_maxout_weight_is_not_picked(qtbot):
    spec = SPEC.with_(layers=(LayerSpec(2, "maxout", {"k": 3}), LayerSpec(1)))
    canvas = NetworkCanvas(SessionModel(spec))
    qtbot.addWidget(canvas)
    canvas.set_picking(True)
    with qtbot.assertNotEmitted(canvas.parameter_picked):
        canvas.scene.links[0][0][0].click()
    assert "maxout" in canvas.message_label.text()
