"""Ready setups that teach: a model file under `resources/examples/` each, with a title, a few
sentences on what to look at and what to try, and whether it opens with the inspector on a
sample. The app's Examples menu lists them; the tests load and train every one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .resources import resource_path


@dataclass(frozen=True)
class Preset:
    name: str  # the file resources/examples/<name>.json
    title: str
    text: str  # what to look at, what to try
    inspect_sample: int | None = None  # open the inspector on this training sample
    wrt_output: bool = False  # the inspector differentiates the output itself (no loss)

    @property
    def path(self) -> Path:
        return resource_path(f"examples/{self.name}.json")


PRESETS: tuple[Preset, ...] = (
    Preset(
        "backprop-2-2-1",
        "Backpropagation by hand: the 2-2-1 network",
        "The textbook's hand calculation: x = (1, 1), y = 0, sigmoid everywhere, binary "
        "cross-entropy, learning rate 1. Step through the backward pass node by node and "
        "compare the gradients: the hidden layer's are ten times smaller than the output "
        "layer's, because every gradient that reaches it was multiplied by σ′ ≤ 0.25. That is "
        "the vanishing gradient in miniature. Press Apply this step and compare the table "
        "with the book.",
        inspect_sample=0,
    ),
    Preset(
        "computational-graph",
        "A computational graph: f = (x + y)·z",
        "The classic example as a 2-1-1 linear network: the hidden neuron adds x and y (both "
        "weights 1), the output weight is z = −4. The inspector differentiates the output "
        "itself (∂f/∂f = 1, no loss). Expand the neurons and follow the gradient back: "
        "f = −12, ∂f/∂x = ∂f/∂y = −4 (the + node passes its gradient on unchanged) and "
        "∂f/∂z = 3 (the × node swaps its inputs).",
        inspect_sample=0,
        wrt_output=True,
    ),
    Preset(
        "textbook-one-neuron",
        "One sigmoid neuron learning AND",
        "A single sigmoid neuron, squared error, plain SGD one sample at a time, in the data's "
        "order. One epoch is four updates you can check by hand: pick a point in the "
        "inspector, step through it and press Apply this step.",
        inspect_sample=0,
    ),
    Preset(
        "deep-sigmoid",
        "Vanishing gradients: six sigmoid layers",
        "Six hidden layers of sigmoid neurons. Open the Gradients tab and press Play: the "
        "input side's gradients sit orders of magnitude below the output side's, because "
        "every layer multiplies them by σ′ ≤ 0.25, so the first layers barely learn. Switch "
        "every hidden layer to ReLU (Apply to all hidden layers) and He initial weights, "
        "Reset, and watch the curves come together.",
    ),
    Preset(
        "step-activation",
        "The step activation: no gradient",
        "The hidden layer uses the perceptron's step. Press Play: the hidden layer never "
        "learns, because the step's derivative is 0 everywhere and backpropagation passes "
        "nothing through it; the inspector's Backward tab shows the zeros, its Check tab "
        "says why there is nothing to check. Switch the layer to sigmoid and watch it learn.",
    ),
    Preset(
        "learning-rate-too-high",
        "Learning rate too high: the loss jumps about",
        "The default network with a learning rate of 10. Press Play: the loss leaps up and "
        "down and never settles, because every step overshoots the valley it is in. Lower "
        "the learning rate step by step (3, 1, 0.3) and watch the curve calm down.",
    ),
    Preset(
        "learning-rate-too-low",
        "Learning rate too low: the loss barely moves",
        "The default network with a learning rate of 0.00001. Press Play: after hundreds of "
        "epochs the loss has hardly moved, because each step is tiny. Raise the learning rate "
        "to 0.1 and the same network learns in a few seconds.",
    ),
    Preset(
        "xor",
        "XOR with one hidden layer",
        "Four points no straight line separates. Four tanh neurons in one hidden layer learn "
        "it; remove the hidden layer (− layer) and the loss stalls, because a network without "
        "one draws only a straight boundary.",
    ),
    Preset(
        "circle",
        "A circle: the default network",
        "Two tanh layers learn a round boundary. Watch the neurons' maps: the first layer "
        "draws straight edges, the second combines them.",
    ),
    Preset(
        "spiral-multiclass",
        "Three spiral arms with softmax",
        "Softmax outputs with cross-entropy for three classes, trained with Adam. The outputs "
        "of each point sum to 1; the map shows the most likely class.",
    ),
    Preset(
        "regression-plane",
        "Regression: a plane",
        "A linear output neuron with no hidden layer fits y = (x₁ + x₂)/12 exactly with MSE. "
        "The curves show R² instead of accuracy: 1 is a perfect fit, 0 no better than the "
        "mean.",
    ),
)


def preset(name: str) -> Preset:
    """The preset called `name`; KeyError names the known ones."""
    for entry in PRESETS:
        if entry.name == name:
            return entry
    raise KeyError(f"no preset {name!r}; known: {', '.join(p.name for p in PRESETS)}")
