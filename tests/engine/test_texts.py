"""Translatable texts without Qt: templates filled after translation, nested, with their case."""

from playground.engine.advice import advice
from playground.engine.spec import LayerSpec, NetworkSpec, layer_name, layer_title
from playground.engine.texts import QT_TRANSLATE_NOOP, Text


def shouting(context: str, template: str) -> str:
    """A stand-in translation: the template in capitals (a format spec .2F still works)."""
    return template.upper()


def test_the_marker_hands_the_english_back():
    assert QT_TRANSLATE_NOOP("Advice", "The loss") == "The loss"


def test_a_text_is_filled_after_its_template_is_translated():
    inner = Text("Layers", "Hidden layer {0}", (2,)).lower()
    text = Text("Advice", "{0} in {1}: {2:.2f}", ("tanh", inner, 0.125)).capital()
    assert str(text) == "Tanh in hidden layer 2: 0.12"
    assert text.render(shouting) == "Tanh IN hidden layer 2: 0.12"  # the inner one lowered


def test_a_text_without_arguments_keeps_its_braces():
    assert Text("Activations", "{v} ∪ (θ, ∞)").render(shouting) == "{V} ∪ (Θ, ∞)"
    assert str(Text("Activations", "{0, 1}")) == "{0, 1}"


def test_layer_names_are_the_same_as_text_and_as_string():
    spec = NetworkSpec(layers=(LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")))
    assert layer_name(spec, 0) == str(layer_title(spec, 0)) == "Hidden layer 1"
    assert layer_name(spec, 1, short=True) == "Output"


def test_advice_keeps_its_english_and_translates_as_a_whole():
    spec = NetworkSpec(layers=(LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")), loss="mse")
    (item,) = advice(spec, "binary")
    assert item.text.startswith("MSE (L2) works on classes too")
    assert item.message.render(shouting).startswith("MSE (L2) WORKS ON CLASSES TOO")
