"""Losses: gradients against central differences, the fused logit forms, known values, help text."""

from __future__ import annotations

import numpy as np
import pytest
from gradient_helpers import case_id, central_difference, relative_error

from playground.engine.activations import ACTIVATIONS
from playground.engine.losses import LOSSES, Loss

# Settings tried besides each loss's defaults.
EXTRA_PARAMS = {"huber": [{"delta": 0.5}]}
CASES = [(name, loss.params()) for name, loss in LOSSES.items()] + [
    (name, LOSSES[name].params(given)) for name, extra in EXTRA_PARAMS.items() for given in extra
]
FUSED = [loss for loss in LOSSES.values() if loss.fused_activation]
N, OUTPUTS, STEP = 4, 3, 1e-6


def sample(loss: Loss, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(y_pred, y_true): probabilities and one-hot targets for classification; for regression,
    errors spread over [−3, 3] that keep clear of the kinks at 0 and ±δ."""
    rng = np.random.default_rng(seed)
    if loss.task == "classification":
        y_true = np.eye(OUTPUTS)[rng.integers(OUTPUTS, size=N)]
        return rng.uniform(0.05, 0.95, size=(N, OUTPUTS)), y_true
    y_true = rng.normal(size=(N, OUTPUTS))
    errors = rng.permutation(np.linspace(-3.0, 3.0, N * OUTPUTS)).reshape(N, OUTPUTS)
    return y_true + errors, y_true


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_gradient_matches_central_differences(case):
    name, params = case
    loss = LOSSES[name]
    y_pred, y_true = sample(loss)
    got = loss.gradient(y_pred, y_true, params)
    assert got.shape == y_pred.shape
    want = central_difference(lambda y: loss.value(y, y_true, params), y_pred, STEP)
    assert relative_error(got, want) < 1e-6


@pytest.mark.parametrize("loss", FUSED, ids=lambda loss: loss.name)
def test_logit_forms_agree_with_the_activation(loss):
    act = ACTIVATIONS[loss.fused_activation]
    rng = np.random.default_rng(4)
    z = rng.uniform(-5.0, 5.0, size=(N, OUTPUTS))
    _, y_true = sample(loss)
    y_pred = act.forward(z, {})
    assert loss.value_from_logits(z, y_true, {}) == pytest.approx(
        loss.value(y_pred, y_true, {}), rel=1e-10
    )
    chain_rule = act.backward(z, y_pred, loss.gradient(y_pred, y_true, {}), {})
    fused = loss.gradient_from_logits(z, y_pred, y_true, {})
    np.testing.assert_allclose(fused, chain_rule, rtol=1e-9, atol=1e-15)


@pytest.mark.parametrize("loss", FUSED, ids=lambda loss: loss.name)
def test_logit_forms_stay_finite_for_huge_logits(loss):
    act = ACTIVATIONS[loss.fused_activation]
    z = np.array([[1000.0, -1000.0, 0.0], [-1000.0, 1000.0, 1000.0], [-1000.0, -1000.0, 5.0]])
    y_true = np.eye(3)
    with np.errstate(all="raise"):
        y_pred = act.forward(z, {})
        value = loss.value_from_logits(z, y_true, {})
        grad = loss.gradient_from_logits(z, y_pred, y_true, {})
    assert np.isfinite(value) and np.all(np.isfinite(grad))


def test_confidently_wrong_logits_are_not_clipped():
    # From logits the loss keeps growing; through clipped probabilities it would stop at −ln 1e-7.
    assert LOSSES["bce"].value_from_logits(np.array([[1000.0]]), np.array([[0.0]]), {}) == 1000.0
    ce = LOSSES["cross_entropy"].value_from_logits(
        np.array([[1000.0, -1000.0]]), np.array([[0.0, 1.0]]), {}
    )
    assert ce == 2000.0


def test_probabilities_are_clipped_before_the_log():
    bce, ce = LOSSES["bce"], LOSSES["cross_entropy"]
    with np.errstate(all="raise"):
        assert bce.value(np.array([[0.0]]), np.array([[1.0]]), {}) == pytest.approx(-np.log(1e-7))
        grad = bce.gradient(np.array([[0.0, 1.0]]), np.array([[1.0, 0.0]]), {})
        assert np.all(np.isfinite(grad))
        assert ce.value(np.array([[0.0, 1.0]]), np.array([[1.0, 0.0]]), {}) == pytest.approx(
            -np.log(1e-7)
        )


def test_rmse_gradient_is_zero_at_a_perfect_fit():
    y = np.array([[1.0, 2.0]])
    np.testing.assert_array_equal(LOSSES["rmse"].gradient(y, y.copy(), {}), 0.0)


@pytest.mark.parametrize(
    ("y_true", "mae", "mse"), [([1.0, 0.0], 0.2, 0.04), ([0.0, 1.0], 0.8, 0.64)]
)
def test_known_mae_and_mse(y_true, mae, mse):
    y_pred = np.array([[0.8, 0.2]])
    assert LOSSES["mae"].value(y_pred, np.array([y_true]), {}) == pytest.approx(mae)
    assert LOSSES["mse"].value(y_pred, np.array([y_true]), {}) == pytest.approx(mse)


@pytest.mark.parametrize(("p_true", "want"), [(0.99, 0.01005), (0.001, 6.9078)])
def test_known_cross_entropy(p_true, want):
    y_pred = np.array([[p_true, 1.0 - p_true]])
    value = LOSSES["cross_entropy"].value(y_pred, np.array([[1.0, 0.0]]), {})
    assert value == pytest.approx(want, abs=5e-5)  # to the 4 decimals CONCEPTS gives


def test_known_sse():
    value = LOSSES["sse"].value(np.array([[0.1, 0.6, 0.3]]), np.array([[0.0, 1.0, 0.0]]), {})
    assert value == pytest.approx(0.13)


def test_cross_entropy_divides_by_samples_not_elements():
    y_pred = np.full((2, 4), 0.25)
    y_true = np.eye(4)[[0, 3]]
    assert LOSSES["cross_entropy"].value(y_pred, y_true, {}) == pytest.approx(np.log(4.0))


@pytest.mark.parametrize("loss", LOSSES.values(), ids=LOSSES.names())
def test_help_text_is_complete(loss):
    for text in (loss.label, loss.formula, loss.gradient_formula, loss.notes):
        assert isinstance(text, str) and text.strip()
    assert loss.task in ("regression", "classification")
    if loss.fused_activation is not None:
        assert ACTIVATIONS[loss.fused_activation].name == loss.fused_activation
        assert "1e-7" in loss.notes  # says how the logs are kept finite


def evaluate_worked(template: str, numbers) -> float:
    """A worked formula as the inspector shows it, evaluated: the numbers really give the value."""
    import re

    text = template.format(*(f"({v!r})" for v in numbers))
    for shown, python in (("·", "*"), ("−", "-"), ("²", "**2"), ("½", "0.5"), ("[", "("),
                          ("]", ")"), ("ln", "np.log"), ("√", "np.sqrt"), ("sign", "np.sign"),
                          ("clip", "np.clip")):
        text = text.replace(shown, python)
    text = re.sub(r"\|([^|]*)\|", r"abs(\1)", text)
    return float(eval(text, {"np": np}))  # the test's own text, never a file's


@pytest.mark.parametrize("name", LOSSES.names())
def test_worked_formulas_give_the_value_and_the_gradient(name):
    loss = LOSSES[name]
    params = loss.params({"delta": 0.3} if name == "huber" else {})
    if loss.task == "classification" and name == "cross_entropy":
        y_pred, y_true = np.array([[0.2, 0.7, 0.1]]), np.array([[0.0, 1.0, 0.0]])
    elif loss.task == "classification":
        y_pred, y_true = np.array([[0.8], [0.3]]), np.array([[1.0], [0.0]])
    else:
        y_pred, y_true = np.array([[0.1, 0.6, 0.3]]), np.array([[0.0, 1.0, 0.0]])
    worked = loss.worked(y_pred, y_true, params)
    assert worked.template.count("{}") == len(worked.numbers)
    assert evaluate_worked(worked.template, worked.numbers) == pytest.approx(
        loss.value(y_pred, y_true, params), rel=1e-12)
    gradient = loss.gradient(y_pred, y_true, params).ravel()
    for index, expected in enumerate(gradient):
        step = loss.worked_gradient(y_pred, y_true, params, index)
        assert evaluate_worked(step.template, step.numbers) == pytest.approx(expected, rel=1e-12)


def test_the_sse_known_value_worked_out():
    worked = LOSSES["sse"].worked(np.array([[0.1, 0.6, 0.3]]), np.array([[0, 1, 0]]), {})
    assert worked.template == "½·[({} − {})² + ({} − {})² + ({} − {})²]"
    assert evaluate_worked(worked.template, worked.numbers) == pytest.approx(0.13)
