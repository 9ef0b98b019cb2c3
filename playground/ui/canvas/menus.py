"""The context menu of a canvas column: neurons, layers and the activation of one layer, or the
input features. Actions call the canvas's own slots, the same ones the buttons and keys use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import QMenu, QWidget

from ...engine.activations import ACTIVATIONS
from ...engine.spec import NetworkSpec
from ..language import translate, translated
from .edits import is_hidden


class MenuHost(Protocol):
    def change_neurons(self, layer: int, delta: int) -> None: ...
    def insert_layer(self, position: int) -> None: ...
    def remove_layer(self, layer: int) -> None: ...
    def set_activation(self, layer: int, name: str) -> None: ...
    def toggle_feature(self, name: str) -> None: ...


def layer_menu(host: MenuHost, spec: NetworkSpec, layer: int, parent: QWidget) -> QMenu:
    """The menu of layer `layer` (an index in spec.layers)."""
    menu = QMenu(parent)
    hidden = is_hidden(spec, layer)
    if hidden:
        menu.addAction(translate("CanvasMenu", "Add neuron"),
                       lambda: host.change_neurons(layer, 1))
        remove = menu.addAction(translate("CanvasMenu", "Remove neuron"),
                                lambda: host.change_neurons(layer, -1))
        remove.setEnabled(spec.layers[layer].units > 1)
        menu.addSeparator()
    menu.addAction(translate("CanvasMenu", "Insert layer before"), lambda: host.insert_layer(layer))
    if hidden:
        menu.addAction(translate("CanvasMenu", "Insert layer after"),
                       lambda: host.insert_layer(layer + 1))
        menu.addAction(translate("CanvasMenu", "Remove layer"), lambda: host.remove_layer(layer))
    menu.addSeparator()
    activations = menu.addMenu(translate("CanvasMenu", "Activation"))
    current = spec.layers[layer].activation
    for activation in ACTIVATIONS.values():
        if activation.output_only and hidden:
            continue
        action = activations.addAction(
            translated(activation.label, ACTIVATIONS.context),
            lambda *_, name=activation.name: host.set_activation(layer, name),
        )
        action.setCheckable(True)
        action.setChecked(activation.name == current)
    return menu


def input_menu(
    host: MenuHost, spec: NetworkSpec, shown: Sequence[str], labels: Sequence[str], parent: QWidget
) -> QMenu:
    """The menu of the input column: every feature as a check box, and a layer after them."""
    menu = QMenu(parent)
    for name, label in zip(shown, labels, strict=True):
        action = menu.addAction(label, lambda *_, name=name: host.toggle_feature(name))
        action.setCheckable(True)
        action.setChecked(name in spec.features)
    menu.addSeparator()
    menu.addAction(translate("CanvasMenu", "Insert layer after the inputs"),
                   lambda: host.insert_layer(0))
    return menu
