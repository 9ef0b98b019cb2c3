"""Property-based tests over random networks, data, optimizers and settings: the shapes of
every forward and backward result, finite gradients or a reported divergence, and model files
that read back exactly what was written."""

from __future__ import annotations

import math

import numpy as np
from fuzzing import FINITE, network_specs, settings_of
from hypothesis import assume, given
from hypothesis import strategies as st

from playground.engine.datasets import make_dataset
from playground.engine.errors import PlaygroundError
from playground.engine.history import LAYER_SERIES, MEASURES, History
from playground.engine.modelfile import ModelFile, from_json_text, to_json_text
from playground.engine.network import Network, parameter_shapes
from playground.engine.optimizers import OPTIMIZERS
from playground.engine.spec import DataSettings, TrainSettings
from playground.engine.trainer import StopReason, Trainer

GENERATED = ["circle", "xor", "blobs", "plane"]  # binary, binary, multiclass, regression


@st.composite
def problems(draw: st.DrawFn) -> tuple[Network, Trainer]:
    """A random network on random generated data with random training settings."""
    data = make_dataset(DataSettings(
        kind=draw(st.sampled_from(GENERATED)), n_points=draw(st.integers(8, 40)),
        noise=draw(st.floats(0, 1)), seed=draw(st.integers(0, 2**31 - 1)),
    ))
    spec = draw(network_specs(data.feature_names(), outputs=data.n_outputs))
    train = TrainSettings(
        optimizer=draw(st.sampled_from(list(OPTIMIZERS))),
        learning_rate=draw(st.floats(1e-4, 30)), batch_size=draw(st.integers(1, 50)),
        seed=draw(st.integers(0, 2**31 - 1)),
    )
    try:
        network = Network(spec, seed=train.seed)
        x_train, x_test = data.features(spec.features)
        trainer = Trainer(
            network, x_train, data.y_train, x_test, data.y_test, data.task, train
        )
    except PlaygroundError:
        assume(False)  # refused with a message: a legal answer, just not this test's case
    return network, trainer


@given(problems())
def test_every_result_has_the_shape_of_what_it_is_about(problem) -> None:
    network, trainer = problem
    x, y = trainer.x_train, trainer.y_train
    forward = network.forward(x)
    assert forward.output.shape == (len(x), network.spec.n_outputs)
    backward = network.backward(forward, y)
    for grads, shapes in zip(backward.grads, parameter_shapes(network.spec), strict=True):
        assert {name: np.shape(value) for name, value in grads.items()} == shapes


@given(problems())
def test_gradients_are_finite_or_training_says_it_diverged(problem) -> None:
    network, trainer = problem
    for _ in range(3):
        grads = trainer.full_gradients()
        finite = all(np.isfinite(value).all() for layer in grads for value in layer.values())
        before = network.packed().copy()
        result = trainer.step()
        assert np.isfinite(network.flat).all()  # whatever happened, the weights kept are finite
        if result.stop_reason is StopReason.DIVERGED:
            assert np.array_equal(network.flat, before) and "diverged" in str(result.message)
            return
        assert finite, "non-finite gradients, yet the epoch was not reported as diverged"
        assert math.isfinite(result.train_loss)


@st.composite
def histories(draw: st.DrawFn, layers: int) -> History:
    epochs = draw(st.integers(0, 4))
    value = st.one_of(FINITE, st.just(math.nan))
    columns = {key: draw(st.lists(value, min_size=epochs, max_size=epochs)) for key in MEASURES}
    for key in LAYER_SERIES:
        row = st.lists(value, min_size=layers, max_size=layers)
        columns[key] = draw(st.lists(row, min_size=epochs, max_size=epochs))
    return History.from_columns(epoch=range(1, epochs + 1), **columns)


@st.composite
def model_files(draw: st.DrawFn) -> ModelFile:
    spec = draw(network_specs())
    weights = None
    if draw(st.booleans()):
        weights = [
            {name: np.array(draw(st.lists(FINITE, min_size=math.prod(shape),
                                          max_size=math.prod(shape))), dtype=np.float64)
             .reshape(shape) for name, shape in layer.items()}
            for layer in parameter_shapes(spec)
        ]
    data = draw(st.one_of(st.none(), settings_of(DataSettings)))
    assume(data is None or data.kind != "csv" or data.csv_path is not None)
    history = draw(histories(len(spec.layers)))
    training = draw(st.one_of(st.none(), settings_of(TrainSettings)))
    return ModelFile(spec, weights, training, data, len(history), history)


def _bits(array: np.ndarray) -> np.ndarray:
    return np.asarray(array, dtype=np.float64).view(np.int64)  # -0.0 differs from 0.0


@given(model_files())
def test_a_model_file_reads_back_exactly_what_was_written(model: ModelFile) -> None:
    loaded = from_json_text(to_json_text(model))
    assert (loaded.spec, loaded.training, loaded.data) == (model.spec, model.training, model.data)
    assert (loaded.epoch, loaded.history) == (model.epoch, model.history)
    if model.weights is None:
        assert loaded.weights is None
        return
    for got, wrote in zip(loaded.weights, model.weights, strict=True):
        assert got.keys() == wrote.keys()
        for name in wrote:
            assert np.array_equal(_bits(got[name]), _bits(wrote[name]))
