"""The parts of a model file that version 3 added: the weight history (state.weight_history) and
the run list (runs). Read and written with the model file's own readers and writers, all or
nothing like the rest (see engine.modelfile and resources/model-format.md)."""

from __future__ import annotations

import base64
import binascii
import math
from typing import Any

import numpy as np

from .archive import WeightArchive
from .modelfile import (
    MAX_EPOCH,
    ModelFile,
    _array,
    _check_data_source,
    _fail,
    _history_epochs,
    _integer,
    _kind,
    _network_dict,
    _object,
    _read_network,
    _read_settings,
    _read_state,
    _read_weights,
    _settings_dict,
    _state_dict,
    _string,
    _weights_dict,
)
from .network import parameter_shapes
from .runs import Run, RunList, RunSetup, weights_nbytes
from .spec import DataSettings, NetworkSpec, TrainSettings
from .texts import QT_TRANSLATE_NOOP

ENCODING = "float64-le-base64"
# Base64 is made and read in pieces of this many bytes (a multiple of 3, so the pieces' text is
# the whole's): the thread that writes the autosave then never holds the GIL for more than a
# millisecond or so, and the window keeps painting (one call over a long session's weights
# held it for up to 8 ms, several such calls in a row stalled the GUI for 60-90 ms).
BASE64_PIECE = 3 * 2**16
# A file keeps at most this much of the weight history (before base64's third more), thinned
# as the archive's bound thins: the file stays well below the largest file the app reads.
FILE_WEIGHT_HISTORY_BYTES = 8 * 2**20
# The final weights of the other runs a file keeps, as float64 bytes (written as decimal text,
# about 2.5 times more): pinned runs first, then the newest. Without a bound a long session of
# big networks took minutes to save. A run written without them restores from its start.
FILE_RUN_WEIGHTS_BYTES = 2 * 2**20
# The other runs' histories (their curves) a file keeps: at most this many epochs of each, and
# this many numbers of all together (pinned runs first, then the newest); a run past that keeps
# its first and last epoch. With the current run's FILE_HISTORY_VALUES and the weights' bounds
# a file of the largest network and a long session stays below 45 MB.
FILE_RUN_HISTORY_EPOCHS = 1_000
FILE_RUNS_HISTORY_VALUES = 100_000


def weight_history_dict(archive: WeightArchive) -> dict:
    """The archive as state.weight_history: its epochs, and every epoch's flat weights one
    after another as little-endian float64, in base64 (exact, and a third of decimal text)."""
    kept = archive.within(FILE_WEIGHT_HISTORY_BYTES)
    rows = np.array([flat for _epoch, flat in kept], dtype="<f8")
    return {"epochs": kept.epochs, "encoding": ENCODING,
            "values": _to_base64(rows.tobytes())}


def _to_base64(raw: bytes) -> str:
    view = memoryview(raw)
    return "".join(base64.b64encode(view[start:start + BASE64_PIECE]).decode("ascii")
                   for start in range(0, len(view), BASE64_PIECE))


def _from_base64(text: str) -> bytes:
    """The bytes of strict base64 `text` (its alphabet only, padding only at the end), read in
    pieces; binascii.Error or UnicodeEncodeError when it is not that."""
    size = BASE64_PIECE // 3 * 4
    pieces = [text[start:start + size] for start in range(0, len(text), size)]
    if any("=" in piece for piece in pieces[:-1]):
        raise binascii.Error("padding before the end")
    return b"".join(base64.b64decode(piece.encode("ascii"), validate=True) for piece in pieces)


def read_weight_history(state: Any, path: str, spec: NetworkSpec,
                        last_epoch: int) -> WeightArchive | None:
    """The weight history of a file's state object (already checked to be one), if it has
    one: epochs ascending, at most the state's epoch, weights that fit the network."""
    if not isinstance(state, dict) or "weight_history" not in state:
        return None
    obj = _object(state["weight_history"], path, ("epochs", "encoding", "values"))
    epochs = _history_epochs(_array(obj["epochs"], f"{path}.epochs"), f"{path}.epochs",
                             last_epoch)
    if obj["encoding"] != ENCODING:
        _fail(f"{path}.encoding", QT_TRANSLATE_NOOP("ModelFile", '{0} must be "{1}", not {2}'),
              ENCODING, _kind(obj["encoding"]))
    try:
        raw = _from_base64(_string(obj["values"], f"{path}.values"))
    except (UnicodeEncodeError, binascii.Error):
        _fail(f"{path}.values", QT_TRANSLATE_NOOP("ModelFile", "{0} is not base64 text"))
    size = sum(math.prod(shape) for layer in parameter_shapes(spec) for shape in layer.values())
    if len(raw) != len(epochs) * size * 8:
        _fail(f"{path}.values", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} holds {1} numbers, but {2} epochs of the network's {3} parameters "
            "are {4}"), f"{len(raw) / 8:g}", len(epochs), size, len(epochs) * size)
    rows = np.frombuffer(raw, dtype="<f8").reshape(len(epochs), size)
    if not np.isfinite(rows).all():
        _fail(f"{path}.values", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} holds a weight that is NaN or infinite"))
    return WeightArchive.of(zip(epochs, rows))


def runs_dict(runs: RunList) -> dict:
    """The run list as the file's runs object. The current run's epochs and weights are the
    file's own (state, weights), so its entry holds only how it started."""
    kept = _runs_keeping_weights(runs)
    epochs = _runs_history_epochs(runs)
    return {"current": runs.current.number if runs.current else None,
            "list": [_run_dict(run, run is runs.current, run.number in kept,
                               epochs.get(run.number, 0)) for run in runs]}


def _runs_keeping_weights(runs: RunList) -> set[int]:
    """The numbers of the runs whose final weights fit FILE_RUN_WEIGHTS_BYTES."""
    kept, used = set(), 0
    for run in runs.others_first_kept():
        if run.weights is None:
            continue
        size = weights_nbytes(run.weights)
        if used + size <= FILE_RUN_WEIGHTS_BYTES:
            kept.add(run.number)
            used += size
    return kept


def _runs_history_epochs(runs: RunList) -> dict[int, int]:
    """How many epochs of each run's history a file keeps (see FILE_RUNS_HISTORY_VALUES)."""
    epochs, left = {}, FILE_RUNS_HISTORY_VALUES
    for run in runs.others_first_kept():
        size = run.history.values_per_epoch
        epochs[run.number] = max(min(len(run.history), FILE_RUN_HISTORY_EPOCHS, left // size), 2)
        left = max(left - epochs[run.number] * size, 0)
    return epochs


def _run_dict(run: Run, current: bool, with_weights: bool, history_epochs: int) -> dict:
    entry = {
        "number": run.number, "label": run.label, "pinned": run.pinned, "ghost": run.ghost,
        "continued_from": run.setup.continued_from,
        "network": _network_dict(run.setup.spec),
        "training": _settings_dict(run.setup.train),
        "data": _settings_dict(run.setup.data),
    }
    if not current:
        entry.update(final_training=_settings_dict(run.train),
                     weights=_weights_dict(run.weights if with_weights else None),
                     state=_state_dict(run.epoch, run.history, history_epochs))
    return entry


def read_runs(value: Any, path: str, model: ModelFile, version: int) -> RunList:
    """The run list of a file's runs object; the current run trains on from the file's state."""
    obj = _object(value, path, ("current", "list"))
    current = None
    if obj["current"] is not None:
        current = _integer(obj["current"], f"{path}.current", minimum=1)
    runs = [_read_run(item, f"{path}.list[{i}]", model, current, version)
            for i, item in enumerate(_array(obj["list"], f"{path}.list"))]
    numbers = [run.number for run in runs]
    for i, number in enumerate(numbers):
        if number in numbers[:i]:
            _fail(f"{path}.list[{i}].number", QT_TRANSLATE_NOOP(
                "ModelFile", "{0} repeats the run number {1}"), number)
    if current is not None and current not in numbers:
        _fail(f"{path}.current", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} names run {1}, which {2} does not hold"), current, f"{path}.list")
    return RunList(runs, numbers.index(current) if current is not None else None)


def _flag(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} must be true or false, not {1}"),
              _kind(value))
    return value


def _required_settings(value: Any, path: str, cls: type) -> Any:
    settings = _read_settings(value, path, cls)
    if settings is None:
        _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} must be an object, not {1}"), "null")
    return settings


def _read_run(value: Any, path: str, model: ModelFile, current: int | None,
              version: int) -> Run:
    obj = _object(value, path, ("number", "label", "network", "training", "data"),
                  ("pinned", "ghost", "continued_from", "final_training", "weights", "state"))
    number = _integer(obj["number"], f"{path}.number", minimum=1)
    label = _string(obj["label"], f"{path}.label")
    continued_from = obj.get("continued_from")
    if continued_from is not None:
        continued_from = _integer(continued_from, f"{path}.continued_from", minimum=0,
                                  maximum=MAX_EPOCH)
    spec = _read_network(obj["network"], f"{path}.network")
    train = _required_settings(obj["training"], f"{path}.training", TrainSettings)
    data = _required_settings(obj["data"], f"{path}.data", DataSettings)
    _check_data_source(data)
    setup = RunSetup(spec, train, data, continued_from)
    pinned = _flag(obj.get("pinned", False), f"{path}.pinned")
    ghost = _flag(obj.get("ghost", False), f"{path}.ghost")
    if number == current:
        for key in ("final_training", "weights", "state"):
            if key in obj:
                _fail(f"{path}.{key}", QT_TRANSLATE_NOOP(
                    "ModelFile", "{0} is the file's own for the current run; leave it out"))
        return Run(number, label, setup, model.training or train, model.history,
                   model.weights, model.epoch, pinned, ghost)
    final = _read_settings(obj.get("final_training"), f"{path}.final_training", TrainSettings)
    weights = _read_weights(obj.get("weights"), f"{path}.weights", spec)
    # As the file's state without a weight history: a kept run has none of its own.
    epoch, history = _read_state(obj.get("state"), f"{path}.state", version,
                                 len(spec.layers), weight_history=False)
    return Run(number, label, setup, final or train, history, weights, epoch, pinned, ghost)
