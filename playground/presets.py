"""Ready setups that teach: a model file under `resources/examples/` each, with a title, a
one-line teaser, a few sentences on what to look at and what to try, the group it is listed
under, and whether it opens with the inspector on a sample. A preset may name a partner: the
same setup with one thing changed, to compare with it. The app's Presets menu and first-start
page list them; the tests load and train every one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .engine.texts import QT_TRANSLATE_NOOP
from .resources import resource_path

# The Presets menu's groups in its order: (key, title).
GROUPS: tuple[tuple[str, str], ...] = (
    ("inspector", QT_TRANSLATE_NOOP("Presets", "Step through by hand")),
    ("gradients", QT_TRANSLATE_NOOP("Presets", "Gradients")),
    ("learning-rate", QT_TRANSLATE_NOOP("Presets", "Learning rate")),
    ("capacity", QT_TRANSLATE_NOOP("Presets", "Capacity and overfitting")),
    ("losses", QT_TRANSLATE_NOOP("Presets", "Losses and outputs")),
    ("data", QT_TRANSLATE_NOOP("Presets", "Data sets")),
)


@dataclass(frozen=True)
class Preset:
    name: str  # the file resources/examples/<name>.json
    group: str  # a key of GROUPS
    title: str
    teaser: str  # one line, for the first-start page
    text: str  # what to look at, what to try
    inspect_sample: int | None = None  # open the inspector on this training sample
    wrt_output: bool = False  # the inspector differentiates the output itself (no loss)
    compare_with: str | None = None  # a partner: the same setup with one thing changed

    @property
    def path(self) -> Path:
        return resource_path(f"examples/{self.name}.json")


PRESETS: tuple[Preset, ...] = (
    Preset(
        "backprop-2-2-1", "inspector",
        QT_TRANSLATE_NOOP("Presets", "Backpropagation by hand: the 2-2-1 network"),
        QT_TRANSLATE_NOOP("Presets", "The textbook's hand calculation, node by node."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The textbook's hand calculation: x = (1, 1), y = 0, sigmoid everywhere, binary "
            "cross-entropy, learning rate 1. Step through the backward pass node by node and "
            "compare the gradients: the hidden layer's are ten times smaller than the output "
            "layer's, because every gradient that reaches it was multiplied by σ′ ≤ 0.25. That is "
            "the vanishing gradient in miniature. Press Apply this step and compare the table "
            "with the book.",
        ),
        inspect_sample=0,
    ),
    Preset(
        "computational-graph", "inspector",
        QT_TRANSLATE_NOOP("Presets", "A computational graph: f = (x + y)·z"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The classic first example of the chain rule, as a tiny network.",
        ),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The classic example as a 2-1-1 linear network: the hidden neuron adds x and y (both "
            "weights 1), the output weight is z = −4. The inspector differentiates the output "
            "itself (∂f/∂f = 1, no loss). Expand the neurons and follow the gradient back: f = "
            "−12, ∂f/∂x = ∂f/∂y = −4 (the + node passes its gradient on unchanged) and ∂f/∂z = 3 "
            "(the × node swaps its inputs).",
        ),
        inspect_sample=0,
        wrt_output=True,
    ),
    Preset(
        "textbook-one-neuron", "inspector",
        QT_TRANSLATE_NOOP("Presets", "One sigmoid neuron learning AND"),
        QT_TRANSLATE_NOOP("Presets", "Four updates of one neuron that you can check by hand."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "A single sigmoid neuron, squared error, plain SGD one sample at a time, in the "
            "data's order. One epoch is four updates you can check by hand: pick a point in the "
            "inspector, step through it and press Apply this step.",
        ),
        inspect_sample=0,
    ),
    Preset(
        "deep-sigmoid", "gradients",
        QT_TRANSLATE_NOOP("Presets", "Vanishing gradients: six sigmoid layers"),
        QT_TRANSLATE_NOOP("Presets", "Six sigmoid layers: the ones near the input barely learn."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Six hidden layers of sigmoid neurons. Open the Gradients tab and press Play: the "
            "input side's gradients sit orders of magnitude below the output side's, because "
            "every layer multiplies them by σ′ ≤ 0.25, so the first layers barely learn. Then "
            "open its partner, the same six layers with ReLU and He initial weights, and watch "
            "the curves come together.",
        ),
        compare_with="deep-relu",
    ),
    Preset(
        "deep-relu", "gradients",
        QT_TRANSLATE_NOOP("Presets", "Deep ReLU: the gradient reaches the first layer"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The same six layers with ReLU and He weights: every layer learns.",
        ),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The six hidden layers of the vanishing-gradient preset, with ReLU and He initial "
            "weights. Open the Gradients tab and press Play: the first layer's mean |∂L/∂W| is "
            "about as large as the last one's, because ReLU's slope is 1 wherever a neuron is "
            "active, and the circle is learned within a few dozen epochs. Compare it with the six "
            "sigmoid layers, whose first layer gets thousands of times less.",
        ),
        compare_with="deep-sigmoid",
    ),
    Preset(
        "step-activation", "gradients",
        QT_TRANSLATE_NOOP("Presets", "The step activation: no gradient"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "A derivative of 0 everywhere: the hidden layer never learns.",
        ),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The hidden layer uses the perceptron's step. Press Play: the hidden layer never "
            "learns, because the step's derivative is 0 everywhere and backpropagation passes "
            "nothing through it; the inspector's Backward tab shows the zeros, its Check tab says "
            "why there is nothing to check. Switch the layer to sigmoid and watch it learn.",
        ),
    ),
    Preset(
        "dying-relu", "gradients",
        QT_TRANSLATE_NOOP("Presets", "Dying ReLU: a step so large it kills neurons"),
        QT_TRANSLATE_NOOP("Presets", "Too large a step pushes ReLU neurons below zero for good."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Two ReLU layers trained with a learning rate of 2. Press Play: within a few epochs "
            "most of the hidden neurons are dead (the ✕ badge on the canvas, a warning in the "
            "Gradients tab) and the loss stays near 0.69, because a dead neuron's gradient is "
            "exactly 0 and nothing brings it back. Open its partner with Leaky ReLU, or lower the "
            "learning rate to 0.3 and Reset.",
        ),
        compare_with="leaky-relu",
    ),
    Preset(
        "leaky-relu", "gradients",
        QT_TRANSLATE_NOOP("Presets", "Leaky ReLU: the same step, no dead neurons"),
        QT_TRANSLATE_NOOP("Presets", "A small slope below zero keeps every neuron learning."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The dying-ReLU setup with Leaky ReLU (slope 0.01 below zero) in the hidden layers "
            "and the same learning rate of 2. Press Play: no neuron dies, because a neuron pushed "
            "below zero still passes a small gradient back, and the circle is learned within a "
            "few epochs. Compare the canvas and the Gradients tab with the dying-ReLU preset's.",
        ),
        compare_with="dying-relu",
    ),
    Preset(
        "learning-rate-too-high", "learning-rate",
        QT_TRANSLATE_NOOP("Presets", "Learning rate too high: the loss jumps about"),
        QT_TRANSLATE_NOOP("Presets", "Every step overshoots: the loss never settles."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The default network with a learning rate of 10. Press Play: the loss leaps up and "
            "down and never settles, because every step overshoots the valley it is in. Lower the "
            "learning rate step by step (3, 1, 0.3) and watch the curve calm down.",
        ),
        compare_with="learning-rate-too-low",
    ),
    Preset(
        "learning-rate-too-low", "learning-rate",
        QT_TRANSLATE_NOOP("Presets", "Learning rate too low: the loss barely moves"),
        QT_TRANSLATE_NOOP("Presets", "Tiny steps: hundreds of epochs and hardly any change."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The default network with a learning rate of 0.00001. Press Play: after hundreds of "
            "epochs the loss has hardly moved, because each step is tiny. Raise the learning rate "
            "to 0.1 and the same network learns in a few seconds.",
        ),
        compare_with="learning-rate-too-high",
    ),
    Preset(
        "xor-no-hidden", "capacity",
        QT_TRANSLATE_NOOP("Presets", "XOR without a hidden layer: it cannot be learned"),
        QT_TRANSLATE_NOOP("Presets", "One neuron draws one straight line, and XOR needs two."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The four XOR points go straight into one sigmoid output. Press Play: the loss stalls "
            "at 0.693 (ln 2) and the output settles at 0.5 for all four points, a coin toss, "
            "because a single neuron draws a single straight boundary, no straight line separates "
            "XOR, and so the best it can do is not to decide. Open its partner with one hidden "
            "layer and watch it get all four.",
        ),
        compare_with="xor",
    ),
    Preset(
        "xor", "capacity",
        QT_TRANSLATE_NOOP("Presets", "XOR with one hidden layer"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Four points no straight line separates, learned by four neurons.",
        ),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Four points no straight line separates. Four tanh neurons in one hidden layer learn "
            "it; remove the hidden layer (− layer), or open its partner without one, and the loss "
            "stalls, because a network without one draws only a straight boundary.",
        ),
        compare_with="xor-no-hidden",
    ),
    Preset(
        "overfitting", "capacity",
        QT_TRANSLATE_NOOP("Presets", "Overfitting: a big network on a few noisy points"),
        QT_TRANSLATE_NOOP("Presets", "The training loss falls while the test loss climbs."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Twenty noisy training points and three layers of 32 ReLU neurons. Press Play and "
            "watch the Curves tab: the training loss falls towards 0, while the test loss falls "
            "for a few dozen epochs and then climbs, because the network bends its boundary round "
            "every noisy point. Set L2 regularization at a rate of 0.01, or keep one hidden layer "
            "of 4 neurons, and Reset: the test loss stays low.",
        ),
    ),
    Preset(
        "mse-classification", "losses",
        QT_TRANSLATE_NOOP("Presets", "MSE on a classification: a slow start"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "A confidently wrong sigmoid barely moves under squared error.",
        ),
        QT_TRANSLATE_NOOP(
            "Presets",
            "One sigmoid neuron starts confidently wrong (both weights −3, so every point comes "
            "out near the wrong end) and learns with squared error. Press Play: the accuracy "
            "stays at 0 for over a hundred epochs, because MSE's gradient carries σ′(z), which is "
            "almost 0 on the sigmoid's flat ends. Open its partner with binary cross-entropy, "
            "which gets every point right within an epoch or two from the same start.",
        ),
        compare_with="bce-classification",
    ),
    Preset(
        "bce-classification", "losses",
        QT_TRANSLATE_NOOP("Presets", "BCE on the same classification: a fast start"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Cross-entropy's gradient does not vanish when the output is wrong.",
        ),
        QT_TRANSLATE_NOOP(
            "Presets",
            "The same confidently wrong sigmoid neuron, learning with binary cross-entropy. Press "
            "Play: every point is right within an epoch or two, because with BCE the output's "
            "gradient is simply a − y: the more wrong the output, the larger the step, with no σ′ "
            "to shrink it. Compare it with its partner, MSE from the same start.",
        ),
        compare_with="mse-classification",
    ),
    Preset(
        "three-classes", "losses",
        QT_TRANSLATE_NOOP("Presets", "Three classes with softmax"),
        QT_TRANSLATE_NOOP("Presets", "Three outputs that sum to 1, one probability per class."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Three clusters and an output layer of three softmax neurons with cross-entropy, no "
            "hidden layer. Press Play: within a few epochs nearly every point is right, because "
            "softmax turns the three outputs into probabilities that sum to 1 and cross-entropy "
            "raises the true class's. Click a point to see its three outputs in the inspector; "
            "the borders between the classes are straight, since there is no hidden layer.",
        ),
    ),
    Preset(
        "circle", "data",
        QT_TRANSLATE_NOOP("Presets", "A circle: the default network"),
        QT_TRANSLATE_NOOP("Presets", "Two tanh layers learn a round boundary."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Two tanh layers learn a round boundary. Watch the neurons' maps: the first layer "
            "draws straight edges, the second combines them.",
        ),
    ),
    Preset(
        "spiral-multiclass", "data",
        QT_TRANSLATE_NOOP("Presets", "Three spiral arms with softmax"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Three interleaved arms: a hard problem for two hidden layers.",
        ),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Softmax outputs with cross-entropy for three classes, trained with Adam. The outputs "
            "of each point sum to 1; the map shows the most likely class.",
        ),
    ),
    Preset(
        "regression-plane", "data",
        QT_TRANSLATE_NOOP("Presets", "Regression: a plane"),
        QT_TRANSLATE_NOOP("Presets", "A linear neuron fits a plane; the curves show R²."),
        QT_TRANSLATE_NOOP(
            "Presets",
            "A linear output neuron with no hidden layer fits y = (x₁ + x₂)/12 exactly with MSE. "
            "The curves show R² instead of accuracy: 1 is a perfect fit, 0 no better than the "
            "mean.",
        ),
    ),
)


def preset(name: str) -> Preset:
    """The preset called `name`; KeyError names the known ones."""
    for entry in PRESETS:
        if entry.name == name:
            return entry
    raise KeyError(f"no preset {name!r}; known: {', '.join(p.name for p in PRESETS)}")


def presets_in(group: str) -> tuple[Preset, ...]:
    """The presets of the group keyed `group`, in PRESETS' order."""
    return tuple(entry for entry in PRESETS if entry.group == group)
