"""Adding an optimizer, initializer or regularization is one class: a throw-away entry of each,
registered for one test, reaches the controls, the model file, the help and training."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.initializers import INITIALIZERS, Initializer
from playground.engine.modelfile import ModelFile, from_json_dict, to_json_dict
from playground.engine.network import Network
from playground.engine.optimizers import OPTIMIZERS, Optimizer
from playground.engine.regularizations import REGULARIZATIONS, Regularization
from playground.engine.spec import NetworkSpec, TrainSettings
from playground.engine.trainer import Trainer
from playground.ui.controls import TrainingControls
from playground.ui.help import concepts_html
from playground.ui.session import SessionModel


class HalfStep(Optimizer):
    name = "half_step"
    label = "Half step"
    formula = "W ← W − (α/2)·∂L/∂W"
    notes = "A throw-away optimizer that reads ρ, which it ignores."
    settings_used = ("learning_rate", "rho")

    def update(self, param, grad, state, settings):
        param -= 0.5 * settings.learning_rate * grad


class Ones(Initializer):
    name = "ones"
    label = "Ones"
    formula = "W = 1, b = 1"
    notes = "A throw-away initializer."

    def draw(self, rng, fan_in, width):
        return np.ones((fan_in, width)), np.ones(width)


class Quartic(Regularization):
    name = "quartic"
    label = "Quartic"
    formula = "L + (λ/4)·ΣW⁴"
    notes = "A throw-away regularization."

    def penalty(self, weights):
        return 0.25 * float((weights**4).sum())

    def gradient(self, weights):
        return weights**3


@pytest.fixture
def throw_away(monkeypatch) -> None:
    """Registers HalfStep, Ones and Quartic for one test; monkeypatch takes them out again."""
    for registry, cls in ((OPTIMIZERS, HalfStep), (INITIALIZERS, Ones),
                          (REGULARIZATIONS, Quartic)):
        monkeypatch.setitem(registry._entries, cls.name, cls())


SETTINGS = TrainSettings(optimizer="half_step", regularization="quartic", reg_rate=0.01)
SPEC = NetworkSpec(init="ones")


def test_the_controls_list_them_and_show_the_settings_an_optimizer_reads(qtbot, throw_away):
    session = SessionModel()
    controls = TrainingControls(session)
    qtbot.addWidget(controls)
    for combo, name in ((controls.optimizer_box, "half_step"), (controls.init_box, "ones"),
                        (controls.regularization_box, "quartic")):
        assert combo.findData(name) >= 0
    controls.optimizer_box.setCurrentIndex(controls.optimizer_box.findData("half_step"))
    assert session.train.optimizer == "half_step"
    shown = {name for name, box in controls.setting_boxes.items() if not box.isHidden()}
    assert shown == {"learning_rate", "rho"}
    controls.regularization_box.setCurrentIndex(controls.regularization_box.findData("quartic"))
    assert session.train.regularization == "quartic" and controls.reg_rate_box.isEnabled()
    controls.init_box.setCurrentIndex(controls.init_box.findData("ones"))
    assert session.spec.init == "ones"


def test_a_model_file_may_name_them(throw_away):
    model = from_json_dict(to_json_dict(ModelFile(SPEC, training=SETTINGS)))
    assert (model.spec.init, model.training) == ("ones", SETTINGS)


def test_the_help_explains_them(throw_away):
    page = concepts_html()
    for entry in (HalfStep, Ones, Quartic):
        assert entry.label in page and entry.notes in page


def test_training_uses_them(throw_away):
    x, y = np.array([[0.5, -1.0], [1.0, 0.0]]), np.array([[1.0], [0.0]])
    steps = {}
    for optimizer in ("sgd", "half_step"):
        network = Network(SPEC)
        assert all(np.all(layer["W"] == 1.0) for layer in network.params)
        settings = SETTINGS.with_(optimizer=optimizer, batch_size=2)
        Trainer(network, x, y, x[:0], y[:0], "binary", settings).step()
        steps[optimizer] = network.packed() - 1.0
    np.testing.assert_allclose(steps["half_step"], 0.5 * steps["sgd"], rtol=1e-9, atol=1e-15)
