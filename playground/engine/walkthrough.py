"""The worked calculation for one sample, one step at a time: forward, the loss, backward node by
node (downstream = local × upstream), and the update. The inspector lists these steps and
exercise mode hides a step's value and asks for it, so both show the engine's own numbers.

Each step is a symbol, the expression that gives it and the same expression with the numbers
put in (a template with one `{}` per number, so a view formats the numbers its own way).
Neurons are named as textbooks do: inputs by their feature (x₁, x₁², …), hidden neurons h₁, h₂
(with the layer as a superscript, h⁽²⁾₁, when there are several hidden layers), outputs ŷ (ŷ₁,
ŷ₂ for several). A weight is named by the link it sits on, w(x₁→h₁), a bias by its neuron, b(h₁).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np

from .features import FEATURES
from .network import Network
from .trace import Trace

SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
SUPERSCRIPTS = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")
OPERATORS = "·×−+/"


class Stage(Enum):
    FORWARD = "forward"
    LOSS = "loss"
    BACKWARD = "backward"
    UPDATE = "update"


class Quantity(Enum):
    """What a step computes."""

    Z = "z"  # pre-activation z = Σ w·x + b
    A = "a"  # activation a = f(z)
    LOSS = "loss"
    UPSTREAM = "upstream"  # ∂L/∂a
    LOCAL = "local"  # f′(z)
    DOWNSTREAM = "downstream"  # ∂L/∂z
    WEIGHT_GRADIENT = "weight_gradient"  # ∂L/∂w
    BIAS_GRADIENT = "bias_gradient"  # ∂L/∂b
    LEARNED_GRADIENT = "learned_gradient"  # e.g. PReLU's ∂L/∂α
    INPUT_GRADIENT = "input_gradient"  # ∂L/∂x
    NEW_WEIGHT = "new_weight"  # w − α·∂L/∂w
    NEW_BIAS = "new_bias"


@dataclass(frozen=True)
class Step:
    """One number of the worked calculation and how it is obtained.

    `layer` is the 0-based layer the step belongs to (−1: the network's inputs), `unit` the
    neuron (column of W; a maxout piece is its own column) and `source` the input of a weight.
    """

    stage: Stage
    quantity: Quantity
    symbol: str
    expression: str  # symbolic, e.g. "f′(z(h₁)) · ∂L/∂h₁"
    template: str  # the expression with `{}` for each of `numbers`
    numbers: tuple[float, ...]
    value: float
    layer: int | None = None
    unit: int | None = None
    source: int | None = None

    def filled(self, number: Callable[[float], str] | None = None) -> str:
        """The expression with its numbers put in; a negative number next to an operator is
        put in parentheses, 0.2·(−0.1), but not one that stands alone or as an argument."""
        number = number or default_number
        pieces = self.template.split("{}")
        out = [pieces[0]]
        for value, before, after in zip(self.numbers, pieces, pieces[1:]):
            text = number(value)
            left, right = before.rstrip()[-1:], after.lstrip()[:1]
            wrap = value < 0 and bool(
                (left and left in OPERATORS) or (right and right in OPERATORS + "^")
            )
            out += [f"({text})" if wrap else text, after]
        return "".join(out)

    def equation(self, number: Callable[[float], str] | None = None) -> str:
        """"symbol = expression = numbers = value", leaving out parts that add nothing."""
        number = number or default_number
        parts = [self.symbol]
        for part in (self.expression, self.filled(number)):
            if part and part not in parts:
                parts.append(part)
        result = number(self.value)
        if result != parts[-1]:
            parts.append(result)
        return " = ".join(parts)


def default_number(value: float) -> str:
    """Four significant digits, the precision of a hand calculation."""
    return f"{value:.4g}".replace("-", "−")


def unit_name(spec_layers: int, layer: int, unit: int, units: int) -> str:
    """h₁, h⁽²⁾₁, ŷ or ŷ₂ for neuron `unit` of `layer` in a network of `spec_layers` layers."""
    if layer == spec_layers - 1:
        return "ŷ" if units == 1 else "ŷ" + str(unit + 1).translate(SUBSCRIPTS)
    name = "h"
    if spec_layers > 2:
        name += f"({layer + 1})".translate(SUPERSCRIPTS)
    return name + str(unit + 1).translate(SUBSCRIPTS)


def _right_side(formula: str) -> str:
    """"L = ½·Σ(ŷ − y)²" → "½·Σ(ŷ − y)²": the formula without what it defines."""
    return formula.split("=", 1)[1].strip() if "=" in formula else formula


def feature_symbol(name: str) -> str:
    return FEATURES[name].label if name in FEATURES else name


class Walkthrough:
    """Every step of one sample's forward pass, loss, backward pass and plain-SGD update.

    With `wrt_output`, the output itself is differentiated (∂ŷ/∂ŷ = 1) and there is no loss:
    then the steps reproduce a computational-graph example such as f = (x + y)·z.
    """

    def __init__(self, network: Network, result: Trace, learning_rate: float,
                 wrt_output: bool = False) -> None:
        self.network, self.trace = network, result
        self.learning_rate = learning_rate
        self.wrt_output = wrt_output
        self.top = "ŷ" if wrt_output else "L"
        spec = network.spec
        self._pieces = [
            activation.pieces(network.activation_params(index))
            for index, activation in enumerate(network.activations)
        ]
        self._names = [
            [feature_symbol(f) for f in spec.features],
            *(
                [unit_name(len(spec.layers), index, j, layer.units) for j in range(layer.units)]
                for index, layer in enumerate(spec.layers)
            ),
        ]
        self.steps: tuple[Step, ...] = (
            *self._forward(), *self._loss(), *self._backward(), *self._update()
        )

    # -------------------------------------------------------------------- naming
    def neuron(self, layer: int, unit: int) -> str:
        """The name of neuron `unit` of `layer` (layer −1: the inputs)."""
        return self._names[layer + 1][unit]

    def column(self, layer: int, column: int) -> str:
        """A column of W: its neuron, or for maxout its neuron and piece, h₁#2."""
        k = self._pieces[layer]
        name = self.neuron(layer, column // k)
        return name if k == 1 else f"{name}#{column % k + 1}"

    def weight(self, layer: int, source: int, column: int) -> str:
        return f"w({self.neuron(layer - 1, source)}→{self.column(layer, column)})"

    def bias(self, layer: int, column: int) -> str:
        return f"b({self.column(layer, column)})"

    def d(self, what: str) -> str:
        return f"∂{self.top}/∂{what}"

    # -------------------------------------------------------------------- stages
    def _forward(self) -> list[Step]:
        steps = []
        for index, (layer, params) in enumerate(zip(self.trace.layers, self.network.params)):
            W, b = params["W"], params["b"]
            activation = self.network.activations[index]
            for column in range(W.shape[1]):
                sources = range(W.shape[0])
                terms = [f"{self.weight(index, i, column)}·{self.neuron(index - 1, i)}"
                         for i in sources]
                numbers = [v for i in sources for v in (W[i, column], layer.inputs[i])]
                steps.append(Step(
                    Stage.FORWARD, Quantity.Z, f"z({self.column(index, column)})",
                    " + ".join([*terms, self.bias(index, column)]),
                    " + ".join(["{}·{}"] * len(terms) + ["{}"]),
                    (*numbers, b[column]), float(layer.z[column]), index, column,
                ))
            steps.extend(self._activation_steps(index, activation))
        return steps

    def _activation_steps(self, index: int, activation) -> list[Step]:
        layer = self.trace.layers[index]
        k = self._pieces[index]
        steps = []
        for unit in range(len(layer.a)):
            name = self.neuron(index, unit)
            columns = range(unit * k, unit * k + k)
            if activation.name == "softmax":
                zs = [f"z({self.neuron(index, j)})" for j in range(len(layer.a))]
                expression = f"e^z({name}) / ({' + '.join('e^' + z for z in zs)})"
                template = "e^{} / (" + " + ".join(["e^{}"] * len(zs)) + ")"
                numbers = (layer.z[unit], *layer.z)
            else:
                args = ", ".join(f"z({self.column(index, c)})" for c in columns)
                expression = f"{activation.label}({args})"
                template = f"{activation.label}({', '.join(['{}'] * k)})"
                numbers = tuple(layer.z[c] for c in columns)
            steps.append(Step(Stage.FORWARD, Quantity.A, name, expression, template,
                              numbers, float(layer.a[unit]), index, unit))
        return steps

    def _loss(self) -> list[Step]:
        if self.wrt_output:
            return []
        loss = self.network.loss
        worked = loss.worked(*self._prediction(), self.network.loss_params)
        return [Step(Stage.LOSS, Quantity.LOSS, "L", _right_side(loss.formula),
                     worked.template, worked.numbers, float(self.trace.loss))]

    def _prediction(self) -> tuple[np.ndarray, np.ndarray]:
        """(ŷ, y) of the sample as one-row arrays, the shape the losses take."""
        y = self.trace.y if self.trace.y is not None else np.zeros_like(self.trace.output)
        return self.trace.output[None, :], np.asarray(y, dtype=float)[None, :]

    def _backward(self) -> list[Step]:
        steps: list[Step] = []
        last = len(self.trace.layers) - 1
        for index in range(last, -1, -1):
            layer = self.trace.layers[index]
            activation = self.network.activations[index]
            k = self._pieces[index]
            for unit in range(len(layer.a)):
                steps.append(self._upstream(index, unit))
                for column in range(unit * k, unit * k + k):
                    steps.extend(self._node(index, unit, column, activation))
            steps.extend(self._learned(index))
        steps.extend(self._input_gradients())
        return steps

    def _upstream(self, index: int, unit: int) -> Step:
        layer = self.trace.layers[index]
        name = self.neuron(index, unit)
        value = float(layer.grad_a[unit])
        if index == len(self.trace.layers) - 1:
            if self.wrt_output:
                return Step(Stage.BACKWARD, Quantity.UPSTREAM, self.d(name), "", "{}", (1.0,),
                            value, index, unit)
            loss = self.network.loss
            worked = loss.worked_gradient(*self._prediction(), self.network.loss_params, unit)
            expression = _right_side(loss.gradient_formula.split(";")[0])
            return Step(Stage.BACKWARD, Quantity.UPSTREAM, self.d(name), expression,
                        worked.template, worked.numbers, value, index, unit)
        return Step(Stage.BACKWARD, Quantity.UPSTREAM, self.d(name),
                    *self._back_through(index + 1, unit), value, index, unit)

    def _back_through(self, index: int, source: int) -> tuple[str, str, tuple[float, ...]]:
        """∂/∂(input `source` of layer `index`) = Σⱼ w(source→j)·∂/∂z(j): expression,
        template and numbers."""
        W = self.network.params[index]["W"]
        grad_z = self.trace.layers[index].grad_z
        columns = range(W.shape[1])
        terms = [f"{self.weight(index, source, c)}·{self.d(f'z({self.column(index, c)})')}"
                 for c in columns]
        numbers = tuple(float(v) for c in columns for v in (W[source, c], grad_z[c]))
        return " + ".join(terms), " + ".join(["{}·{}"] * len(terms)), numbers

    def _node(self, index: int, unit: int, column: int, activation) -> list[Step]:
        layer = self.trace.layers[index]
        name, target = self.neuron(index, unit), self.column(index, column)
        z = f"z({target})"
        local = float(layer.local_gradient[column])
        upstream = float(layer.grad_a[unit])
        downstream = float(layer.grad_z[column])
        steps = [Step(Stage.BACKWARD, Quantity.LOCAL, f"f′({z})",
                      f"{activation.label}′({z})", f"{activation.label}′({{}})",
                      (float(layer.z[column]),), local, index, column)]
        if activation.name == "softmax":
            # Every output depends on every score: the Jacobian times the upstream gradient.
            p, g = layer.a, layer.grad_a
            others = " + ".join(
                f"{self.neuron(index, i)}·{self.d(self.neuron(index, i))}" for i in range(len(p))
            )
            expression = f"{name}·({self.d(name)} − ({others}))"
            template = "{}·({} − (" + " + ".join(["{}·{}"] * len(p)) + "))"
            numbers = (p[unit], g[unit], *(v for i in range(len(p)) for v in (p[i], g[i])))
        else:
            expression = f"f′({z}) · {self.d(name)}"
            template, numbers = "{} × {}", (local, upstream)
        steps.append(Step(Stage.BACKWARD, Quantity.DOWNSTREAM, self.d(z), expression, template,
                          tuple(float(v) for v in numbers), downstream, index, column))
        for source, a in enumerate(layer.inputs):
            weight = self.weight(index, source, column)
            steps.append(Step(
                Stage.BACKWARD, Quantity.WEIGHT_GRADIENT, self.d(weight),
                f"{self.neuron(index - 1, source)} · {self.d(z)}", "{} × {}",
                (float(a), downstream), float(layer.grad_W[source, column]), index, column, source,
            ))
        steps.append(Step(Stage.BACKWARD, Quantity.BIAS_GRADIENT, self.d(self.bias(index, column)),
                          self.d(z), "{}", (downstream,), float(layer.grad_b[column]),
                          index, column))
        return steps

    def _learned(self, index: int) -> list[Step]:
        layer = self.trace.layers[index]
        return [
            Step(Stage.BACKWARD, Quantity.LEARNED_GRADIENT, self.d(f"{name}⁽{index + 1}⁾"),
                 f"Σ {self.d('a')} · ∂a/∂{name}", "{}", (value,), value, index)
            for name, value in layer.grad_learned.items()
        ]

    def _input_gradients(self) -> list[Step]:
        return [
            Step(Stage.BACKWARD, Quantity.INPUT_GRADIENT, self.d(self.neuron(-1, source)),
                 *self._back_through(0, source), float(value), -1, None, source)
            for source, value in enumerate(self.trace.input_gradient)
        ]

    def _update(self) -> list[Step]:
        alpha = self.learning_rate
        steps = []
        for index, (layer, params) in enumerate(zip(self.trace.layers, self.network.params)):
            W, b = params["W"], params["b"]
            for column in range(W.shape[1]):
                for source in range(W.shape[0]):
                    name = self.weight(index, source, column)
                    grad = float(layer.grad_W[source, column])
                    old = float(W[source, column])
                    steps.append(Step(
                        Stage.UPDATE, Quantity.NEW_WEIGHT, f"{name}⁺",
                        f"{name} − α·{self.d(name)}", "{} − {}×{}", (old, alpha, grad),
                        old - alpha * grad, index, column, source,
                    ))
                name, grad, old = self.bias(index, column), float(layer.grad_b[column]), float(
                    b[column])
                steps.append(Step(
                    Stage.UPDATE, Quantity.NEW_BIAS, f"{name}⁺", f"{name} − α·{self.d(name)}",
                    "{} − {}×{}", (old, alpha, grad), old - alpha * grad, index, column,
                ))
        return steps

    # -------------------------------------------------------------------- queries
    def of(self, stage: Stage) -> list[Step]:
        return [step for step in self.steps if step.stage is stage]

    def updated_params(self) -> list[dict[str, np.ndarray]]:
        """The parameters after one plain-SGD step on this sample, as the update steps say."""
        updated = []
        for params, layer in zip(self.network.params, self.trace.layers):
            entry = {"W": params["W"] - self.learning_rate * layer.grad_W,
                     "b": params["b"] - self.learning_rate * layer.grad_b}
            for name, grad in layer.grad_learned.items():
                entry[name] = np.asarray(params[name] - self.learning_rate * grad)
            updated.append(entry)
        return updated


def answer_is_right(given: float, expected: float, relative: float = 1e-3,
                    absolute: float = 1e-4) -> bool:
    """Within `relative` of the expected value, or within `absolute` of it near 0."""
    error = abs(given - expected)
    return bool(np.isfinite(given)) and (error <= relative * abs(expected) or error <= absolute)


@dataclass(frozen=True)
class Verdict:
    step: Step
    given: float
    right: bool


class Exercise:
    """Exercise mode: the steps are asked for one by one; a miss shows the right value.

    `kinds` chooses which quantities are asked (all by default); the others are shown as given.
    """

    def __init__(self, steps: Sequence[Step], kinds: Sequence[Quantity] | None = None) -> None:
        self.steps = tuple(steps)
        asked = set(kinds) if kinds is not None else set(Quantity)
        self._asked = [i for i, step in enumerate(self.steps) if step.quantity in asked]
        self._position = 0
        self.verdicts: list[Verdict] = []

    @property
    def current(self) -> Step | None:
        """The step the student is asked for now; None when every step is answered."""
        if self._position >= len(self._asked):
            return None
        return self.steps[self._asked[self._position]]

    @property
    def revealed(self) -> int:
        """How many steps, from the start, are now shown (the answered ones and the given)."""
        if self._position >= len(self._asked):
            return len(self.steps)
        return self._asked[self._position]

    @property
    def score(self) -> tuple[int, int]:
        """(right, answered)."""
        return sum(v.right for v in self.verdicts), len(self.verdicts)

    def answer(self, given: float) -> Verdict:
        """Check `given` against the current step and move on to the next one."""
        step = self.current
        if step is None:
            raise ValueError("every step is answered already")
        verdict = Verdict(step, float(given), answer_is_right(float(given), step.value))
        self.verdicts.append(verdict)
        self._position += 1
        return verdict
