"""TrainingControls: every edit reaches the session at once, bad text never does."""

import pytest
from PySide6.QtCore import Qt

from playground.engine.spec import TrainSettings
from playground.ui.controls import TrainingControls, number_text
from playground.ui.session import SessionModel


@pytest.fixture
def session() -> SessionModel:
    return SessionModel()


@pytest.fixture
def controls(qtbot, session) -> TrainingControls:
    widget = TrainingControls(session)
    qtbot.addWidget(widget)
    return widget


def type_into(qtbot, box, text: str) -> None:
    line = box.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def select(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_shows_the_session_settings_at_start(qtbot):
    train = TrainSettings(optimizer="adam", learning_rate=0.3, batch_size=25, max_epochs=100)
    widget = TrainingControls(SessionModel(train=train))
    qtbot.addWidget(widget)
    assert widget.optimizer_box.currentData() == "adam"
    assert widget.setting_boxes["learning_rate"].currentText() == "0.3"
    assert widget.batch_size_box.value() == 25
    assert widget.max_epochs_box.value() == 100


def test_typed_learning_rate_applies(qtbot, controls, session):
    type_into(qtbot, controls.setting_boxes["learning_rate"], "0.05")
    assert session.train.learning_rate == 0.05
    type_into(qtbot, controls.setting_boxes["learning_rate"], "3e-4")
    assert session.train.learning_rate == pytest.approx(3e-4)
    assert controls.setting_boxes["learning_rate"].error is None


def test_picked_learning_rate_applies(controls, session):
    box = controls.setting_boxes["learning_rate"]
    index = box.findText("0.00001")
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert session.train.learning_rate == 1e-5


@pytest.mark.parametrize(
    ("text", "problem"),
    [("abc", "not a number"), ("0", "greater than 0"), ("-1", "greater than 0"), ("inf", "finite")],
)
def test_invalid_learning_rate_is_flagged_and_not_applied(qtbot, controls, session, text, problem):
    before = session.train
    with qtbot.assertNotEmitted(session.train_changed):
        type_into(qtbot, controls.setting_boxes["learning_rate"], text)
    assert session.train == before
    box = controls.setting_boxes["learning_rate"]
    assert problem in box.error
    assert problem in box.toolTip()
    assert "border" in box.styleSheet()
    qtbot.keyClicks(box.lineEdit(), "1")  # editing again clears the warning
    assert box.error is None
    assert box.styleSheet() == ""


def test_optimizer_change_reveals_its_parameters(controls, session):
    rows = {
        name: controls.setting_boxes[name]
        for name in ("momentum", "rho", "beta1", "beta2", "epsilon")
    }
    expected = {
        "sgd": set(),
        "momentum": {"momentum"},
        "rmsprop": {"rho", "epsilon"},
        "adam": {"beta1", "beta2", "epsilon"},
    }
    for optimizer, shown in expected.items():
        select(controls.optimizer_box, optimizer)
        assert session.train.optimizer == optimizer
        assert {name for name, box in rows.items() if not box.isHidden()} == shown


def test_optimizer_parameters_apply(qtbot, controls, session):
    select(controls.optimizer_box, "adam")
    type_into(qtbot, controls.setting_boxes["beta2"], "0.99")
    type_into(qtbot, controls.setting_boxes["epsilon"], "1e-6")
    assert (session.train.beta2, session.train.epsilon) == (0.99, 1e-6)
    type_into(qtbot, controls.setting_boxes["beta1"], "1.5")
    assert session.train.beta1 == 0.9
    assert "less than 1" in controls.setting_boxes["beta1"].error


def test_batch_size_regularization_and_seed_apply(qtbot, controls, session):
    controls.batch_size_box.setValue(32)
    assert session.train.batch_size == 32
    assert not controls.reg_rate_box.isEnabled()
    select(controls.regularization_box, "l2")
    assert session.train.regularization == "l2"
    assert controls.reg_rate_box.isEnabled()
    type_into(qtbot, controls.reg_rate_box, "0.003")
    assert session.train.reg_rate == 0.003
    controls.seed_box.setValue(7)
    assert session.train.seed == 7
    controls.new_seed_button.click()
    assert session.train.seed == controls.seed_box.value()
    controls.shuffle_box.setChecked(False)
    assert session.train.shuffle is False


def test_no_limit_and_off_mean_none_for_max_epochs_and_stop_at_loss(qtbot, controls, session):
    controls.max_epochs_box.setValue(500)
    assert session.train.max_epochs == 500
    controls.max_epochs_box.setValue(0)
    assert session.train.max_epochs is None
    assert controls.max_epochs_box.text() == "No limit"
    type_into(qtbot, controls.stop_at_loss_box, "0.01")
    assert session.train.stop_at_loss == 0.01
    type_into(qtbot, controls.stop_at_loss_box, "Off")
    assert session.train.stop_at_loss is None
    assert controls.stop_at_loss_box.currentText() == "Off"
    type_into(qtbot, controls.stop_at_loss_box, "0")  # a loss of exactly 0 is a threshold too
    assert session.train.stop_at_loss == 0.0
    type_into(qtbot, controls.stop_at_loss_box, "-1")
    assert session.train.stop_at_loss == 0.0
    assert controls.stop_at_loss_box.error == "it must be at least 0 (or Off for no threshold)"


def test_follows_session_changes_without_echoing(qtbot, controls, session):
    new = session.train.with_(optimizer="rmsprop", learning_rate=0.001, batch_size=64, seed=3)
    with qtbot.waitSignal(session.train_changed) as blocker:
        session.set_train(new)
    assert blocker.args == [new]
    assert session.train == new
    assert controls.optimizer_box.currentData() == "rmsprop"
    assert controls.setting_boxes["learning_rate"].currentText() == "0.001"
    assert controls.batch_size_box.value() == 64
    assert controls.seed_box.value() == 3
    assert not controls.setting_boxes["rho"].isHidden()


def test_transport_buttons_emit(qtbot, controls):
    with qtbot.waitSignal(controls.play_requested):
        controls.play_button.click()
    assert controls.play_button.text() == "Pause"
    assert controls.is_running()
    with qtbot.waitSignal(controls.pause_requested):
        controls.play_button.click()
    assert controls.play_button.text() == "Play"
    with qtbot.waitSignal(controls.step_requested):
        controls.step_button.click()
    with qtbot.waitSignal(controls.reset_requested):
        controls.reset_button.click()


def test_set_running_flips_the_button_silently(qtbot, controls):
    with qtbot.assertNotEmitted(controls.play_requested):
        with qtbot.assertNotEmitted(controls.pause_requested):
            controls.set_running(True)
            assert controls.play_button.text() == "Pause"
            controls.set_running(False)
            assert controls.play_button.text() == "Play"


def test_speed(qtbot, controls):
    assert controls.speed() == 1
    with qtbot.waitSignal(controls.speed_changed) as blocker:
        controls.speed_box.setCurrentIndex(controls.speed_box.count() - 1)
    assert blocker.args == [0]
    assert controls.speed() == 0
    controls.set_speed(50)
    assert controls.speed() == 50


def test_epoch_counter_and_shortcut_hints(controls):
    controls.set_epoch(123)
    assert controls.epoch_label.text() == "Epoch 000,123"
    controls.set_epoch(1_234_567)
    assert controls.epoch_label.text() == "Epoch 1,234,567"
    assert "Space" in controls.play_button.toolTip()
    assert "(S)" in controls.step_button.toolTip()
    assert "(R)" in controls.reset_button.toolTip()


@pytest.mark.parametrize(
    ("value", "text"), [(1e-5, "0.00001"), (0.03, "0.03"), (10.0, "10"), (1e-8, "1e-8")]
)
def test_number_text(value, text):
    assert number_text(value) == text
    assert float(text) == value


def test_initial_weights_choice_is_an_undoable_spec_edit(qtbot):
    from playground.ui.controls import TrainingControls
    from playground.ui.session import SessionModel

    session = SessionModel()
    controls = TrainingControls(session)
    qtbot.addWidget(controls)
    controls.init_box.setCurrentIndex(controls.init_box.findData("he"))
    assert session.spec.init == "he"
    session.undo_stack.undo()
    assert session.spec.init == "xavier"
    assert controls.init_box.currentData() == "xavier"
