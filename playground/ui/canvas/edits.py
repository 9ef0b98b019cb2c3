"""The canvas's structural edits as pure functions: each takes a NetworkSpec and returns a new one.

Layer indices count in `spec.layers` (hidden layers first, the output layer last). An edit that
would leave the network unusable raises `EditRefused`, whose text is shown to the user.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...engine.activations import ACTIVATIONS
from ...engine.errors import PlaygroundError
from ...engine.network import parameter_shapes
from ...engine.spec import LayerSpec, NetworkSpec, layer_title
from ...engine.texts import QT_TRANSLATE_NOOP, Text
from ..language import translated

OUTPUT_SIZE_SET = QT_TRANSLATE_NOOP("CanvasEdits", "the output layer's size is set by the data")
NEW_LAYER = LayerSpec(4, "tanh")  # what "+ layer" adds when there is no hidden layer to copy


class EditRefused(PlaygroundError):
    """An edit the canvas will not make; the message says why."""


def is_hidden(spec: NetworkSpec, index: int) -> bool:
    return 0 <= index < len(spec.layers) - 1


def activation_label(name: str) -> str:
    """The activation's display label, or its name when the registry does not know it."""
    return translated(ACTIVATIONS[name].label, ACTIVATIONS.context) if name in ACTIVATIONS \
        else name


def short_name(spec: NetworkSpec, index: int) -> str:
    """The column header of `spec.layers[index]`, "Hidden 2" or "Output", translated."""
    return translated(layer_title(spec, index, short=True))


def refused(english: str, *args: object) -> EditRefused:
    """The refusal whose English template (marked in "CanvasEdits") is `english`."""
    return EditRefused(Text("CanvasEdits", english, args))


def unit_pieces(spec: NetworkSpec, index: int) -> int:
    """How many columns of W each neuron of layer `index` owns: maxout's k, else 1."""
    layer = spec.layers[index]
    if layer.activation not in ACTIVATIONS:
        return 1
    activation = ACTIVATIONS[layer.activation]
    return int(activation.pieces(activation.params(layer.params)))


def parameter_count(spec: NetworkSpec) -> int:
    """Weights plus biases (plus learned activation parameters); SpecError if it cannot be built."""
    total = 0
    for layer in parameter_shapes(spec):
        for shape in layer.values():
            size = 1
            for extent in shape:
                size *= extent
            total += size
    return total


def add_layer(spec: NetworkSpec, position: int, template: LayerSpec | None = None) -> NetworkSpec:
    """Insert a hidden layer so that it becomes `spec.layers[position]`.

    Without a template, the new layer copies the nearest hidden layer (the one before it, else
    the one after it), or is `NEW_LAYER` when there is none.
    """
    hidden = len(spec.layers) - 1
    if not 0 <= position <= hidden:
        raise refused(QT_TRANSLATE_NOOP(
            "CanvasEdits", "a hidden layer can only go between the inputs and the output layer"))
    if template is None:
        if position > 0:
            template = spec.layers[position - 1]
        elif hidden > 0:
            template = spec.layers[0]
        else:
            template = NEW_LAYER
    layers = spec.layers[:position] + (template,) + spec.layers[position:]
    return spec.with_(layers=layers)


def remove_layer(spec: NetworkSpec, index: int) -> NetworkSpec:
    """Remove hidden layer `index`; the output layer stays."""
    if not is_hidden(spec, index):
        raise refused(QT_TRANSLATE_NOOP(
            "CanvasEdits", "the output layer cannot be removed: the data sets its size"))
    return spec.with_(layers=spec.layers[:index] + spec.layers[index + 1 :])


def _replace_layer(spec: NetworkSpec, index: int, layer: LayerSpec) -> NetworkSpec:
    return spec.with_(layers=spec.layers[:index] + (layer,) + spec.layers[index + 1 :])


def add_neuron(spec: NetworkSpec, index: int) -> NetworkSpec:
    """One more neuron in hidden layer `index`."""
    if not is_hidden(spec, index):
        raise refused(OUTPUT_SIZE_SET)
    layer = spec.layers[index]
    return _replace_layer(spec, index, layer.with_(units=layer.units + 1))


def remove_neuron(spec: NetworkSpec, index: int) -> NetworkSpec:
    """One neuron fewer in hidden layer `index`; a layer keeps at least one."""
    if not is_hidden(spec, index):
        raise refused(OUTPUT_SIZE_SET)
    layer = spec.layers[index]
    if layer.units <= 1:
        raise refused(QT_TRANSLATE_NOOP(
            "CanvasEdits", "{0} has only one neuron left; remove the layer instead"),
            layer_title(spec, index, short=True))
    return _replace_layer(spec, index, layer.with_(units=layer.units - 1))


def set_activation(spec: NetworkSpec, index: int, name: str) -> NetworkSpec:
    """Layer `index` with activation `name`; hyperparameters the new one also has are kept."""
    activation = ACTIVATIONS[name]
    if activation.output_only and is_hidden(spec, index):
        raise refused(QT_TRANSLATE_NOOP(
            "CanvasEdits", "{0} can only be the output layer's activation"),
            Text(ACTIVATIONS.context, activation.label))
    layer = spec.layers[index]
    params = {k: v for k, v in layer.params.items() if k in activation.defaults}
    return _replace_layer(spec, index, layer.with_(activation=name, params=params))


def toggle_feature(spec: NetworkSpec, name: str, order: Sequence[str] = ()) -> NetworkSpec:
    """Switch input feature `name` on or off, keeping the features in `order` (then as they were).

    The last feature that is on cannot be switched off.
    """
    features = list(spec.features)
    if name in features:
        if len(features) == 1:
            raise refused(QT_TRANSLATE_NOOP(
                "CanvasEdits", "the network needs at least one input feature"))
        features.remove(name)
    else:
        features.append(name)
    rank = {feature: position for position, feature in enumerate(order)}
    features.sort(key=lambda feature: rank.get(feature, len(rank)))
    return spec.with_(features=tuple(features))
