"""The spec's shared vocabulary: how a layer is named in the engine's messages and the views."""

from __future__ import annotations

from playground.engine.spec import LayerSpec, NetworkSpec, layer_name


def test_layer_names_long_and_short():
    spec = NetworkSpec(layers=(LayerSpec(4), LayerSpec(2), LayerSpec(1, "sigmoid")))
    assert [layer_name(spec, i) for i in range(3)] == [
        "Hidden layer 1",
        "Hidden layer 2",
        "Output layer",
    ]
    assert [layer_name(spec, i, short=True) for i in range(3)] == ["Hidden 1", "Hidden 2", "Output"]
    assert layer_name(NetworkSpec(layers=(LayerSpec(1),)), 0) == "Output layer"
