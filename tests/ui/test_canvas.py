"""The network canvas: pure spec edits and geometry, then the widget driven as a user drives it."""

from dataclasses import replace
from itertools import combinations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QInputDialog

from playground.engine.activations import ACTIVATIONS
from playground.engine.datasets import make_dataset
from playground.engine.features import FEATURES
from playground.engine.network import Network, copy_params
from playground.engine.spec import DataSettings, LayerSpec, NetworkSpec, TrainSettings
from playground.engine.trainer import Trainer
from playground.ui.canvas import NetworkCanvas, edits
from playground.ui.canvas.colormap import (
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    activation_range,
    diverging_rgb,
    hex_colour,
    link_styles,
)
from playground.ui.canvas.layout import (
    COLUMN_PITCH,
    MIN_PITCH,
    column_pitch,
    network_geometry,
)
from playground.ui.canvas.readout import link_text, neuron_text, parameter_value, snapshot_fits
from playground.ui.session import SessionModel
from playground.workers.snapshot import History, Snapshot


def net(*hidden: int, features=("x1", "x2"), output: int = 1) -> NetworkSpec:
    layers = tuple(LayerSpec(units, "tanh") for units in hidden) + (LayerSpec(output, "tanh"),)
    return NetworkSpec(features=features, layers=layers, loss="mse")


def fake_snapshot(spec: NetworkSpec, seed: int = 0, resolution: int = 16) -> Snapshot:
    """Weights, gradients and neuron maps of the right shapes, with both signs present."""
    rng = np.random.default_rng(seed)
    xs = np.linspace(-1, 1, resolution)
    grid_x, grid_y = np.meshgrid(xs, xs)
    weights, gradients, maps = [], [], []
    fan_in = spec.n_inputs
    for layer in spec.layers:
        weights.append(
            {"W": rng.normal(size=(fan_in, layer.units)), "b": rng.normal(size=layer.units)}
        )
        gradients.append(
            {"W": rng.normal(0, 0.01, (fan_in, layer.units)), "b": rng.normal(0, 0.01, layer.units)}
        )
        slopes = rng.normal(0, 3, (layer.units, 2))
        maps.append(np.tanh(slopes[:, :1, None] * grid_x + slopes[:, 1:, None] * grid_y))
        fan_in = layer.units
    return Snapshot(
        epoch=5,
        new_history=History(),
        weights=tuple(weights),
        gradients=tuple(gradients),
        grad_norms=None,
        neuron_maps=tuple(maps),
    )


# --- pure edits ------------------------------------------------------------------------------


def test_add_layer_inserts_a_copy_of_its_neighbour():
    spec = net(4, 2)
    assert [layer.units for layer in edits.add_layer(spec, 1).layers] == [4, 4, 2, 1]
    assert [layer.units for layer in edits.add_layer(spec, 0).layers] == [4, 4, 2, 1]
    assert [layer.units for layer in edits.add_layer(net(), 0).layers] == [4, 1]
    with pytest.raises(edits.EditRefused):
        edits.add_layer(spec, 3)  # after the output layer


def test_remove_layer_keeps_the_output_layer():
    spec = net(4, 2)
    assert [layer.units for layer in edits.remove_layer(spec, 0).layers] == [2, 1]
    assert edits.remove_layer(net(3), 0).layers == (LayerSpec(1, "tanh"),)  # zero hidden layers
    with pytest.raises(edits.EditRefused):
        edits.remove_layer(spec, 2)


def test_neurons_are_added_and_removed_down_to_one():
    spec = net(2)
    assert edits.add_neuron(spec, 0).layers[0].units == 3
    one = edits.remove_neuron(spec, 0)
    assert one.layers[0].units == 1
    with pytest.raises(edits.EditRefused, match="only one neuron"):
        edits.remove_neuron(one, 0)
    for change in (edits.add_neuron, edits.remove_neuron):
        with pytest.raises(edits.EditRefused, match="set by the data"):
            change(spec, 1)


def test_set_activation_keeps_only_the_parameters_the_new_one_has():
    spec = net(3).with_(layers=(LayerSpec(3, "leaky_relu", {"alpha": 0.2}), LayerSpec(1, "tanh")))
    assert edits.set_activation(spec, 0, "prelu").layers[0].params == {"alpha": 0.2}
    assert edits.set_activation(spec, 0, "tanh").layers[0] == LayerSpec(3, "tanh")


def test_output_only_activations_are_refused_on_hidden_layers():
    output_only = [a.name for a in ACTIVATIONS.values() if a.output_only]
    if not output_only:
        pytest.skip("no output-only activation is registered")
    spec = net(3)
    with pytest.raises(edits.EditRefused):
        edits.set_activation(spec, 0, output_only[0])
    assert edits.set_activation(spec, 1, output_only[0]).output.activation == output_only[0]


def test_toggle_feature_keeps_the_registry_order_and_one_feature():
    order = FEATURES.names()
    spec = net(2, features=("x2",))
    assert edits.toggle_feature(spec, "x1", order).features == ("x1", "x2")
    assert edits.toggle_feature(net(2), "x1", order).features == ("x2",)
    with pytest.raises(edits.EditRefused, match="at least one input"):
        edits.toggle_feature(spec, "x2", order)


def test_parameter_count_follows_the_formula():
    # k = 2 inputs, hidden 4 and 2, o = 1: 2·4 + 4·2 + 2·1 weights and 4 + 2 + 1 biases
    assert edits.parameter_count(net(4, 2)) == 25


# --- pure geometry and colours ---------------------------------------------------------------


@pytest.mark.parametrize("width", [None, 260.0, 512.0, 2000.0])
@pytest.mark.parametrize("hidden", [(), (4, 2), (32,) * 10, (1, 32, 1), (4,) * 6])
def test_layout_has_no_overlaps_and_fits_the_scene(hidden, width):
    geometry = network_geometry(len(FEATURES), [*hidden, 3], width)
    rects = geometry.rects()
    assert all(geometry.scene.contains(rect) for rect in rects)
    assert not [pair for pair in combinations(rects, 2) if pair[0].intersects(pair[1])]
    for column in geometry.columns[1:]:  # layers: inputs have no bias
        for bias, node in zip(column.biases, column.nodes, strict=True):
            assert geometry.scene.contains(bias)
            others = [n for n in column.nodes if n is not node]
            assert not any(bias.intersects(other) for other in others)
    assert all(geometry.scene.contains(column.body) for column in geometry.columns)
    bodies = [column.body for column in geometry.columns]
    assert not [pair for pair in combinations(bodies, 2) if pair[0].intersects(pair[1])]


@pytest.mark.parametrize("hidden", [(4, 2), (4,) * 6, (8,) * 8])
def test_a_layout_for_a_width_fits_it_when_its_columns_can(hidden):
    columns = len(hidden) + 2
    for width in (400.0, 512.0, 900.0):
        geometry = network_geometry(2, [*hidden, 1], width)
        pitch = column_pitch(columns, width)
        if MIN_PITCH < pitch < COLUMN_PITCH:  # the columns could come close enough
            assert geometry.scene.w <= width
        assert network_geometry(2, [*hidden, 1]).scene.w >= geometry.scene.w


def test_nodes_shrink_for_wide_layers():
    assert network_geometry(2, [32, 1]).node_size < network_geometry(2, [4, 1]).node_size


def test_colours_diverge_from_white():
    rgb = diverging_rgb(np.array([-2.0, 0.0, 1.0]), 0.0, 1.0)
    assert [tuple(c) for c in rgb] == [NEGATIVE, NEUTRAL, POSITIVE]
    assert activation_range("tanh") == (-1.0, 1.0)
    white = (255, 255, 255)
    widths, colours = link_styles(np.array([-1.0, 0.0, 0.5, 1.0]), 1.0, 4.0, white)
    assert widths[0] == 4.0 and widths[1] > 0 and widths[1] < widths[2] < widths[0]
    assert tuple(colours[0]) == NEGATIVE and tuple(colours[3]) == POSITIVE
    # smaller weights fade into the background: between the full colour and white
    assert np.all((colours[2] >= np.array(POSITIVE)) & (colours[2] <= 255))
    assert np.all(colours[1] > colours[3])


def test_hex_colour_reads_tuples_and_uint8_arrays():
    assert hex_colour(POSITIVE) == "#0877bd"
    assert hex_colour(np.array([255, 0, 16], dtype=np.uint8)) == "#ff0010"


def test_readout_averages_maxout_pieces_and_names_the_gradient():
    spec = net(2)
    snapshot = fake_snapshot(spec)
    assert snapshot_fits(spec, snapshot) and not snapshot_fits(net(3), snapshot)
    w = snapshot.weights[0]["W"]
    assert parameter_value(spec, snapshot, 0, "W", (1, 0)) == pytest.approx(w[1, 0])
    text = link_text(spec, snapshot, 0, 1, 0)
    assert "x2 → Hidden 1 #1" in text and "w = " in text and "∂L/∂w" in text
    assert "∂L/∂b" in neuron_text(spec, snapshot, 1, 0)
    two_pieces = {"W": np.array([[1.0, 3.0]]), "b": np.array([0.0, 2.0])}
    maxout = net(features=("x1",)).with_(layers=(LayerSpec(1, "maxout"),))
    pieces = Snapshot(0, History(), (two_pieces,), None, None)
    assert parameter_value(maxout, pieces, 0, "W", (0, 0)) == 2.0
    assert "mean over" in link_text(maxout, pieces, 0, 0, 0)


# --- the widget --------------------------------------------------------------------------------


@pytest.fixture
def session() -> SessionModel:
    return SessionModel(spec=net(4, 2))


@pytest.fixture
def canvas(qtbot, session) -> NetworkCanvas:
    widget = NetworkCanvas(session)
    qtbot.addWidget(widget)
    widget.resize(900, 450)
    return widget


def menu_action(menu, text):
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None and (found := menu_action(action.menu(), text)):
            return found
    return None


def test_canvas_draws_every_feature_and_neuron(canvas):
    assert canvas.scene.node_count() == len(FEATURES) + 4 + 2 + 1
    assert canvas.parameters_label.text() == "Parameters: 25"
    assert canvas.scene.feature_nodes["x1"].active
    assert not canvas.scene.feature_nodes["x1_squared"].active
    assert canvas.scene.feature_nodes["x1_squared"].has_image()  # the feature's own map


def test_add_layer_button_is_undoable_and_redraws(canvas, session):
    before = session.spec
    canvas.add_layer_action.trigger()
    assert [layer.units for layer in session.spec.layers] == [4, 2, 2, 1]
    assert canvas.scene.node_count() == len(FEATURES) + 9
    assert canvas.parameters_label.text() == "Parameters: 31"
    session.undo_stack.undo()
    assert session.spec == before
    assert canvas.scene.node_count() == len(FEATURES) + 7
    session.undo_stack.redo()
    assert len(session.spec.layers) == 4


def test_remove_layer_button_removes_the_selected_layer(canvas, session):
    canvas.select_layer(0)
    canvas.remove_layer_action.trigger()
    assert [layer.units for layer in session.spec.layers] == [2, 1]
    canvas.remove_layer_action.trigger()
    assert [layer.units for layer in session.spec.layers] == [1]
    assert not canvas.remove_layer_action.isEnabled()


def test_context_menu_edits_the_layer(canvas, session):
    menu_action(canvas.layer_menu(0), "Add neuron").trigger()
    assert session.spec.layers[0].units == 5
    menu_action(canvas.layer_menu(1), "Insert layer after").trigger()
    assert [layer.units for layer in session.spec.layers] == [5, 2, 2, 1]
    assert canvas.selected_layer == 2
    menu_action(canvas.layer_menu(0), "Remove layer").trigger()
    assert [layer.units for layer in session.spec.layers] == [2, 2, 1]
    output_menu = canvas.layer_menu(2)
    assert menu_action(output_menu, "Add neuron") is None
    assert menu_action(output_menu, "Remove layer") is None


def test_activation_submenu_lists_what_the_layer_may_use(canvas, session):
    hidden_labels = {
        a.text() for a in menu_action(canvas.layer_menu(0), "Activation").menu().actions()
    }
    output_labels = {
        a.text() for a in menu_action(canvas.layer_menu(2), "Activation").menu().actions()
    }
    assert hidden_labels == {a.label for a in ACTIVATIONS.values() if not a.output_only}
    assert output_labels == {a.label for a in ACTIVATIONS.values()}
    other = next(a for a in ACTIVATIONS.values() if a.name != "tanh" and not a.output_only)
    menu_action(canvas.layer_menu(0), other.label).trigger()
    assert session.spec.layers[0].activation == other.name
    session.undo_stack.undo()
    assert session.spec.layers[0].activation == "tanh"


def test_clicking_features_toggles_them_but_never_the_last(qtbot, canvas, session):
    canvas.scene.feature_nodes["x1_squared"].click()
    assert session.spec.features == ("x1", "x2", "x1_squared")
    canvas.scene.feature_nodes["x1"].click()
    canvas.scene.feature_nodes["x1_squared"].click()
    assert session.spec.features == ("x2",)
    with qtbot.waitSignal(canvas.status_message) as refused:
        canvas.scene.feature_nodes["x2"].click()
    assert refused.args[0] == "The network needs at least one input feature"
    assert canvas.message_label.text() == refused.args[0]
    assert session.spec.features == ("x2",)


def test_neuron_buttons_and_keys_change_the_selected_layer(qtbot, canvas, session):
    plus = next(b for b in canvas.scene.buttons if b.layer == 1 and b.delta > 0)
    plus.click()
    assert session.spec.layers[1].units == 3
    with qtbot.waitSignal(canvas.layer_selected) as selected:
        canvas.scene.nodes[0][0].click()
    assert selected.args == [0]
    qtbot.keyClick(canvas.view, Qt.Key.Key_Plus)
    assert session.spec.layers[0].units == 5
    qtbot.keyClick(canvas.view, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas.view, Qt.Key.Key_Minus)
    assert session.spec.layers[0].units == 3
    qtbot.keyClick(canvas.view, Qt.Key.Key_Insert)
    assert [layer.units for layer in session.spec.layers] == [3, 3, 3, 1]
    qtbot.keyClick(canvas.view, Qt.Key.Key_Delete)
    assert [layer.units for layer in session.spec.layers] == [3, 3, 1]


def test_mouse_clicks_edit_after_the_event_returns(qtbot, canvas, session, monkeypatch):
    """A click that rebuilds the scene deletes the clicked item: the edit must wait."""
    view = canvas.view
    view.fit()

    def click(item):
        point = view.mapFromScene(item.sceneBoundingRect().center())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    click(next(b for b in canvas.scene.buttons if b.layer == 1 and b.delta > 0))
    qtbot.waitUntil(lambda: session.spec.layers[1].units == 3)
    click(canvas.scene.feature_nodes["x1_squared"])
    qtbot.waitUntil(lambda: "x1_squared" in session.spec.features)
    click(canvas.scene.nodes[1][2])
    qtbot.waitUntil(lambda: canvas.selected_layer == 1)
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *args: (-2.0, True))
    with qtbot.waitSignal(canvas.parameter_edited) as edited:
        click(canvas.scene.biases[0][1])
    assert edited.args == [0, "b", (1,), -2.0]


def test_snapshot_restyles_links_without_rebuilding(canvas, session):
    link = canvas.scene.links[0][0][0]
    idle_width = link.drawn_pen().widthF()
    snapshot = fake_snapshot(session.spec)
    snapshot.weights[0]["W"][0, 0] = -10.0  # the network's largest |w|: widest, orange
    canvas.set_snapshot(snapshot)
    assert canvas.scene.links[0][0][0] is link
    assert link.drawn_pen().widthF() > idle_width
    colour = link.drawn_pen().color()
    assert (colour.red(), colour.green(), colour.blue()) == NEGATIVE
    assert canvas.scene.nodes[0][0].has_image()
    assert "w = -10" in canvas.describe_link(0, 0, 0)
    canvas.set_snapshot(fake_snapshot(net(3)))  # another network's snapshot is ignored
    assert link.drawn_pen().widthF() == idle_width


def test_clicking_a_link_or_bias_edits_the_parameter(qtbot, canvas, session, monkeypatch):
    asked = []

    def answer(parent, title, label, value, *args):
        asked.append(value)
        return 0.5, True

    monkeypatch.setattr(QInputDialog, "getDouble", answer)
    snapshot = fake_snapshot(session.spec)
    canvas.set_snapshot(snapshot)
    with qtbot.waitSignal(canvas.parameter_edited) as edited:
        canvas.scene.links[1][3][1].click()
    assert edited.args == [1, "W", (3, 1), 0.5]
    assert asked == [pytest.approx(snapshot.weights[1]["W"][3, 1])]
    with qtbot.waitSignal(canvas.parameter_edited) as edited:
        canvas.scene.biases[2][0].click()
    assert edited.args == [2, "b", (0,), 0.5]
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *args: (1.0, False))
    with qtbot.assertNotEmitted(canvas.parameter_edited):
        canvas.scene.biases[0][0].click()


def test_zoom_and_fit(canvas):
    canvas.ensurePolished()
    canvas.fit_action.trigger()
    fitted = canvas.view.zoom_factor()
    canvas.zoom_in_action.trigger()
    assert canvas.view.zoom_factor() == pytest.approx(fitted * 1.2)
    assert not canvas.view.auto_fit
    canvas.zoom_out_action.trigger()
    canvas.zoom_out_action.trigger()
    assert canvas.view.zoom_factor() < fitted
    canvas.fit_action.trigger()
    assert canvas.view.zoom_factor() == pytest.approx(fitted)
    assert canvas.view.auto_fit


def test_ctrl_wheel_zooms_and_plain_wheel_does_not(canvas):
    view = canvas.view
    view.fit()
    fitted = view.zoom_factor()
    centre = QPointF(view.viewport().rect().center())

    def wheel(modifiers):
        event = QWheelEvent(
            centre,
            view.mapToGlobal(centre.toPoint()).toPointF(),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)

    wheel(Qt.KeyboardModifier.NoModifier)
    assert view.zoom_factor() == pytest.approx(fitted)
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() == pytest.approx(fitted * 1.2)


def test_hover_tooltips_read_the_latest_snapshot(canvas, session):
    link, bias = canvas.scene.links[0][1][2], canvas.scene.biases[0][2]
    link.hoverEnterEvent(None)
    assert "No weights yet" in link.toolTip()
    canvas.set_snapshot(fake_snapshot(session.spec))
    link.hoverEnterEvent(None)
    bias.hoverEnterEvent(None)
    assert "x2 → Hidden 1 #3" in link.toolTip() and "∂L/∂w = " in link.toolTip()
    assert "Hidden 1, neuron 3 of 4" in bias.toolTip() and "∂L/∂b = " in bias.toolTip()


def test_maxout_weights_are_shown_as_a_mean_and_not_edited(qtbot, session, monkeypatch):
    session.edit_spec(net(2).with_(layers=(LayerSpec(2, "maxout", {"k": 3}), LayerSpec(1))), "k")
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    weights = (
        {"W": np.arange(12.0).reshape(2, 6), "b": np.zeros(6)},
        {"W": np.ones((2, 1)), "b": np.zeros(1)},
    )
    canvas.set_snapshot(Snapshot(1, History(), weights, None, None))
    assert "mean over this neuron's 3 pieces" in canvas.describe_link(0, 1, 1)
    assert "w = 10," in canvas.describe_link(0, 1, 1)  # mean of W[1, 3:6] = 9, 10, 11
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *args: pytest.fail("no dialog"))
    with qtbot.assertNotEmitted(canvas.parameter_edited):
        canvas.scene.links[0][0][0].click()
    assert "maxout" in canvas.message_label.text()


def test_screenshot_of_a_trained_three_layer_network(qtbot, session, tmp_path):
    session.edit_spec(net(4, 4, 2, features=("x1", "x2", "x1_squared")), "three layers")
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(900, 450)
    canvas.ensurePolished()
    canvas.set_snapshot(fake_snapshot(session.spec))
    canvas.select_layer(1)
    image = canvas.grab().toImage()
    assert image.save(str(tmp_path / "canvas.png"))
    colours = {image.pixelColor(x, y).name() for x in range(0, 900, 3) for y in range(0, 450, 3)}
    assert len(colours) > 50  # feature and neuron maps, coloured links


def test_a_real_right_click_on_a_neuron_opens_the_layer_menu(qtbot, canvas, monkeypatch):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QGraphicsSceneContextMenuEvent

    shown = []

    class FakeMenu:  # a real QMenu.exec would block the test in its own event loop
        def exec(self, pos):
            shown.append(pos)

        def deleteLater(self):
            pass

    monkeypatch.setattr(canvas, "layer_menu", lambda layer: FakeMenu())
    node = canvas.scene.nodes[0][0]
    event = QGraphicsSceneContextMenuEvent(
        QGraphicsSceneContextMenuEvent.Type.GraphicsSceneContextMenu
    )
    event.setScreenPos(QPoint(120, 80))
    event.setScenePos(node.sceneBoundingRect().center())
    node.contextMenuEvent(event)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [QPoint(120, 80)]
    assert canvas.selected_layer == 0


def test_a_link_under_the_mouse_draws_itself_on_top(qtbot, canvas, session):
    """Links are painted by one LinkPainter; the hovered one still gets the hover and shows."""
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.set_snapshot(fake_snapshot(session.spec))
    link = canvas.scene.links[0][1][2]
    assert link.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    middle = link.path().pointAtPercent(0.5)
    point = canvas.view.mapFromScene(middle)
    qtbot.mouseMove(canvas.view.viewport(), point)
    qtbot.waitUntil(lambda: link.zValue() == 1)
    assert not link.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert link.pen().widthF() == link.drawn_pen().widthF() > 0
    viewport = canvas.view.viewport()
    qtbot.mouseMove(viewport, QPoint(viewport.width() - 3, 3))  # no link, no legend
    qtbot.waitUntil(lambda: link.zValue() == 0)
    assert link.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def test_link_mode_switch_styles_the_links_by_gradient_or_update(canvas, session):
    snapshot = fake_snapshot(session.spec)
    gradients = tuple({name: np.zeros_like(value) for name, value in layer.items()}
                      for layer in snapshot.weights)
    gradients[0]["W"][1, 2] = -3.2e-3  # the largest |∂L/∂w|: the widest link, orange
    gradients[1]["W"][0, 0] = 1.6e-3  # half of it
    canvas.set_snapshot(replace(snapshot, gradients=gradients, last_update=None))
    widest, half, zero = (canvas.scene.links[0][1][2], canvas.scene.links[1][0][0],
                          canvas.scene.links[0][0][0])
    weight_widths = [link.drawn_pen().widthF() for link in (widest, half, zero)]
    assert "width: |w| up to" in canvas.legend_label.text()

    canvas.link_mode_box.setCurrentIndex(canvas.link_mode_box.findData("gradient"))
    assert canvas.link_mode() == "gradient"
    widths = [link.drawn_pen().widthF() for link in (widest, half, zero)]
    assert widths != weight_widths
    assert widths[0] > widths[1] > widths[2]
    assert widths[1] - widths[2] == pytest.approx((widths[0] - widths[2]) / 2)
    colour = widest.drawn_pen().color()
    assert (colour.red(), colour.green(), colour.blue()) == NEGATIVE
    assert "width: |∂L/∂w| up to 0.0032" in canvas.legend_label.text()
    assert "vanishing" in canvas.legend_label.toolTip()

    canvas.set_link_mode("update")  # no epoch has run: no update to show
    assert canvas.link_mode_box.currentData() == "update"
    assert "no update yet" in canvas.legend_label.text()
    assert widest.drawn_pen().widthF() == zero.drawn_pen().widthF()
    update = tuple({name: np.zeros_like(value) for name, value in layer.items()}
                   for layer in snapshot.weights)
    update[1]["W"][0, 0] = 0.25
    canvas.set_snapshot(replace(snapshot, last_update=update))
    assert half.drawn_pen().widthF() > zero.drawn_pen().widthF() == widest.drawn_pen().widthF()
    assert "width: |Δw| up to 0.25" in canvas.legend_label.text()

    canvas.set_link_mode("weight")
    assert [link.drawn_pen().widthF() for link in (widest, half, zero)] == weight_widths


def dead_relu_snapshot(session) -> Snapshot:
    """A 2 → 3 ReLU → 1 sigmoid network on x1², x2² whose second hidden neuron gets
    z = −1 − x1² − x2² from every point (no point brings it alive) and whose others get a
    positive z from every point, with its gradients and diagnostics at these weights."""
    spec = NetworkSpec(("x1_squared", "x2_squared"),
                       (LayerSpec(3, "relu"), LayerSpec(1, "sigmoid")), "bce")
    session.edit_spec(spec, "dead ReLU")
    network = Network(spec, seed=2)
    network.params[0]["W"][...] = [[0.5, -1.0, 1.0], [1.0, -1.0, 0.5]]
    network.params[0]["b"][...] = [0.1, -1.0, 0.1]
    data = make_dataset(DataSettings(kind="circle", n_points=200))
    x_train, x_test = data.features(spec.features)
    trainer = Trainer(network, x_train, data.y_train, x_test, data.y_test, data.task,
                      TrainSettings())
    return Snapshot(0, History(), tuple(copy_params(network.params)),
                    tuple(trainer.full_gradients()), None, diagnostics=trainer.diagnose(History()))


def test_a_dead_relu_neuron_gets_the_dead_badge_and_its_tooltip(canvas, session):
    snapshot = dead_relu_snapshot(session)
    assert snapshot.diagnostics.layers[0].dead.tolist() == [False, True, False]
    canvas.set_snapshot(snapshot)
    nodes = canvas.scene.nodes
    assert [node.badge for node in nodes[0]] == [None, "dead", None]
    assert nodes[1][0].badge is None
    badge = nodes[0][1]._badge_item
    assert badge.isVisible() and badge.parentItem() is nodes[0][1]
    nodes[0][1].hoverEnterEvent(None)
    tip = nodes[0][1].toolTip()
    assert "Dead" in tip and "Leaky ReLU" in tip and "He initialisation" in tip
    nodes[0][0].hoverEnterEvent(None)
    assert "Dead" not in nodes[0][0].toolTip()
    canvas.set_snapshot(replace(snapshot, diagnostics=None))  # flags gone: the badge goes
    assert nodes[0][1].badge is None and not badge.isVisible()


def test_badges_change_only_when_the_flags_do(canvas, session, monkeypatch):
    snapshot = dead_relu_snapshot(session)
    canvas.set_snapshot(snapshot)
    calls = []
    for units in canvas.scene.nodes:
        for node in units:
            monkeypatch.setattr(node, "set_badge", lambda kind, calls=calls: calls.append(kind))
    canvas.set_snapshot(replace(snapshot, epoch=1))
    assert calls == []


def test_screenshot_of_badges_and_gradient_links(qtbot, session, tmp_path):
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(520, 420)
    snapshot = dead_relu_snapshot(session)
    canvas.set_link_mode("gradient")
    canvas.set_snapshot(snapshot)
    image = canvas.grab().toImage()
    assert image.save(str(tmp_path / "canvas-badges.png"))
