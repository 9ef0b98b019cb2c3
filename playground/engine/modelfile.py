"""The JSON model file: a network, and optionally its weights, training and data settings and
training history. The app's export and "save session" write it; the app and the CLI read it.

The format is described for people in resources/model-format.md and for machines in
resources/model.schema.json. Reading is all or nothing: the first problem raises one
ModelFileError naming the field it is in (e.g. "network.layers[1].units"), and nothing is returned.
Files are parsed with plain `json.loads`; nothing in them is ever evaluated.
"""

from __future__ import annotations

import functools
import json
import math
import sys
import typing
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import numpy as np

from .. import __version__
from ..files import FileRefused, FileTooLarge, read_regular_file, write_text_atomic
from .activations import ACTIVATIONS
from .archive import WeightArchive
from .errors import ModelFileError, SpecError, refusal_reason, shown, text_error
from .history import LAYER_SERIES, MEASURES, History
from .initializers import INITIALIZERS
from .losses import LOSSES
from .network import parameter_shapes, validate_spec
from .runs import RunList
from .spec import DataSettings, LayerSpec, NetworkSpec, TrainSettings, setting_rules
from .texts import QT_TRANSLATE_NOOP, Text

FORMAT = "playground-model"
# 2: state.history's per-layer series (grad_mean_abs, update_ratio)
# 3: state.weight_history (the thinned weights of past epochs) and runs (the run list)
# 4: state.history.epoch (the epochs' numbers, for a history that is thinned or has gaps)
VERSION = 4
SUPPORTED_VERSIONS = (1, 2, 3, 4)
HISTORY_KEYS = (*MEASURES, *LAYER_SERIES)  # of a version-2 file; version 1 has MEASURES
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_EPOCH = 2**31 - 1  # state.epoch: past it the epoch numbers would not fit the app's counters
# A file keeps at most this many numbers of the history, about 2 MB (10,000 epochs of a network
# of three layers, fewer of a deeper one; the newest half whole, older epochs evenly spaced), so
# that a long training's file stays well below MAX_FILE_BYTES.
FILE_HISTORY_VALUES = 100_000
# Arrays and strings longer than this are written in pieces (the same text): a thread writing a
# file (the autosave) then never holds the GIL for long, and the window keeps painting.
DUMP_PIECE = 4096
WEIGHT_LAYOUT = (
    "W[i][j] is the weight from input i (feature i for the first layer, unit i of the previous "
    "layer otherwise) to column j; b[j] is column j's bias. A layer has units*pieces columns "
    "(pieces = k for maxout, 1 otherwise); unit u owns columns u*pieces to u*pieces+pieces-1."
)

Settings = TypeVar("Settings", TrainSettings, DataSettings)


@dataclass(frozen=True)
class ModelFile:
    """Everything a model file holds. `weights` is None for a configuration without weights.

    history: every epoch's numbers, stored as one list per key of HISTORY_KEYS (the layer
    series as one list of per-layer values per epoch); NaN marks an epoch without that value
    (e.g. no test set), written as null. A file keeps FILE_HISTORY_VALUES of them.
    """

    spec: NetworkSpec
    weights: list[dict[str, np.ndarray]] | None = None
    training: TrainSettings | None = None
    data: DataSettings | None = None
    epoch: int = 0
    history: History = field(default_factory=History)
    archive: WeightArchive | None = None  # the (thinned) weights of past epochs
    runs: RunList | None = None  # the session's runs, the current one among them


# ---------------------------------------------------------------- writing


def to_json_dict(model: ModelFile) -> dict:
    """The file's content as plain JSON values. ModelFileError if it would not load back."""
    obj: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"playground {__version__}",
        "network": _network_dict(model.spec),
        "weights": _weights_dict(model.weights),
    }
    if model.training is not None:
        obj["training"] = _settings_dict(model.training)
    if model.data is not None:
        obj["data"] = _settings_dict(model.data)
    obj["state"] = _state_dict(model.epoch, model.history)
    # Imported here: the runs and the weight history are read and written with this module's
    # own readers and writers.
    from .runfile import runs_dict, weight_history_dict

    if model.archive is not None and len(model.archive):
        obj["state"]["weight_history"] = weight_history_dict(model.archive)
    if model.runs is not None:
        obj["runs"] = runs_dict(model.runs)
    try:
        from_json_dict(obj)
    except ModelFileError as error:
        saving = QT_TRANSLATE_NOOP("ModelFile", "cannot save this model: {0}")
        raise ModelFileError(Text("ModelFile", saving, (error.text,))) from None
    return obj


def _weights_dict(weights: list[dict[str, np.ndarray]] | None) -> dict | None:
    if weights is None:
        return None
    return {
        "layout": WEIGHT_LAYOUT,
        "layers": [{name: _tensor_dict(array) for name, array in layer.items()}
                   for layer in weights],
    }


def _state_dict(epoch: int, history: History, most_epochs: int | None = None) -> dict:
    """The state object: the epoch, and the history thinned to `most_epochs` epochs (by
    default as many as FILE_HISTORY_VALUES holds)."""
    if most_epochs is None:
        most_epochs = FILE_HISTORY_VALUES // history.values_per_epoch
    return {
        "epoch": _plain(epoch),
        "history": {key: _history_list(values)
                    for key, values in history.thinned(most_epochs).to_file(epoch).items()},
    }


def to_json_text(model: ModelFile) -> str:
    """The file's text: indented by 2, arrays of numbers on one line, floats exact (repr)."""
    return _dump(to_json_dict(model)) + "\n"


def save_model(path: str | Path, model: ModelFile) -> None:
    """Write `model` to `path`, whole or not at all."""
    write_text_atomic(path, to_json_text(model))


def _network_dict(spec: NetworkSpec) -> dict:
    return {
        "features": list(spec.features),
        "layers": [
            {
                "units": _plain(layer.units),
                "activation": layer.activation,
                "activation_params": {k: _plain(v) for k, v in layer.params.items()},
            }
            for layer in spec.layers
        ],
        "loss": spec.loss,
        "loss_params": {k: _plain(v) for k, v in spec.loss_params.items()},
        "init": spec.init,
    }


def _tensor_dict(array: np.ndarray) -> dict:
    values = np.asarray(array, dtype=np.float64)
    return {"shape": list(values.shape), "values": values.tolist()}


def _settings_dict(settings: TrainSettings | DataSettings) -> dict:
    return {f.name: _plain(getattr(settings, f.name)) for f in fields(settings)}


def _plain(value: Any) -> Any:
    """NumPy scalars and tuples as the Python values json writes."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    return value


def _history_list(values: np.ndarray) -> list:
    """One history list of the file: epoch numbers, a measure per epoch, or per-layer numbers
    per epoch; null for what is not recorded (not finite), and for an epoch of no layer."""
    items = values.tolist()
    if values.dtype.kind != "f":
        return items
    missing = ~np.isfinite(values)
    if values.ndim == 1:
        for i in np.flatnonzero(missing).tolist():
            items[i] = None
        return items
    for i, j in zip(*(axis.tolist() for axis in np.nonzero(missing))):
        items[i][j] = None
    for i in np.flatnonzero(missing.all(axis=1)).tolist():
        items[i] = None
    return items


def _dump(value: Any, indent: str = "") -> str:
    """JSON with objects and arrays of arrays spread over lines, other arrays on one line.
    Long arrays and strings are written in pieces of DUMP_PIECE (the same text)."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{_dump(key)}: {_dump(item, inner)}" for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and value and isinstance(value[0], (list, dict)):
        items = [inner + _dump(item, inner) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    if isinstance(value, (list, str)) and len(value) > DUMP_PIECE:
        pieces = (json.dumps(value[start:start + DUMP_PIECE], ensure_ascii=False,
                             allow_nan=False)[1:-1]
                  for start in range(0, len(value), DUMP_PIECE))
        return ("[" + ", ".join(pieces) + "]" if isinstance(value, list)
                else '"' + "".join(pieces) + '"')
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


# ---------------------------------------------------------------- reading


def load_model(path: str | Path) -> ModelFile:
    """Read the model file at `path`; anything but a regular file of at most MAX_FILE_BYTES
    is refused unread."""
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except FileTooLarge as error:
        _too_large(error.size)
    except FileRefused as error:
        raise text_error(ModelFileError, QT_TRANSLATE_NOOP("Errors", "cannot read {0}: {1}"),
                         error.name, refusal_reason(error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise text_error(ModelFileError, QT_TRANSLATE_NOOP(
            "Errors", "not a text file in UTF-8 (bad byte at {0})"), error.start) from None
    return from_json_text(text)


def from_json_text(text: str) -> ModelFile:
    """Parse and check a model file's text."""
    if len(text) > MAX_FILE_BYTES:
        _too_large(len(text.encode("utf-8")))
    try:
        obj = json.loads(text, parse_constant=_Literal, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        raise text_error(ModelFileError, QT_TRANSLATE_NOOP(
            "Errors", "not valid JSON: {0} at line {1}, column {2}"),
            error.msg, error.lineno, error.colno) from None
    except RecursionError:
        raise text_error(ModelFileError, QT_TRANSLATE_NOOP(
            "Errors", "not a model file: the JSON is nested too deeply")) from None
    except ModelFileError:
        raise  # a repeated key, met while parsing
    except ValueError:  # the one other: past Python's limit on the digits of a whole number
        raise text_error(ModelFileError, QT_TRANSLATE_NOOP(
            "Errors", "not a model file: a number has more than {0} digits"),
            f"{sys.get_int_max_str_digits():,}") from None
    return from_json_dict(obj)


def from_json_dict(obj: Any) -> ModelFile:
    """Check parsed JSON values and build the ModelFile they describe."""
    if not isinstance(obj, dict):
        _fail("", QT_TRANSLATE_NOOP("ModelFile", "{0} must be a JSON object, not {1}"), _kind(obj))
    if obj.get("format") != FORMAT:
        if "format" in obj:
            _fail("", QT_TRANSLATE_NOOP(
                "ModelFile", '{0} is not a playground model file: "format" is {1}, expected "{2}"'),
                _kind(obj["format"]), FORMAT)
        _fail("", QT_TRANSLATE_NOOP(
            "ModelFile", '{0} is not a playground model file: "format" is missing, expected "{1}"'),
            FORMAT)
    version = obj.get("version")
    if "version" not in obj:
        _fail("version", QT_TRANSLATE_NOOP("ModelFile", "{0} is missing"))
    if not (_is_int(version) and version in SUPPORTED_VERSIONS):
        supported = ", ".join(str(v) for v in SUPPORTED_VERSIONS)
        if _is_int(version) and version > VERSION:
            _fail("", QT_TRANSLATE_NOOP("ModelFile", "{0} has version {1} (written by a newer "
                                        "playground?); this playground reads version {2}"),
                  _kind(version), supported)
        _fail("", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} has version {1}; this playground reads version {2}"),
            _kind(version), supported)
    _object(
        obj, "", required=("format", "version", "network"),
        optional=("generator", "weights", "training", "data", "state",
                  *(("runs",) if version >= 3 else ())),
    )
    if "generator" in obj:
        _string(obj["generator"], "generator")
    spec = _read_network(obj["network"], "network")
    weights = _read_weights(obj.get("weights"), "weights", spec)
    training = _read_settings(obj.get("training"), "training", TrainSettings)
    data = _read_settings(obj.get("data"), "data", DataSettings)
    if data is not None:
        _check_data_source(data)
    epoch, history = _read_state(obj.get("state"), "state", version, len(spec.layers))
    from .runfile import read_runs, read_weight_history  # see to_json_dict

    archive = read_weight_history(obj.get("state"), "state.weight_history", spec, epoch)
    model = ModelFile(spec, weights, training, data, epoch, history, archive)
    if "runs" in obj:
        model = replace(model, runs=read_runs(obj["runs"], "runs", model, version))
    return model


def _read_network(value: Any, path: str) -> NetworkSpec:
    obj = _object(value, path, ("features", "layers", "loss"), ("loss_params", "init"))
    features = [
        _string(name, f"{path}.features[{i}]")
        for i, name in enumerate(_array(obj["features"], f"{path}.features"))
    ]
    if not features:
        _fail(f"{path}.features", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} must name at least one input feature"))
    for i, name in enumerate(features):
        if name in features[:i]:
            _fail(f"{path}.features[{i}]", QT_TRANSLATE_NOOP(
                "ModelFile", "{0} repeats the feature {1}"), shown(name))
    layers = [
        _read_layer(layer, f"{path}.layers[{i}]")
        for i, layer in enumerate(_array(obj["layers"], f"{path}.layers"))
    ]
    if not layers:
        _fail(f"{path}.layers", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} must hold at least one layer (the output layer)"))
    loss = _string(obj["loss"], f"{path}.loss")
    if loss not in LOSSES:
        _fail(f"{path}.loss", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} names an unknown loss {1}; known: {2}"),
            shown(loss), ", ".join(LOSSES))
    extra: dict[str, Any] = {}
    if "loss_params" in obj:
        extra["loss_params"] = _params(
            obj["loss_params"], f"{path}.loss_params", LOSSES[loss].defaults,
            Text("Losses", LOSSES[loss].label),
        )
    if "init" in obj:
        extra["init"] = _string(obj["init"], f"{path}.init")
        if extra["init"] not in INITIALIZERS:
            known = ", ".join(INITIALIZERS)
            _fail(f"{path}.init", QT_TRANSLATE_NOOP("ModelFile", "{0} must be one of {1}, not {2}"),
                  known, _kind(obj["init"]))
    spec = NetworkSpec(features=tuple(features), layers=tuple(layers), loss=loss, **extra)
    try:
        validate_spec(spec)
    except SpecError as error:
        raise ModelFileError(Text("ModelFile", "{0}: {1}", (path, error.text))) from None
    return spec


def _read_layer(value: Any, path: str) -> LayerSpec:
    obj = _object(value, path, ("units", "activation"), ("activation_params",))
    units = _integer(obj["units"], f"{path}.units", minimum=1)
    name = _string(obj["activation"], f"{path}.activation")
    if name not in ACTIVATIONS:
        known = ", ".join(ACTIVATIONS)
        _fail(f"{path}.activation", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} names an unknown activation {1}; known: {2}"), shown(name), known)
    activation = ACTIVATIONS[name]
    params = _params(
        obj.get("activation_params", {}), f"{path}.activation_params",
        activation.defaults, Text("Activations", activation.label),
    )
    return LayerSpec(units, name, params)


def _params(value: Any, path: str, defaults: dict[str, float], owner: Text) -> dict[str, float]:
    obj = _object(value, path)
    for key in obj:
        if key not in defaults:
            known = ", ".join(defaults) or Text("ModelFile", QT_TRANSLATE_NOOP("ModelFile", "none"))
            _fail(path, QT_TRANSLATE_NOOP(
                "ModelFile", "{0} has an unknown parameter {1} for {2}; known: {3}"),
                shown(key), owner, known)
    return {key: _number(item, f"{path}.{key}") for key, item in obj.items()}


def _read_weights(value: Any, path: str, spec: NetworkSpec) -> list[dict[str, np.ndarray]] | None:
    if value is None:
        return None
    obj = _object(value, path, ("layers",), ("layout",))
    if "layout" in obj:
        _string(obj["layout"], f"{path}.layout")  # for readers; the version fixes the layout
    layers = _array(obj["layers"], f"{path}.layers")
    shapes = parameter_shapes(spec)
    if len(layers) != len(shapes):
        _fail(f"{path}.layers", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} has {1} layers but the network has {2}"), len(layers), len(shapes))
    weights = []
    for index, (entry, expected) in enumerate(zip(layers, shapes)):
        here = f"{path}.layers[{index}]"
        layer = spec.layers[index]
        owner = Text("ModelFile", QT_TRANSLATE_NOOP("ModelFile", "{0} ({1} {2} units)"),
                     (f"network.layers[{index}]", layer.units, layer.activation))
        entry = _object(entry, here, required=tuple(expected))
        weights.append(
            {name: _read_tensor(entry[name], f"{here}.{name}", shape, owner)
             for name, shape in expected.items()}
        )
    return weights


def _read_tensor(value: Any, path: str, expected: tuple[int, ...], owner: Text) -> np.ndarray:
    obj = _object(value, path, ("shape", "values"))
    shape = tuple(
        _integer(n, f"{path}.shape[{i}]", minimum=0)
        for i, n in enumerate(_array(obj["shape"], f"{path}.shape"))
    )
    if shape != expected:
        _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} has shape {1} but {2} needs shape {3}"),
              shown(list(shape)), owner, list(expected))
    flat: list[float] = []
    _flatten(obj["values"], shape, f"{path}.values", flat)
    return np.array(flat, dtype=np.float64).reshape(shape)


def _flatten(value: Any, shape: tuple[int, ...], path: str, out: list[float]) -> None:
    if not shape:
        out.append(_number(value, path))
        return
    items = _array(value, path)
    if len(items) != shape[0]:
        if len(items) == 1:
            _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} has {1} entry but the shape says {2}"),
                  len(items), shape[0])
        _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} has {1} entries but the shape says {2}"),
              len(items), shape[0])
    plain = len(shape) == 1 and all(type(v) is float for v in items)
    if plain and all(map(math.isfinite, items)):
        out.extend(items)  # the common case, checked without building a path per number
        return
    for i, item in enumerate(items):
        _flatten(item, shape[1:], f"{path}[{i}]", out)


_type_hints = functools.cache(typing.get_type_hints)  # of the settings classes: slow to work out


def _read_settings(value: Any, path: str, cls: type[Settings]) -> Settings | None:
    """TrainSettings or DataSettings from an object of some of its fields (defaults fill in)."""
    if value is None:
        return None
    hints = _type_hints(cls)
    rules = setting_rules(cls)
    obj = _object(value, path, optional=tuple(f.name for f in fields(cls)))
    given = {}
    for key, item in obj.items():
        here = f"{path}.{key}"
        given[key] = _typed(item, hints[key], here)
        problem = rules[key].problem_text(given[key], null="null")
        if problem is not None:
            _fail(here, QT_TRANSLATE_NOOP("ModelFile", "{0} {1}, not {2}"), problem, _kind(item))
    return cls(**given)


def _typed(value: Any, hint: Any, path: str) -> Any:
    """`value` read as the dataclass field type `hint`: bool, int, float, str, rows, or … | None."""
    options = typing.get_args(hint)
    if type(None) in options:
        if value is None:
            return None
        hint = next(option for option in options if option is not type(None))
    if hint is bool:
        if not isinstance(value, bool):
            _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} must be true or false, not {1}"),
                  _kind(value))
        return value
    if hint is int:
        return _integer(value, path)
    if hint is float:
        return _number(value, path)
    if hint is str:
        return _string(value, path, checked_later=True)
    return _rows(value, path)


def _rows(value: Any, path: str) -> tuple[tuple[float, ...], ...]:
    rows: list[tuple[float, ...]] = []
    for i, row in enumerate(_array(value, path)):
        here = f"{path}[{i}]"
        rows.append(tuple(_number(v, f"{here}[{j}]") for j, v in enumerate(_array(row, here))))
        if len(rows[-1]) < 2:
            _fail(here, QT_TRANSLATE_NOOP(
                "ModelFile", "{0} must hold at least one input and the target"))
        if len(rows[-1]) != len(rows[0]):
            _fail(here, QT_TRANSLATE_NOOP(
                "ModelFile", "{0} has {1} values but the first row has {2}"),
                len(rows[-1]), len(rows[0]))
    return tuple(rows)


def _check_data_source(data: DataSettings) -> None:
    if data.kind == "csv" and data.csv_path is None:
        _fail("data.csv_path", QT_TRANSLATE_NOOP(
            "ModelFile", '{0} is needed when data.kind is "csv"'))


def _read_state(value: Any, path: str, version: int, layers: int,
                weight_history: bool = True) -> tuple[int, History]:
    """The epoch and history of a state object (a run's has no `weight_history`)."""
    if value is None:
        return 0, History()
    with_archive = weight_history and version >= 3
    obj = _object(value, path, optional=("epoch", "history",
                                         *(("weight_history",) if with_archive else ())))
    epoch = _integer(obj.get("epoch", 0), f"{path}.epoch", minimum=0, maximum=MAX_EPOCH)
    history: dict[str, Any] = {}
    keys = HISTORY_KEYS if version >= 2 else MEASURES
    keys = ("epoch", *keys) if version >= 4 else keys
    lists = _object(obj.get("history", {}), f"{path}.history", optional=keys)
    for key, values in lists.items():
        here = f"{path}.history.{key}"
        values = _array(values, here)
        if key == "epoch":
            history[key] = _history_epochs(values, here, epoch)
        elif key in LAYER_SERIES:
            history[key] = _layer_entries(values, here, layers)
        else:
            history[key] = _history_entries(values, here)
    lengths = {key: len(values) for key, values in history.items()}
    if len(set(lengths.values())) > 1:
        counts = [Text("ModelFile", QT_TRANSLATE_NOOP("ModelFile", "{0} has {1}"), (key, n))
                  for key, n in lengths.items()]
        found = Text("ModelFile", ", ".join(f"{{{i}}}" for i in range(len(counts))),
                     tuple(counts))
        _fail(f"{path}.history", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} lists must all have one entry per epoch, but {1}"), found)
    return epoch, History.from_file(history, epoch)  # an absent list is all NaN


_NUMBER_TYPES = {float, int, type(None)}  # a history entry's; anything else is refused below


def _as_floats(values: list[Any]) -> np.ndarray | None:
    """`values` as float64 (null as NaN) if they are all numbers or null and the numbers are
    finite; None otherwise, for the caller to find and name the first bad one."""
    if not set(map(type, values)) <= _NUMBER_TYPES:
        return None
    try:
        array = np.array([math.nan if v is None else v for v in values], dtype=np.float64)
    except OverflowError:  # a whole number past float64's range
        return None
    return array if np.isfinite(array[~np.isnan(array)]).all() else None


def _history_entries(values: list[Any], path: str) -> np.ndarray:
    """A measure's entries: numbers, or null (NaN) where an epoch has none."""
    array = _as_floats(values)
    if array is None:
        array = np.array([_history_entry(v, f"{path}[{i}]") for i, v in enumerate(values)])
    return array


def _layer_entries(values: list[Any], path: str, layers: int) -> np.ndarray:
    """A layer series' entries, of shape (epochs, layers): per epoch null, or one number or
    null per layer."""
    rows = [[None] * layers if row is None else row for row in values]
    if set(map(type, rows)) <= {list} and set(map(len, rows)) <= {layers}:
        array = _as_floats([v for row in rows for v in row])
        if array is not None:
            return array.reshape(len(rows), layers)
    return np.array([_layer_entry(v, f"{path}[{i}]", layers) for i, v in enumerate(values)],
                    dtype=np.float64).reshape(len(values), layers)


def _history_epochs(values: list[Any], path: str, last_epoch: int) -> list[int]:
    """The history's epoch numbers: whole numbers, increasing, none after state.epoch."""
    epochs = [_integer(v, f"{path}[{i}]", minimum=0, maximum=last_epoch)
              for i, v in enumerate(values)]
    steps = np.flatnonzero(np.diff(epochs) <= 0).tolist() if len(epochs) > 1 else []
    if steps:
        i = steps[0] + 1
        _fail(f"{path}[{i}]", QT_TRANSLATE_NOOP(
            "ModelFile", "{0} is {1}, not after {2}; the epochs must increase"),
            epochs[i], epochs[i - 1])
    return epochs


def _layer_entry(value: Any, path: str, layers: int) -> list[float]:
    """One epoch's per-layer values: null (not recorded) or one number or null per layer."""
    if value is None:
        return [math.nan] * layers
    items = _array(value, path)
    if len(items) != layers:
        _fail(path, QT_TRANSLATE_NOOP(
            "ModelFile", "{0} has {1} entries but the network has {2} layers"), len(items), layers)
    return [_history_entry(item, f"{path}[{i}]") for i, item in enumerate(items)]


def _history_entry(value: Any, path: str) -> float:
    if value is None:
        return math.nan
    if isinstance(value, _Literal):
        _fail(path, QT_TRANSLATE_NOOP(
            "ModelFile", "{0} is {1}; write null for an epoch without a value"), value.text)
    return _number(value, path)


# ---------------------------------------------------------------- JSON value checks


class _Literal:
    """A NaN/Infinity literal met while parsing, reported with its path once it is reached."""

    def __init__(self, text: str) -> None:
        self.text = text


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise text_error(ModelFileError, QT_TRANSLATE_NOOP(
                "Errors", "the key {0} appears twice in one object"), shown(key))
        obj[key] = value
    return obj


def _fail(path: str, template: str, *args: object) -> NoReturn:
    """Refuse the file: `template` (marked in "ModelFile") names the JSON `path` as {0}, or
    "the file" for its top level; the path itself is never translated."""
    where = path or Text("ModelFile", QT_TRANSLATE_NOOP("ModelFile", "the file"))
    raise ModelFileError(Text("ModelFile", template, (where, *args)))


def _too_large(size: int) -> NoReturn:
    raise text_error(ModelFileError, QT_TRANSLATE_NOOP(
        "Errors", "the file is too large ({0} MB); a model file may have at most {1} MB"),
        f"{size / 2**20:.1f}", MAX_FILE_BYTES // 2**20)


def _kind(value: Any) -> str | Text:
    """`value` as an error message shows it: an object or array by its kind, translatable."""
    if isinstance(value, _Literal):
        return value.text
    if isinstance(value, dict):
        return Text("ModelFile", QT_TRANSLATE_NOOP("ModelFile", "an object"))
    if isinstance(value, list):
        return Text("ModelFile", QT_TRANSLATE_NOOP("ModelFile", "an array"))
    return shown(value, repr if isinstance(value, float) else _json_text)


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _object(
    value: Any, path: str, required: tuple[str, ...] = (), optional: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """`value` as an object with all `required` keys and no keys but those and `optional`
    (any keys when `optional` is None and nothing is required)."""
    if not isinstance(value, dict):
        _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} must be an object, not {1}"), _kind(value))
    if optional is not None or required:
        known = required + (optional or ())
        for key in value:
            if key not in known:
                _fail(path, QT_TRANSLATE_NOOP(
                    "ModelFile", "{0} has an unknown key {1}; known: {2}"),
                    shown(key), ", ".join(known))
    for key in required:
        if key not in value:
            missing = QT_TRANSLATE_NOOP("ModelFile", "{0} is missing")
            _fail(f"{path}.{key}" if path else key, missing)
    return value


def _array(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} must be an array, not {1}"), _kind(value))
    return value


def _string(value: Any, path: str, *, checked_later: bool = False) -> str:
    """`value` as a string of text; `checked_later`: a setting, whose rule will refuse what is
    not text (a name it does not know, or what is no file name) in its own words."""
    if not isinstance(value, str):
        _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} must be a string, not {1}"), _kind(value))
    if checked_later:
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:  # an escaped half of a UTF-16 pair, e.g. "\\ud800"
        _fail(path, QT_TRANSLATE_NOOP(
            "ModelFile", "{0} holds a lone surrogate at character {1}, which is not text"),
            error.start + 1)
    return value


def _integer(
    value: Any, path: str, minimum: int | None = None, maximum: int | None = None
) -> int:
    if not _is_int(value):
        _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} must be a whole number, not {1}"),
              _kind(value))
    if minimum is not None and value < minimum:
        _fail(path, QT_TRANSLATE_NOOP(
            "ModelFile", "{0} must be a whole number of at least {1}, not {2}"),
            minimum, _kind(value))
    if maximum is not None and value > maximum:
        _fail(path, QT_TRANSLATE_NOOP(
            "ModelFile", "{0} must be a whole number of at most {1}, not {2}"),
            f"{maximum:,}", _kind(value))
    return value


def _number(value: Any, path: str) -> float:
    if isinstance(value, _Literal):
        _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} is {1}; only finite numbers are allowed"),
              value.text)
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        _fail(path, QT_TRANSLATE_NOOP("ModelFile", "{0} must be a number, not {1}"), _kind(value))
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        _fail(path, QT_TRANSLATE_NOOP(
            "ModelFile", "{0} is not a finite number ({1}); only finite numbers are allowed"),
            _kind(value))
    return number
