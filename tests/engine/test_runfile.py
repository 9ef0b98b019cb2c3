"""Version 3 of the model file: the runs and the thinned weight history come back exactly, older
versions still open, and every bad entry is named."""

from __future__ import annotations

import base64
import binascii
import copy
import json
from dataclasses import replace

import jsonschema
import numpy as np
import pytest

from playground.engine import runfile
from playground.engine.archive import WeightArchive
from playground.engine.errors import ModelFileError
from playground.engine.history import History
from playground.engine.modelfile import (
    FILE_HISTORY_VALUES,
    ModelFile,
    from_json_dict,
    from_json_text,
    to_json_dict,
    to_json_text,
)
from playground.engine.network import Network
from playground.engine.runfile import (
    FILE_RUN_HISTORY_EPOCHS,
    FILE_RUN_WEIGHTS_BYTES,
    FILE_RUNS_HISTORY_VALUES,
    FILE_WEIGHT_HISTORY_BYTES,
    weight_history_dict,
)
from playground.engine.runs import RunList, RunSetup
from playground.engine.spec import DataSettings, NetworkSpec, TrainSettings
from playground.resources import resource_path

SPEC = NetworkSpec()
TRAIN = TrainSettings(learning_rate=0.1)
DATA = DataSettings()


def history(last: int) -> History:
    epochs = np.arange(last + 1)
    return History.from_columns(epoch=epochs, train_loss=1 / (1 + epochs),
                                train_metric=epochs / (last + 1))


def session() -> ModelFile:
    """Three runs: a pinned first run, a ghost, and the current one continuing at epoch 40."""
    rng = np.random.default_rng(5)
    network = Network(SPEC)
    runs = RunList()
    first = runs.begin(RunSetup(SPEC, TRAIN, DATA), history(0), 0)
    runs.update_current(history(120), network.params, 120, TRAIN)
    first.pinned = True
    faster = replace(TRAIN, learning_rate=0.3)
    ghost = runs.begin(RunSetup(SPEC, faster, DATA), history(0), 0)
    runs.update_current(history(70), network.params, 70, replace(faster, batch_size=20))
    ghost.ghost = True
    runs.begin(RunSetup(SPEC, faster, DATA, continued_from=40), history(40), 40)
    archive = WeightArchive()
    for epoch in range(61):
        archive.add(epoch, rng.normal(size=network.flat.size) * 1e-300 ** (epoch % 2))
    runs.update_current(history(60), network.params, 60, faster)
    return ModelFile(SPEC, network.params, faster, DATA, 60, history(60), archive, runs)


def test_runs_and_the_weight_history_come_back_exactly():
    saved = session()
    loaded = from_json_text(to_json_text(saved))
    assert list(loaded.runs) == list(saved.runs)
    assert [run.pinned for run in loaded.runs] == [True, False, False]
    assert loaded.runs.current.number == 3 and loaded.runs.current.history is loaded.history
    assert loaded.runs.get(2).ghost and loaded.runs.get(2).train.batch_size == 20
    assert loaded.runs.get(3).setup.continued_from == 40
    assert loaded.archive.epochs == saved.archive.epochs == list(range(61))
    for epoch, flat in saved.archive:
        assert loaded.archive.weights(epoch).tobytes() == flat.tobytes()
    assert to_json_text(loaded) == to_json_text(saved)  # written again, the same file


def test_the_export_validates_against_the_schema():
    schema = json.loads(resource_path("model.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(to_json_dict(session()))


def test_a_file_keeps_a_thinned_share_of_a_big_weight_history():
    archive = WeightArchive()
    flat = np.zeros(Network(SPEC).flat.size * 2000)
    for epoch in range(1200):
        archive.add(epoch, flat)
    written = weight_history_dict(archive)
    assert len(written["values"]) * 3 / 4 <= FILE_WEIGHT_HISTORY_BYTES
    assert written["epochs"][-1] == 1199 and len(written["epochs"]) < len(archive)


def test_a_file_keeps_the_runs_weights_within_a_bound_pinned_first_then_the_newest():
    """Found by the long random-action run: a session of many runs of big networks took over
    30 s to save on the GUI thread, every run's weights written as decimal text."""
    big = NetworkSpec(layers=(*(replace(NetworkSpec().layers[0], units=128),) * 6,
                              NetworkSpec().layers[-1]))
    network = Network(big)
    size = network.flat.nbytes
    runs = RunList()
    for number in range(1, 12):
        run = runs.begin(RunSetup(big, replace(TRAIN, seed=number), DATA), history(0), 0)
        runs.update_current(history(5), network.params, 5, TRAIN)
        run.pinned = number == 2
    model = ModelFile(big, network.params, TRAIN, DATA, 5, history(5), None, runs)
    written = to_json_dict(model)["runs"]["list"]
    kept = [entry["number"] for entry in written if entry.get("weights") is not None]
    assert len(kept) * size <= FILE_RUN_WEIGHTS_BYTES < (len(kept) + 1) * size
    assert 2 in kept and 10 in kept and 1 not in kept  # pinned, then the newest
    loaded = from_json_dict(to_json_dict(model))
    assert loaded.runs.get(1).weights is None and loaded.runs.get(1).history.epochs[-1] == 5
    assert loaded.runs.get(2).weights is not None


def long_history(last: int, layers: int) -> History:
    epochs = np.arange(last + 1)
    ramp = np.outer(1 / (1 + epochs), np.arange(1, layers + 1))
    return History.from_columns(epoch=epochs, train_loss=1 / (1 + epochs),
                                test_loss=2 / (1 + epochs), train_metric=epochs / (last + 1),
                                test_metric=epochs / (last + 2), grad_mean_abs=ramp,
                                update_ratio=ramp / 7)


def test_a_long_session_keeps_thinned_curves_within_the_files_bounds():
    """Found by the long random-action run: a session of 100 runs of 5,000 epochs made a file
    of 190 MB (past the 50 MB the app reads back) that took 31 s to write. Now each run keeps
    at most FILE_RUN_HISTORY_EPOCHS of its curves, all runs FILE_RUNS_HISTORY_VALUES numbers
    (pinned, then the newest), the current run FILE_HISTORY_VALUES; the epochs are numbered."""
    deep = NetworkSpec(layers=(*(replace(NetworkSpec().layers[0], units=8),) * 6,
                               NetworkSpec().layers[-1]))
    network = Network(deep)
    runs = RunList()
    for number in range(1, 31):
        run = runs.begin(RunSetup(deep, replace(TRAIN, seed=number), DATA), history(0), 0)
        runs.update_current(long_history(2_000, 7), network.params, 2_000, TRAIN)
        run.pinned = number == 1
    runs.begin(RunSetup(deep, TRAIN, DATA), history(0), 0)
    current = long_history(25_000, 7)
    runs.update_current(current, network.params, 25_000, TRAIN)
    model = ModelFile(deep, network.params, TRAIN, DATA, 25_000, current, None, runs)
    text = to_json_text(model)
    assert len(text) < 6 * 2**20
    loaded = from_json_text(text)
    kept = {run.number: len(run.history) for run in loaded.runs if run is not loaded.runs.current}
    per_epoch = 4 + 2 * 7
    assert kept[1] == kept[30] == FILE_RUN_HISTORY_EPOCHS  # pinned, and the newest
    assert kept[2] == 2 and sum(kept.values()) * per_epoch <= FILE_RUNS_HISTORY_VALUES + 60 * 18
    for run in loaded.runs:
        full = model.runs.get(run.number).history
        rows = np.searchsorted(full.epochs, run.history.epochs)
        assert np.array_equal(full.epochs[rows], run.history.epochs)  # epochs it had,
        assert run.history.epochs[0] == 0 and run.history.last_epoch == full.last_epoch
        assert np.array_equal(run.history.layer_series("grad_mean_abs"),
                              full.layer_series("grad_mean_abs")[rows])  # their values exact
    epochs = FILE_HISTORY_VALUES // per_epoch
    assert len(loaded.history) == epochs
    assert loaded.history.last(epochs // 2) == current.last(epochs // 2)
    assert to_json_text(loaded) == text  # saved again, the same file


def test_version_2_files_still_open_without_runs_or_weight_history():
    obj = to_json_dict(session())
    obj.pop("runs")
    obj["state"].pop("weight_history")
    obj["version"] = 2
    loaded = from_json_dict(obj)
    assert loaded.runs is None and loaded.archive is None and loaded.epoch == 60


def damaged(change) -> dict:
    obj = copy.deepcopy(to_json_dict(session()))
    change(obj)
    return obj


@pytest.mark.parametrize(("change", "words"), [
    (lambda o: o.update(version=2), "unknown key 'runs'"),
    (lambda o: o["runs"].update(current=9), "runs.current names run 9"),
    (lambda o: o["runs"]["list"][1].update(number=1), "runs.list[1].number repeats"),
    (lambda o: o["runs"]["list"][0].update(pinned="yes"), "runs.list[0].pinned must be true"),
    (lambda o: o["runs"]["list"][0].pop("label"), "runs.list[0].label is missing"),
    (lambda o: o["runs"]["list"][0]["training"].update(learning_rate=-1),
     "runs.list[0].training.learning_rate"),
    (lambda o: o["runs"]["list"][0].update(training=None), "runs.list[0].training must be"),
    (lambda o: o["runs"]["list"][2].update(weights=None), "runs.list[2].weights is the file's"),
    (lambda o: o["runs"]["list"][0]["state"].update(epoch=-1), "runs.list[0].state.epoch"),
    (lambda o: o["state"]["weight_history"]["epochs"].reverse(),
     "state.weight_history.epochs[1]"),
    (lambda o: o["state"]["weight_history"]["epochs"].append(99),
     "state.weight_history.epochs[61] must be a whole number of at most 60"),
    (lambda o: o["state"]["weight_history"].update(values="!!"), "is not base64"),
    (lambda o: o["state"]["weight_history"].update(values="AAAA"), "epochs of the network"),
    (lambda o: o["state"]["weight_history"].update(encoding="decimal"), "encoding must be"),
    (lambda o: o["runs"]["list"][0]["state"].update(weight_history={}),
     "runs.list[0].state has an unknown key 'weight_history'"),
    (lambda o: o["state"]["history"].update(epoch=list(range(61))[::-1]),
     "state.history.epoch[1] is 59, not after 60"),
    (lambda o: o["state"]["history"].update(epoch=list(range(1, 62))),
     "state.history.epoch[60] must be a whole number of at most 60"),
    (lambda o: o["state"]["history"].update(epoch=[0, 1]), "test_metric has 61, epoch has 2"),
    (lambda o: (o.update(version=3), o["state"]["history"].update(epoch=list(range(61)))),
     "state.history has an unknown key 'epoch'"),
])
def test_a_bad_entry_is_named(change, words):
    with pytest.raises(ModelFileError, match=words.replace("[", r"\[").replace("]", r"\]")):
        from_json_dict(damaged(change))


def test_a_non_finite_weight_in_the_history_is_refused():
    def poison(obj):
        raw = bytearray(base64.b64decode(obj["state"]["weight_history"]["values"]))
        raw[:8] = np.array([np.nan], dtype="<f8").tobytes()
        obj["state"]["weight_history"]["values"] = base64.b64encode(bytes(raw)).decode()

    with pytest.raises(ModelFileError, match="NaN or infinite"):
        from_json_dict(damaged(poison))


def test_the_documentation_and_the_schema_describe_every_run_key():
    text = resource_path("model-format.md").read_text(encoding="utf-8")
    schema = json.loads(resource_path("model.schema.json").read_text(encoding="utf-8"))
    written = to_json_dict(session())
    run_keys = set(written["runs"]["list"][0])
    assert run_keys == set(schema["$defs"]["run"]["properties"])
    history_keys = set(written["state"]["weight_history"])
    assert history_keys == set(
        schema["properties"]["state"]["properties"]["weight_history"]["properties"])
    for key in (*run_keys, *history_keys, "weight_history", "runs", "current", "list"):
        assert f"`{key}`" in text, key


def test_base64_made_and_read_in_pieces_is_the_whole_base64(monkeypatch):
    monkeypatch.setattr(runfile, "BASE64_PIECE", 6)  # pieces of 8 characters
    raw = bytes(range(256)) * 3 + b"\x01"  # a length that is no multiple of 3
    text = runfile._to_base64(raw)
    assert text == base64.b64encode(raw).decode("ascii")
    assert runfile._from_base64(text) == raw


@pytest.mark.parametrize("text", ["AAAAAA==AAAAAAAA", "AAAAAAAAAAA", "AAAAAAAA!AAAAAAA"])
def test_base64_read_in_pieces_is_as_strict_as_read_whole(monkeypatch, text):
    """Padding inside the text, a length that is no multiple of 4, a letter outside the
    alphabet: refused, whichever piece they fall in."""
    monkeypatch.setattr(runfile, "BASE64_PIECE", 6)
    with pytest.raises(binascii.Error):
        base64.b64decode(text, validate=True)
    with pytest.raises(binascii.Error):
        runfile._from_base64(text)
