"""The first thing a new user sees: a circle dataset, a small tanh network, sigmoid + BCE,
and settings that visibly learn within a second."""

from __future__ import annotations

from ..engine.spec import DataSettings, LayerSpec, NetworkSpec, TrainSettings

DEFAULT_SPEC = NetworkSpec(
    features=("x1", "x2"),
    layers=(LayerSpec(4, "tanh"), LayerSpec(2, "tanh"), LayerSpec(1, "sigmoid")),
    loss="bce",
)
DEFAULT_TRAIN = TrainSettings(optimizer="sgd", learning_rate=0.1, batch_size=10)
DEFAULT_DATA = DataSettings(kind="circle", n_points=400, noise=0.1, train_ratio=0.5)

# What the output layer and loss become when the data's task changes.
OUTPUT_FOR_TASK = {
    "binary": ("sigmoid", "bce"),
    "multiclass": ("softmax", "cross_entropy"),
    "regression": ("linear", "mse"),
}


def conform_to_data(
    spec: NetworkSpec, task: str, n_outputs: int, available: list[str], previous_task: str | None
) -> NetworkSpec:
    """`spec` with the output layer and features the data needs, keeping the user's choices
    wherever they still fit."""
    output = spec.output
    loss = spec.loss
    if task != previous_task or output.units != n_outputs:
        activation, loss = OUTPUT_FOR_TASK[task]
        if task == previous_task and task == "multiclass":
            activation, loss = output.activation, spec.loss  # only the class count changed
        output = LayerSpec(n_outputs, activation)
    features = tuple(f for f in spec.features if f in available)
    if not features:
        features = tuple(available[:2]) if "x1" in available else tuple(available)
    return spec.with_(layers=spec.layers[:-1] + (output,), loss=loss, features=features)
