"""Every setting's widget against its rule (engine/spec.py): each value the rule accepts can be
entered, and none that it refuses."""

import math

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QSlider, QSpinBox

from playground.engine.datasets import MIN_GENERATED_POINTS, make_dataset
from playground.engine.errors import DataError
from playground.engine.spec import DataSettings, Rule, TrainSettings, setting_rules
from playground.ui.controls import NumberBox, TrainingControls
from playground.ui.dataview import DataView
from playground.ui.session import SessionModel

# Settings no form widget edits, and what does instead.
NOT_IN_A_FORM = {
    (DataSettings, "seed"): "Regenerate steps it",
    (DataSettings, "points"): "the point editor",
    (DataSettings, "csv_path"): "the file dialog",
    (DataSettings, "task"): "inferred from the data",
}
FINE_VALUES = (1e-9, 1e-7, 0.0001234567, 0.1234567, 0.5, 0.999999, 1.0, 2.5, 1234.5678)


@pytest.fixture
def widgets(qtbot) -> dict[tuple[type, str], object]:
    session = SessionModel()
    controls, dataview = TrainingControls(session), DataView(session)
    for widget in (controls, dataview):
        qtbot.addWidget(widget)
    return {
        **{(TrainSettings, name): w for name, w in controls.setting_widgets().items()},
        **{(DataSettings, name): w for name, w in dataview.setting_widgets().items()},
    }


def all_rules():
    return [(cls, name, rule) for cls in (TrainSettings, DataSettings)
            for name, rule in setting_rules(cls).items()]


def probes(rule: Rule) -> list[float]:
    """Values at, just inside and just outside every bound, and fine values between them."""
    found = list(FINE_VALUES)
    for bound in (rule.at_least, rule.above, rule.at_most, rule.below):
        if bound is not None:
            found += [bound, bound - 1e-9, bound + 1e-9, -bound]
    return found


def test_every_setting_has_a_widget_or_a_reason(widgets):
    for cls, name, _rule in all_rules():
        assert (cls, name) in widgets or (cls, name) in NOT_IN_A_FORM, (cls.__name__, name)


@pytest.mark.parametrize(("cls", "name", "rule"), all_rules(),
                         ids=[f"{c.__name__}.{n}" for c, n, _r in all_rules()])
def test_the_widget_takes_what_the_rule_takes(qtbot, widgets, cls, name, rule):
    widget = widgets.get((cls, name))
    if widget is None:
        pytest.skip(NOT_IN_A_FORM[(cls, name)])
    if isinstance(widget, NumberBox):
        check_number_box(qtbot, widget, rule)
    elif isinstance(widget, QSpinBox):
        check_spin_box(widget, rule, cls, name)
    elif isinstance(widget, QComboBox):
        listed = [widget.itemData(row) for row in range(widget.count())]
        assert sorted(listed) == sorted(rule.names())
    else:
        assert isinstance(widget, QCheckBox) and rule.kind is bool


def check_number_box(qtbot, box: NumberBox, rule: Rule) -> None:
    committed = []
    box.value_committed.connect(committed.append)
    for row in range(box.count()):  # every preset it lists is accepted
        value, problem = box.value_of(box.itemText(row))
        assert problem is None and rule.problem(value) is None, box.itemText(row)
    for value in probes(rule):
        committed.clear()
        box.set_value(value)  # shown as the box shows it, then typed back
        box.lineEdit().editingFinished.emit()
        if rule.problem(value) is None:
            # (a preset's text may commit twice: as typed text and as the item it matches)
            assert committed and set(committed) == {committed[0]}, box.currentText()
            assert committed[0] == pytest.approx(value, rel=1e-11, abs=1e-15), box.currentText()
            assert box.error is None
        else:
            assert committed == [] and box.error, value
    if rule.nullable:
        committed.clear()
        box.set_value(None)
        box.lineEdit().editingFinished.emit()
        assert committed and set(committed) == {None}


def check_spin_box(box: QSpinBox, rule: Rule, cls: type, name: str) -> None:
    low, high = box.minimum(), box.maximum()
    assert high == rule.at_most and rule.problem(high + 1) is not None
    if box.specialValueText():  # the lowest stands for None
        assert rule.nullable and rule.problem(low) is not None and low + 1 == rule.at_least
    elif (cls, name) == (DataSettings, "n_points"):  # a generator needs more than the rule
        assert low == MIN_GENERATED_POINTS
        with pytest.raises(DataError, match="at least"):
            make_dataset(DataSettings(n_points=low - 1))
        make_dataset(DataSettings(n_points=low))
    else:
        assert low == rule.at_least and rule.problem(low - 1) is not None


@pytest.mark.parametrize("name", ["noise", "train_ratio"])
def test_a_share_slider_spans_the_rule_in_whole_percent(qtbot, name):
    view = DataView(SessionModel())
    qtbot.addWidget(view)
    slider = {"noise": view.noise_slider, "train_ratio": view.ratio_slider}[name]
    assert isinstance(slider, QSlider)
    rule = setting_rules(DataSettings)[name]
    accepted = [p for p in range(-1, 102) if rule.problem(p / 100) is None]
    assert (slider.minimum(), slider.maximum()) == (accepted[0], accepted[-1])


def test_a_share_typed_in_percent_applies_exactly(qtbot):
    session = SessionModel()
    view = DataView(session)
    qtbot.addWidget(view)
    view.noise_box.setEditText("12.34 %")
    view.noise_box.lineEdit().editingFinished.emit()
    assert math.isclose(session.data.noise, 0.1234)
    assert view.noise_slider.value() == 12
    view.ratio_box.setEditText("0")
    view.ratio_box.lineEdit().editingFinished.emit()
    assert view.ratio_box.error == "it must be greater than 0 and at most 100"
    assert session.data.train_ratio == 0.5
