"""Activations: backward against central differences, stability, and the help text."""

from __future__ import annotations

import numpy as np
import pytest
from gradient_helpers import case_id, central_difference, relative_error

from playground.engine.activations import ACTIVATIONS, Activation

# Settings tried besides each activation's defaults.
EXTRA_PARAMS = {
    "threshold": [{"theta": 0.5, "value": -1.0}],
    "leaky_relu": [{"alpha": 0.2}],
    "prelu": [{"alpha": -0.4}],
    "elu": [{"alpha": 0.5}],
    "maxout": [{"k": 3}],
}
CASES = [(name, act.params()) for name, act in ACTIVATIONS.items()] + [
    (name, ACTIVATIONS[name].params(given))
    for name, extra in EXTRA_PARAMS.items()
    for given in extra
]
TRAINABLE = [case for case in CASES if ACTIVATIONS[case[0]].trainable]
ELEMENTWISE = [case for case in TRAINABLE if ACTIVATIONS[case[0]].elementwise]
LEARNED = [case for case in TRAINABLE if ACTIVATIONS[case[0]].learned]
BATCH, UNITS, STEP = 4, 3, 1e-6


def sample_z(act: Activation, params: dict, seed: int = 0) -> np.ndarray:
    """Distinct values in [−4, 4], none within 1e-3 of a kink (0 or θ), so no maxout ties."""
    rng = np.random.default_rng(seed)
    width = UNITS * act.pieces(params)
    z = rng.permutation(np.linspace(-4.0, 4.0, BATCH * width)).reshape(BATCH, width)
    for kink in (0.0, params.get("theta", 0.0)):
        z = np.where(np.abs(z - kink) < 1e-3, z + 2e-3, z)
    return z


@pytest.mark.parametrize("case", TRAINABLE, ids=case_id)
def test_backward_matches_central_differences(case):
    name, params = case
    act = ACTIVATIONS[name]
    z = sample_z(act, params)
    a = act.forward(z, params)
    assert a.shape == (BATCH, UNITS)
    grad_a = np.random.default_rng(1).normal(size=a.shape)
    got = act.backward(z, a, grad_a, params)
    assert got.shape == z.shape
    want = central_difference(lambda x: grad_a * act.forward(x, params), z, STEP)
    assert relative_error(got, want) < 1e-6


@pytest.mark.parametrize("case", ELEMENTWISE, ids=case_id)
def test_local_gradient_is_backward_of_ones_when_elementwise(case):
    name, params = case
    act = ACTIVATIONS[name]
    z = sample_z(act, params)
    a = act.forward(z, params)
    local = act.local_gradient(z, a, params)
    np.testing.assert_allclose(act.backward(z, a, np.ones_like(a), params), local)


@pytest.mark.parametrize("case", LEARNED, ids=case_id)
def test_param_gradients_match_central_differences(case):
    name, params = case
    act = ACTIVATIONS[name]
    z = sample_z(act, params)
    a = act.forward(z, params)
    grad_a = np.random.default_rng(2).normal(size=a.shape)
    got = act.param_gradients(z, a, grad_a, params)
    assert set(got) == set(act.learned)
    for key in act.learned:
        up = act.forward(z, {**params, key: params[key] + STEP})
        down = act.forward(z, {**params, key: params[key] - STEP})
        want = np.sum(grad_a * (up - down)) / (2 * STEP)
        assert abs(got[key] - want) <= 1e-6 * (abs(got[key]) + abs(want))


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_finite_and_silent_over_the_whole_range(case):
    name, params = case
    act = ACTIVATIONS[name]
    rng = np.random.default_rng(3)
    values = np.concatenate([np.linspace(-1000, 1000, 24_000), rng.uniform(-760, -700, 6000)])
    z = rng.permutation(values).reshape(-1, 12)  # 12 columns: 12, 6 or 4 neurons
    with np.errstate(all="raise"):
        a = act.forward(z, params)
        grad_a = np.ones_like(a)
        arrays = [
            a,
            act.local_gradient(z, a, params),
            act.backward(z, a, grad_a, params),
            np.array(list(act.param_gradients(z, a, grad_a, params).values())),
        ]
    for array in arrays:
        assert np.all(np.isfinite(array))


def test_step_cannot_be_trained_and_says_so():
    step = ACTIVATIONS["step"]
    z = np.array([[-2.0, -0.5, 0.0, 0.5, 2.0]])
    a = step.forward(z, {})
    assert not step.trainable
    np.testing.assert_array_equal(a, [[0, 0, 1, 1, 1]])
    np.testing.assert_array_equal(step.local_gradient(z, a, {}), 0.0)
    np.testing.assert_array_equal(step.backward(z, a, np.ones_like(a), {}), 0.0)
    assert "cannot train" in step.notes


def test_every_other_activation_is_trainable():
    assert [act.name for act in ACTIVATIONS.values() if not act.trainable] == ["step"]


def test_softmax_rows_are_distributions_and_the_diagonal_is_local():
    softmax = ACTIVATIONS["softmax"]
    z = np.array([[1.0, 2.0, 3.0], [1000.0, -1000.0, 999.0]])
    p = softmax.forward(z, {})
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    np.testing.assert_allclose(softmax.forward(z + 50.0, {}), p)
    np.testing.assert_allclose(softmax.local_gradient(z, p, {}), p * (1 - p))
    assert softmax.output_only and not softmax.elementwise


@pytest.mark.parametrize("k", [1, 2, 3])
def test_maxout_picks_each_neurons_largest_piece(k):
    maxout = ACTIVATIONS["maxout"]
    params = maxout.params({"k": k})
    z = np.arange(2 * 3 * k, dtype=float).reshape(2, 3 * k)[:, ::-1].copy()
    a = maxout.forward(z, params)
    np.testing.assert_array_equal(a, z[:, ::k])
    winners = maxout.local_gradient(z, a, params)
    np.testing.assert_array_equal(winners.reshape(2, 3, k).sum(axis=2), 1.0)
    assert np.all(winners[:, ::k] == 1.0)


def test_maxout_tie_goes_to_the_first_piece():
    maxout = ACTIVATIONS["maxout"]
    z = np.array([[5.0, 5.0, 1.0, 1.0]])
    a = maxout.forward(z, {"k": 2})
    np.testing.assert_array_equal(maxout.local_gradient(z, a, {"k": 2}), [[1, 0, 1, 0]])
    grad = maxout.backward(z, a, np.array([[3.0, -2.0]]), {"k": 2})
    np.testing.assert_array_equal(grad, [[3, 0, -2, 0]])


def test_extremes_are_exact():
    with np.errstate(all="raise"):
        assert ACTIVATIONS["sigmoid"].forward(np.array([-1000.0, 1000.0]), {}).tolist() == [0, 1]
        assert ACTIVATIONS["softplus"].forward(np.array([1000.0]), {})[0] == 1000.0
        assert ACTIVATIONS["gelu"].forward(np.array([1000.0]), {})[0] == 1000.0


@pytest.mark.parametrize("act", ACTIVATIONS.values(), ids=ACTIVATIONS.names())
def test_help_text_is_complete(act):
    for text in (act.label, act.formula, act.derivative_formula, act.value_range, act.notes):
        assert isinstance(text, str) and text.strip()
    assert set(act.learned) <= set(act.defaults)
    assert act.pieces(act.params()) >= 1
