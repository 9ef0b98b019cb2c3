"""The canvas comes back to the weights of the network being trained: found by the random-action
test, an edit whose network could not be built ("No points yet") and its undo left the canvas
without weights while the network it had shown was still the one trained."""

from test_canvas import fake_snapshot, net

from playground.ui.canvas import NetworkCanvas
from playground.ui.session import SessionModel


def test_an_edit_and_its_undo_show_the_weights_again(qtbot):
    session = SessionModel(spec=net(4, 2))
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    snapshot = fake_snapshot(session.spec)
    canvas.set_snapshot(snapshot)
    assert canvas.scene.snapshot is snapshot
    canvas.change_neurons(0, +1)  # no new snapshot comes: its network is not built
    assert canvas.scene.snapshot is None and canvas.scene.link_painter._widths is None
    session.undo_stack.undo()
    assert canvas.scene.snapshot is snapshot
    assert canvas.scene.link_painter._widths is not None
