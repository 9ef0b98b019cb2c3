"""The worked calculation: the textbook's 2-2-1 example and the computational-graph example
reproduced step by step from the engine's own numbers, and exercise checking."""

import math

import numpy as np
import pytest

from playground.engine.modelfile import load_model
from playground.engine.network import Network
from playground.engine.trace import trace
from playground.engine.walkthrough import (
    Exercise,
    Quantity,
    Stage,
    Walkthrough,
    answer_is_right,
)
from playground.resources import resource_path

# CONCEPTS.md: the 2-2-1 network, one SGD step with α = 1 on x = (1, 1), y = 0.
BEFORE = {"w(x₁→h₁)": 0.4352, "w(x₁→h₂)": 0.1951, "w(x₂→h₁)": 0.3545, "w(x₂→h₂)": 0.4835,
          "w(h₁→ŷ)": -0.1725, "w(h₂→ŷ)": 0.1129, "b(h₁)": -0.1419, "b(h₂)": 0.0439,
          "b(ŷ)": -0.3043}
# The textbook's "after" row. It rounded its intermediates: w(h₂→ŷ) and b(ŷ) come out at
# −0.16675 and −0.71973 exactly, which it prints as −0.1667 and −0.7196.
AFTER = {"w(x₁→h₁)": 0.4514, "w(x₁→h₂)": 0.1848, "w(x₂→h₁)": 0.3707, "w(x₂→h₂)": 0.4732,
         "w(h₁→ŷ)": -0.4452, "w(h₂→ŷ)": -0.1667, "b(h₁)": -0.1257, "b(h₂)": 0.0336,
         "b(ŷ)": -0.7196}


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


def hand_calculation() -> dict[str, float]:
    """The 2-2-1 example worked by hand, in the order a textbook writes it."""
    w = BEFORE
    z1 = w["w(x₁→h₁)"] + w["w(x₂→h₁)"] + w["b(h₁)"]
    z2 = w["w(x₁→h₂)"] + w["w(x₂→h₂)"] + w["b(h₂)"]
    h1, h2 = sigmoid(z1), sigmoid(z2)
    zo = w["w(h₁→ŷ)"] * h1 + w["w(h₂→ŷ)"] * h2 + w["b(ŷ)"]
    y_hat = sigmoid(zo)
    loss = -math.log(1 - y_hat)
    upstream = 1 / (1 - y_hat)  # ∂L/∂ŷ for y = 0
    delta_o = y_hat * (1 - y_hat) * upstream
    delta_1 = h1 * (1 - h1) * w["w(h₁→ŷ)"] * delta_o
    delta_2 = h2 * (1 - h2) * w["w(h₂→ŷ)"] * delta_o
    return {
        "z(h₁)": z1, "z(h₂)": z2, "h₁": h1, "h₂": h2, "z(ŷ)": zo, "ŷ": y_hat, "L": loss,
        "∂L/∂ŷ": upstream, "∂L/∂z(ŷ)": delta_o, "∂L/∂z(h₁)": delta_1, "∂L/∂z(h₂)": delta_2,
        "∂L/∂h₁": w["w(h₁→ŷ)"] * delta_o, "∂L/∂h₂": w["w(h₂→ŷ)"] * delta_o,
        "f′(z(h₁))": h1 * (1 - h1), "f′(z(h₂))": h2 * (1 - h2), "f′(z(ŷ))": y_hat * (1 - y_hat),
        "∂L/∂w(h₁→ŷ)": h1 * delta_o, "∂L/∂w(h₂→ŷ)": h2 * delta_o, "∂L/∂b(ŷ)": delta_o,
        "∂L/∂w(x₁→h₁)": delta_1, "∂L/∂w(x₂→h₁)": delta_1, "∂L/∂b(h₁)": delta_1,
        "∂L/∂w(x₁→h₂)": delta_2, "∂L/∂w(x₂→h₂)": delta_2, "∂L/∂b(h₂)": delta_2,
    }


def example(name: str, sample, target=None, wrt_output=False, learning_rate=1.0):
    model = load_model(resource_path(f"examples/{name}.json"))
    network = Network(model.spec, model.weights)
    if wrt_output:
        result = trace(network, sample, output_gradient=[1.0])
    else:
        result = trace(network, sample, target)
    return Walkthrough(network, result, learning_rate, wrt_output)


@pytest.fixture
def textbook() -> Walkthrough:
    return example("backprop-2-2-1", [1, 1], [0])


def by_symbol(walkthrough: Walkthrough) -> dict[str, float]:
    return {step.symbol: step.value for step in walkthrough.steps}


def test_the_textbook_example_matches_the_hand_calculation(textbook):
    values = by_symbol(textbook)
    for symbol, expected in hand_calculation().items():
        assert values[symbol] == pytest.approx(expected, rel=1e-12), symbol
    # The forward values CONCEPTS.md gives, to its four decimals.
    for symbol, shown in {"h₁": 0.6565, "h₂": 0.6732, "ŷ": 0.4154, "L": 0.5369}.items():
        assert round(values[symbol], 4) == shown


def test_the_textbook_update_reproduces_the_after_row(textbook):
    values = by_symbol(textbook)
    for name, after in AFTER.items():
        new = values[f"{name}⁺"]
        assert new == pytest.approx(after, abs=1.5e-4), name  # the textbook's rounding
    exact = {"w(h₂→ŷ)": -0.16675, "b(ŷ)": -0.71973}
    for name, value in exact.items():
        assert values[f"{name}⁺"] == pytest.approx(value, abs=1e-5)


def test_the_input_side_moves_less_than_the_output_side(textbook):
    """Every gradient reaching the hidden layer was multiplied by σ′ ≤ 0.25."""
    steps = textbook.of(Stage.BACKWARD)
    hidden = [abs(s.value) for s in steps if s.quantity is Quantity.WEIGHT_GRADIENT
              and s.layer == 0]
    output = [abs(s.value) for s in steps if s.quantity is Quantity.WEIGHT_GRADIENT
              and s.layer == 1]
    assert max(hidden) < min(output) / 10
    assert all(s.value <= 0.25 for s in steps if s.quantity is Quantity.LOCAL)


def test_every_downstream_gradient_is_local_times_upstream(textbook):
    for step in textbook.of(Stage.BACKWARD):
        if step.quantity is Quantity.DOWNSTREAM:
            local, upstream = step.numbers
            assert step.value == pytest.approx(local * upstream, rel=1e-12)
            assert step.template == "{} × {}"


def test_equations_show_the_multiplication_with_its_numbers(textbook):
    equations = [step.equation() for step in textbook.steps]
    assert "∂L/∂z(h₁) = f′(z(h₁)) · ∂L/∂h₁ = 0.2255 × (−0.07166) = −0.01616" in equations
    assert "z(h₁) = w(x₁→h₁)·x₁ + w(x₂→h₁)·x₂ + b(h₁) = 0.4352·1 + 0.3545·1 + (−0.1419) " \
        "= 0.6478" in equations
    assert "w(h₁→ŷ)⁺ = w(h₁→ŷ) − α·∂L/∂w(h₁→ŷ) = (−0.1725) − 1×0.2727 = −0.4452" in equations
    # The loss and its gradient with the numbers filled in.
    assert ("L = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)] = −[0·ln 0.4154 + (1 − 0)·ln(1 − 0.4154)]"
            " = 0.5369") in equations
    assert "∂L/∂ŷ = (ŷ − y) / (N·ŷ·(1 − ŷ)) = (0.4154 − 0) / (1·0.4154·(1 − 0.4154)) = 1.711" \
        in equations


def test_updated_params_are_one_plain_sgd_step(textbook):
    updated = textbook.updated_params()
    values = by_symbol(textbook)
    assert updated[0]["W"][0, 1] == values["w(x₁→h₂)⁺"]
    assert updated[1]["b"][0] == values["b(ŷ)⁺"]


def test_the_computational_graph_example_exactly():
    """f = (x + y)·z at x = −2, y = 5, z = −4: a 2-1-1 linear network, output differentiated."""
    walkthrough = example("computational-graph", [-2, 5], wrt_output=True)
    values = by_symbol(walkthrough)
    assert values["ŷ"] == -12.0
    assert values["z(h₁)"] == 3.0  # x + y
    assert values["∂ŷ/∂x₁"] == -4.0
    assert values["∂ŷ/∂x₂"] == -4.0
    assert values["∂ŷ/∂w(h₁→ŷ)"] == 3.0  # ∂f/∂z
    assert not walkthrough.of(Stage.LOSS)


def test_a_softmax_output_shows_the_jacobian_product():
    from playground.engine.spec import LayerSpec, NetworkSpec

    spec = NetworkSpec(layers=(LayerSpec(2, "tanh"), LayerSpec(3, "softmax")),
                       loss="cross_entropy")
    network = Network(spec, seed=3)
    result = trace(network, [0.5, -1.0], [0, 1, 0])
    walkthrough = Walkthrough(network, result, 0.1)
    downstream = [s for s in walkthrough.steps
                  if s.quantity is Quantity.DOWNSTREAM and s.layer == 1]
    p, g = result.layers[1].a, result.layers[1].grad_a
    for unit, step in enumerate(downstream):
        assert "×" not in step.template  # not a diagonal product
        assert step.value == pytest.approx(p[unit] * (g[unit] - np.dot(p, g)), rel=1e-9)
        assert step.value == pytest.approx(result.layers[1].grad_z[unit], rel=1e-9)


@pytest.mark.parametrize("given, expected, right", [
    (0.6565, 0.65651453, True),  # four decimals
    (0.657, 0.65651453, True),  # within 1e-3 relative
    (0.66, 0.65651453, False),
    (-0.0162, -0.01616006, True),  # near 0: within 1e-4 absolute
    (0.0, 0.00005, True),
    (0.0, 0.0002, False),
    (float("nan"), 0.0, False),
])
def test_answers_are_checked_with_the_stated_tolerance(given, expected, right):
    assert answer_is_right(given, expected) is right


def test_an_exercise_asks_step_by_step_and_keeps_score(textbook):
    exercise = Exercise(textbook.steps, kinds=[Quantity.A, Quantity.DOWNSTREAM])
    first = exercise.current
    assert first.symbol == "h₁" and exercise.revealed == 2  # z(h₁), z(h₂) are given
    verdict = exercise.answer(0.6565)
    assert verdict.right and exercise.score == (1, 1)
    miss = exercise.answer(0.5)
    assert not miss.right and miss.step.symbol == "h₂" and exercise.score == (1, 2)
    while exercise.current is not None:
        exercise.answer(exercise.current.value)
    assert exercise.revealed == len(textbook.steps)
    right, answered = exercise.score
    assert answered == 6 and right == 5  # 3 activations and 3 downstream gradients
    with pytest.raises(ValueError):
        exercise.answer(0.0)
