"""What the property tests and the loaders' fuzzing share: the hypothesis profiles, and
strategies for networks and for settings drawn from their own rules.

The normal run tries a few dozen cases per test, the same ones every time (derandomized);
PLAYGROUND_FUZZ=long tries thousands per test, new ones on every run.
"""

from __future__ import annotations

import os
from dataclasses import fields
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from playground.engine.activations import ACTIVATIONS
from playground.engine.initializers import INITIALIZERS
from playground.engine.losses import LOSSES
from playground.engine.spec import LayerSpec, NetworkSpec, Rule, setting_rules

_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile(
    "normal", max_examples=40, deadline=None, derandomize=True, suppress_health_check=_SLOW
)
settings.register_profile("long", max_examples=2000, deadline=None, suppress_health_check=_SLOW)
settings.load_profile("long" if os.environ.get("PLAYGROUND_FUZZ") == "long" else "normal")

HIDDEN_ACTIVATIONS = [name for name, act in ACTIVATIONS.items() if not act.output_only]
FINITE = st.floats(allow_nan=False, allow_infinity=False)
FILE_NAME_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), min_size=1, max_size=12
)


@st.composite
def network_specs(draw: st.DrawFn, features: list[str] | None = None, outputs: int = 0) -> Any:
    """A small network: 0–3 hidden layers of 1–6 units with any hidden activation (maxout with
    2 or 3 pieces), any output activation and loss; `outputs` fixes the output units."""
    names = features or ["x1", "x2", "x1_squared", "x2_squared", "x1_times_x2", "sin_x1", "sin_x2"]
    chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=4, unique=True))
    hidden = draw(st.lists(_layers(HIDDEN_ACTIVATIONS, st.integers(1, 6)), max_size=3))
    output = draw(_layers(list(ACTIVATIONS), st.just(outputs) if outputs else st.integers(1, 3)))
    return NetworkSpec(
        features=tuple(chosen), layers=(*hidden, output),
        loss=draw(st.sampled_from(list(LOSSES))), init=draw(st.sampled_from(list(INITIALIZERS))),
    )


@st.composite
def _layers(draw: st.DrawFn, activations: list[str], units: st.SearchStrategy[int]) -> Any:
    name = draw(st.sampled_from(activations))
    params = {"k": draw(st.sampled_from([2.0, 3.0]))} if name == "maxout" else {}
    return LayerSpec(draw(units), name, params)


def settings_of(cls: type) -> st.SearchStrategy[Any]:
    """Settings of the class `cls` with every field drawn from what its rule accepts."""
    return st.builds(cls, **{f.name: _accepted(setting_rules(cls)[f.name]) for f in fields(cls)})


def _accepted(rule: Rule) -> st.SearchStrategy[Any]:
    if rule.names is not None:
        values: st.SearchStrategy[Any] = st.sampled_from([n for n in rule.names()])
    elif rule.file_name:
        values = FILE_NAME_TEXT
    elif rule.kind is bool:
        values = st.booleans()
    elif rule.kind is int:
        values = st.integers(int(rule.at_least or 0), int(rule.at_most or 2**40))
    elif rule.kind is float:
        values = st.floats(
            min_value=rule.at_least if rule.above is None else rule.above,
            max_value=rule.at_most if rule.below is None else rule.below,
            exclude_min=rule.above is not None, exclude_max=rule.below is not None,
            allow_nan=False, allow_infinity=False,
        )
    else:  # inline rows: equally long, at least one input and the target
        values = st.integers(2, 4).flatmap(
            lambda width: st.lists(st.tuples(*[FINITE] * width), max_size=5).map(tuple)
        )
    return st.one_of(st.none(), values) if rule.nullable else values
