"""A click on the canvas acts once its event has returned; should the network change in
between (the random-action test found "− layer" right after a click on a link), the click is
refused with a message instead of raising IndexError or editing another weight."""

import pytest
from PySide6.QtCore import Qt

from playground.engine.spec import LayerSpec, NetworkSpec
from playground.ui.canvas import NetworkCanvas
from playground.ui.session import SessionModel


@pytest.fixture
def canvas(qtbot):
    spec = NetworkSpec(features=("x1", "x2"), loss="mse",
                       layers=(LayerSpec(4, "tanh"), LayerSpec(3, "tanh"), LayerSpec(1, "tanh")))
    widget = NetworkCanvas(SessionModel(spec=spec))
    qtbot.addWidget(widget)
    widget.resize(900, 450)
    widget.show()
    widget.view.fit()
    return widget


def press_and_release(qtbot, canvas, item):
    point = canvas.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


@pytest.mark.parametrize("clicked", ["link", "bias", "neuron button"])
def test_a_click_that_the_network_outran_is_refused(qtbot, canvas, monkeypatch, clicked):
    scene = canvas.scene
    asked = []
    monkeypatch.setattr(canvas, "ask_value", lambda *args: asked.append(args) or 1.0)
    item = {"link": lambda: scene.links[2][1][0], "bias": lambda: scene.biases[1][2],
            "neuron button": lambda: [b for b in scene.buttons if b.layer == 1][-1]}[clicked]()
    if clicked == "link":  # the middle of the curve, where no other link crosses
        point = canvas.view.mapFromScene(item.path().pointAtPercent(0.5))
        qtbot.mouseClick(canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        press_and_release(qtbot, canvas, item)
    canvas.remove_layer(1)  # before the click's action has run
    messages = []
    canvas.status_message.connect(messages.append)
    qtbot.wait(20)
    assert not asked and [layer.units for layer in canvas.spec.layers] == [4, 1]
    assert messages and "network changed" in messages[0]


def test_a_click_on_the_network_drawn_still_acts(qtbot, canvas, monkeypatch):
    with qtbot.waitSignal(canvas.parameter_edited) as edited:
        monkeypatch.setattr(canvas, "ask_value", lambda *args: -2.0)
        press_and_release(qtbot, canvas, canvas.scene.biases[1][2])
    assert edited.args == [1, "b", (2,), -2.0]
