"""Each setting's rule, declared once next to its field: the trainer, the data check, the model
file and the shipped JSON schema all hold to it."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

import pytest

from playground.engine.datasets import make_dataset
from playground.engine.errors import DataError, ModelFileError, SpecError
from playground.engine.initializers import INITIALIZERS
from playground.engine.modelfile import ModelFile, from_json_dict, to_json_dict
from playground.engine.spec import (
    MAX_CLASSES,
    MAX_POINTS,
    DataSettings,
    NetworkSpec,
    Rule,
    TrainSettings,
    setting_rules,
    settings_problem,
)
from playground.engine.trainer import validate_settings
from playground.resources import resource_path

SECTIONS = {"training": TrainSettings, "data": DataSettings}
JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", tuple: "array"}
SCHEMA_BOUNDS = {
    "at_least": "minimum", "above": "exclusiveMinimum",
    "at_most": "maximum", "below": "exclusiveMaximum",
}


def schema() -> dict:
    return json.loads(resource_path("model.schema.json").read_text(encoding="utf-8"))


def schema_of(rule: Rule) -> dict[str, Any]:
    """What the JSON schema must say about a field with `rule`."""
    expected: dict[str, Any] = {}
    if rule.names is not None:
        expected["enum"] = [*rule.names(), *([None] if rule.nullable else [])]
    else:
        kind = JSON_TYPES[rule.kind]
        expected["type"] = [kind, "null"] if rule.nullable else kind
    for attribute, key in SCHEMA_BOUNDS.items():
        if getattr(rule, attribute) is not None:
            expected[key] = getattr(rule, attribute)
    if rule.file_name:
        expected["minLength"] = 1
    return expected


def all_rules() -> list[tuple[str, str, Rule]]:
    return [
        (section, name, rule)
        for section, cls in SECTIONS.items()
        for name, rule in setting_rules(cls).items()
    ]


def refused(rule: Rule) -> list[Any]:
    """Values just outside the rule, one per limit it sets."""
    step = 1 if rule.kind is int else 0.001
    values = []
    if rule.at_least is not None:
        values.append(rule.at_least - step)
    if rule.above is not None:
        values.append(rule.above)
    if rule.at_most is not None:
        values.append(rule.at_most + step)
    if rule.below is not None:
        values.append(rule.below)
    if rule.names is not None:
        values.append("no-such-name")
    if rule.file_name:
        values.extend(["", "points\x00.csv", "points\ud800.csv"])
    return values


def accepted(rule: Rule) -> list[Any]:
    """Values on or just inside the rule's limits."""
    values = [bound for bound in (rule.at_least, rule.at_most) if bound is not None]
    if rule.above is not None:
        values.append(rule.above + 0.001)
    if rule.below is not None:
        values.append(rule.below - 0.001)
    if rule.names is not None:
        values.extend(rule.names())
    if rule.nullable:
        values.append(None)
    return values


BAD_VALUES = [
    pytest.param(section, name, value, id=f"{section}.{name}={value!r}")
    for section, name, rule in all_rules()
    for value in refused(rule)
]
GOOD_VALUES = [
    pytest.param(section, name, value, id=f"{section}.{name}={value!r}")
    for section, name, rule in all_rules()
    for value in accepted(rule)
]


def usable(section: str, changes: dict[str, Any]) -> TrainSettings | DataSettings:
    """Default settings with `changes`; data that every check reaches (k-class, few points)."""
    if section == "training":
        return TrainSettings(**changes)
    return DataSettings(**{"kind": "blobs", "n_points": 40, **changes})


SOURCES = {"inline": {"points": [[0.0, 0.0, 1.0]]}, "csv": {"csv_path": "points.csv"}}


def document(section: str, name: str, value: Any) -> dict:
    """A model file with usable settings but `value` written for `section`.`name`."""
    obj = to_json_dict(
        ModelFile(NetworkSpec(), training=usable("training", {}), data=usable("data", {}))
    )
    obj[section][name] = value
    if name == "kind":
        obj[section].update(SOURCES.get(value, {}))
    return obj


def check(section: str) -> Callable[[Any], Any]:
    """The engine's own check of one section's settings."""
    return validate_settings if section == "training" else make_dataset


# ---------------------------------------------------------------- the schema holds the rules


def test_every_settings_field_has_a_rule() -> None:
    for cls in SECTIONS.values():
        assert list(setting_rules(cls)) == [field.name for field in dataclasses.fields(cls)]


@pytest.mark.parametrize(
    ("section", "name", "rule"),
    [pytest.param(*entry, id=f"{entry[0]}.{entry[1]}") for entry in all_rules()],
)
def test_the_schema_says_what_the_rule_says(section: str, name: str, rule: Rule) -> None:
    given = schema()["properties"][section]["properties"][name]
    words = ("description", "items")  # for people, and the rows' inner shape
    assert {key: value for key, value in given.items() if key not in words} == schema_of(rule)


def test_the_schema_lists_every_initializer() -> None:
    init = schema()["properties"]["network"]["properties"]["init"]
    assert init["enum"] == INITIALIZERS.names()


def test_the_limits_are_the_engines() -> None:
    data = setting_rules(DataSettings)
    assert (data["n_points"].at_least, data["n_points"].at_most) == (1, MAX_POINTS)
    assert (data["n_classes"].at_least, data["n_classes"].at_most) == (2, MAX_CLASSES)


# ---------------------------------------------------------------- every reader holds to them


@pytest.mark.parametrize(("section", "name", "value"), BAD_VALUES)
def test_a_refused_value_is_refused_everywhere(section: str, name: str, value: Any) -> None:
    rule = setting_rules(SECTIONS[section])[name]
    settings = usable(section, {name: value})
    message = str(settings_problem(settings))
    assert rule.label in message and repr(value) in message
    with pytest.raises(SpecError if section == "training" else DataError) as caught:
        check(section)(settings)
    assert str(caught.value) == message
    with pytest.raises(ModelFileError) as caught:
        from_json_dict(document(section, name, value))
    assert f"{section}.{name} {rule.requirement(null='null')}, not " in str(caught.value)


@pytest.mark.parametrize(("section", "name", "value"), GOOD_VALUES)
def test_an_accepted_value_is_accepted_everywhere(section: str, name: str, value: Any) -> None:
    assert settings_problem(usable(section, {name: value})) is None
    loaded = from_json_dict(document(section, name, value))
    assert getattr(loaded.training if section == "training" else loaded.data, name) == value


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (TrainSettings(learning_rate=-1.0), "learning rate must be greater than 0, not -1.0"),
        (TrainSettings(momentum=1.5), "momentum must be at least 0 and less than 1, not 1.5"),
        (TrainSettings(batch_size=2.5), "batch size must be a whole number, not 2.5"),
        (TrainSettings(epsilon=float("inf")), "epsilon must be a finite number, not inf"),
        (TrainSettings(shuffle="yes"), "shuffle must be true or false, not 'yes'"),
        (TrainSettings(max_epochs=0),
         "max epochs must be 1 to 10,000,000 (or none for no limit), not 0"),
        (TrainSettings(seed=2**31), "seed must be 0 to 2,147,483,647, not 2147483648"),
        (TrainSettings(seed=10**400), "seed must be 0 to 2,147,483,647, not a number of about "
         "401 digits"),
        (DataSettings(csv_path="a\x00b.csv"), "the CSV path must be a file name (not empty, "
         "without NUL characters or lone surrogates) (or none for no file), not 'a\\x00b.csv'"),
        (TrainSettings(optimizer="adamw"),
         "unknown optimizer 'adamw'; known: sgd, momentum, rmsprop, adam"),
        (DataSettings(n_points=0), "the number of points must be 1 to 1,000,000, not 0"),
        (DataSettings(noise=2), "noise must be between 0 and 1, not 2"),
        (DataSettings(train_ratio=0),
         "the training share must be greater than 0 and at most 1, not 0"),
        (DataSettings(task="ranking"),
         "unknown task 'ranking'; known: binary, multiclass, regression"),
    ],
)
def test_messages_name_the_setting_the_rule_and_the_value(settings, message: str) -> None:
    assert str(settings_problem(settings)) == message


def test_the_model_file_names_the_path_rule_and_value() -> None:
    obj = to_json_dict(ModelFile(NetworkSpec(), training=TrainSettings()))
    obj["training"]["momentum"] = 1.5
    with pytest.raises(ModelFileError) as caught:
        from_json_dict(obj)
    assert str(caught.value) == "training.momentum must be at least 0 and less than 1, not 1.5"


def test_the_class_count_is_checked_only_for_k_class_data() -> None:
    assert make_dataset(DataSettings(kind="circle", n_classes=1)).n_classes == 2
    with pytest.raises(DataError, match="number of classes"):
        make_dataset(DataSettings(kind="blobs", n_classes=1))
