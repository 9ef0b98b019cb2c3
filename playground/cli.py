"""playground-cli: train, predict, gradient-check and export networks without a window.

Every problem with an argument or a file ends the program with one line on stderr,
"playground-cli: error: …", and exit status 2; nothing is written in that case.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .engine.activations import ACTIVATIONS
from .engine.csvfile import load_csv
from .engine.dataset import Dataset
from .engine.datasets import make_dataset
from .engine.errors import DataError, PlaygroundError
from .engine.features import apply_features, input_columns
from .engine.fit_check import check_fits
from .engine.generators import DATASETS
from .engine.gradcheck import gradient_check
from .engine.losses import LOSSES
from .engine.metrics import metric, predicted_classes, rmse
from .engine.modelfile import ModelFile, load_model, save_model
from .engine.network import Network
from .engine.onnx_export import save_onnx
from .engine.spec import DataSettings, NetworkSpec, TrainSettings
from .engine.trace import trace, trace_to_json
from .engine.trainer import EpochResult, StopReason, Trainer, validate_settings
from .files import write_text_atomic

PROG = "playground-cli"
GRADCHECK_TOLERANCE = 1e-5
PROGRESS_LINES = 10  # at most this many progress lines per run; the last epoch is one
EXIT_OK, EXIT_FAILED, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


class CliError(PlaygroundError):
    """A bad command-line argument or input file, shown as the one-line error."""


# ---------------------------------------------------------------- shared steps


def _load(path: Path) -> ModelFile:
    if not path.is_file():
        raise CliError(f"{path}: no such file" if not path.exists() else f"{path} is not a file")
    try:
        return load_model(path)
    except PlaygroundError as error:
        raise CliError(f"{path}: {error}") from None


def _load_trained(path: Path, purpose: str) -> ModelFile:
    """The model file at `path`, which must hold weights (it cannot `purpose` otherwise)."""
    model = _load(path)
    if model.weights is None:
        raise CliError(
            f"{path} holds no weights, so it cannot {purpose}; train it first "
            f"({PROG} train {path} --out MODEL.json)"
        )
    return model


def _with_csv_folder(data: DataSettings, folder: Path) -> DataSettings:
    """A relative CSV path in a file is relative to that file's folder."""
    if data.kind != "csv" or data.csv_path is None or Path(data.csv_path).is_absolute():
        return data
    return data.with_(csv_path=str(folder / data.csv_path))


def _csv_relative_to(data: DataSettings, folder: Path) -> DataSettings:
    """`data` (with a resolved CSV path) as written into a file in `folder`."""
    if data.kind != "csv" or data.csv_path is None:
        return data
    try:
        return data.with_(csv_path=os.path.relpath(data.csv_path, folder))
    except ValueError:  # another drive on Windows: no relative path exists
        return data


def _prepare(model: ModelFile, config: Path) -> tuple[DataSettings, Dataset]:
    """The data a configuration names, checked against its network."""
    data = _with_csv_folder(model.data or DataSettings(), config.parent)
    dataset = make_dataset(data)
    try:
        check_fits(model.spec, dataset, data.kind)
    except DataError as error:
        raise CliError(f"{config}: {error}") from None
    return data, dataset


def _step_notes(spec: NetworkSpec) -> list[str]:
    return [
        f"note: layer {index} uses the step activation, which is not trainable: its gradient "
        "is zero by definition, so it and the layers before it never change"
        for index, layer in enumerate(spec.layers, start=1)
        if not ACTIVATIONS[layer.activation].trainable
    ]


def _metric_label(task: str) -> str:
    return "R²" if task == "regression" else "accuracy"


def _metric_text(task: str, value: float) -> str:
    if math.isnan(value):
        return "-"
    return f"{value:.4g}" if task == "regression" else f"{100 * value:.1f}%"


def _score_text(task: str, loss: float, output: np.ndarray, y: np.ndarray) -> str:
    """"loss …  accuracy …%" or "loss …  R² …  RMSE …" for one set."""
    shown = _metric_text(task, metric(task, output, y))
    text = f"loss {loss:.6g}  {_metric_label(task)} {shown}"
    if task == "regression":
        text += f"  RMSE {rmse(output, y):.6g}"
    return text


def _score(network: Network, task: str, x: np.ndarray, y: np.ndarray) -> str:
    forward = network.forward(x)
    return _score_text(task, network.loss_value(forward, y), forward.output, y)


def _check_folder(path: Path) -> None:
    """Fail before any work when `path` cannot be written for want of its folder."""
    if not path.parent.is_dir():
        raise CliError(f"cannot write {path}: the folder {path.parent} does not exist")


def _write(path: Path, write: Callable[[], None]) -> None:
    try:
        write()
    except OSError as error:
        raise CliError(f"cannot write {path}: {error.strerror or error}") from None


def _err(text: str) -> None:
    print(text, file=sys.stderr)


# ---------------------------------------------------------------- train


def _progress_line(result: EpochResult, done: int, epochs: int, task: str) -> str:
    """One progress line: `done` of this run's `epochs`."""
    width = len(str(epochs))
    test = "" if math.isnan(result.test_loss) else f"  test loss {result.test_loss:.5g}"
    return (
        f"epoch {done:>{width}}/{epochs}  train loss {result.train_loss:.5g}{test}  "
        f"{_metric_label(task)} {_metric_text(task, result.train_metric)}"
        + ("" if math.isnan(result.test_metric) else f" / {_metric_text(task, result.test_metric)}")
    )


def _train(args: argparse.Namespace) -> int:
    config, out = Path(args.config), Path(args.out)
    _check_folder(out)
    model = _load(config)
    settings = model.training or TrainSettings()
    if args.seed is not None:
        settings = settings.with_(seed=args.seed)
    validate_settings(settings)
    epochs = args.epochs if args.epochs is not None else settings.max_epochs
    if epochs is None:
        raise CliError(f"{config} sets no training.max_epochs; give the epochs with --epochs N")
    data, dataset = _prepare(model, config)
    network = Network(model.spec, model.weights, seed=settings.seed)
    x_train, x_test = dataset.features(model.spec.features)
    trainer = Trainer(
        network, x_train, dataset.y_train, x_test, dataset.y_test, dataset.task,
        settings.with_(max_epochs=None),  # this run's length is `epochs`
        layer_stats=True,  # the file's history keeps every epoch's gradient statistics
    )
    trainer.epoch = model.epoch  # a trained model's epochs go on
    if not args.quiet:
        for note in _step_notes(model.spec):
            _err(note)
    history = model.history.copy()
    if trainer.epoch == 0:  # the loss before training starts the history, as in the app
        history.append(trainer.evaluate())
    every = math.ceil(epochs / PROGRESS_LINES)
    diverged = False
    for done in range(1, epochs + 1):
        result = trainer.step()
        if result.stop_reason is StopReason.DIVERGED:
            diverged = True
            _err(result.message)
            break
        history.append(result)
        if not args.quiet and (done % every == 0 or done == epochs):
            _err(_progress_line(result, done, epochs, dataset.task))
        if result.stop_reason is StopReason.STOP_AT_LOSS:
            if not args.quiet:
                _err(result.message)
            break
    print(f"train {_score(network, dataset.task, x_train, dataset.y_train)}")
    if len(x_test):
        print(f"test  {_score(network, dataset.task, x_test, dataset.y_test)}")
    else:
        print("test  (no test set: data.train_ratio is 1)")
    saved = ModelFile(
        spec=model.spec,
        weights=network.params,
        training=settings,
        data=_csv_relative_to(data, out.parent).with_(task=dataset.task),
        epoch=trainer.epoch,
        history=history,
    )
    _write(out, lambda: save_model(out, saved))
    if not args.quiet:
        _err(f"wrote {out} (epoch {saved.epoch})")
    return EXIT_FAILED if diverged else EXIT_OK


# ---------------------------------------------------------------- predict


def _task_of(model: ModelFile) -> str:
    data, spec = model.data, model.spec
    if data is not None and data.task is not None:
        return data.task
    if data is not None and data.kind in DATASETS:
        return DATASETS[data.kind].task
    if spec.n_outputs > 1:
        return "multiclass"
    classifies = LOSSES[spec.loss].task == "classification"
    return "binary" if classifies or spec.output.activation in ("sigmoid", "step") else "regression"


def _read_inputs(path: Path, inputs: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
    """The input columns (n, len(inputs)) and the target column if the file has one."""
    raw, target, raw_names, target_name = load_csv(path)
    table = np.column_stack([raw, target])
    names = [*raw_names, target_name]
    n, k = len(names), len(inputs)
    wanted = f"{k} input column{'s' if k > 1 else ''} ({', '.join(inputs)})"
    if n not in (k, k + 1):
        raise DataError(
            f"{path} has {n} columns, but this model reads {wanted}, optionally followed by "
            "a target column"
        )
    headerless = names == [f"x{i}" for i in range(1, n)] + ["y"]
    if set(names[:k]) == set(inputs):
        order = [names.index(name) for name in inputs]
    elif headerless:
        order = list(range(k))
    else:
        raise DataError(
            f"{path} has the columns {', '.join(names)}, but this model reads {wanted}, "
            "optionally followed by a target column"
        )
    return table[:, order], (table[:, k] if n == k + 1 else None)


def _encode_target(values: np.ndarray, task: str, n_outputs: int) -> np.ndarray:
    if task == "regression":
        return values[:, None]
    classes = n_outputs if task == "multiclass" else 2
    bad = (values != np.round(values)) | (values < 0) | (values >= classes)
    if bad.any():
        raise DataError(
            f"the target column must hold the class numbers 0 to {classes - 1}; "
            f"found {values[bad][0]:g}"
        )
    labels = values.astype(np.int64)
    return np.eye(n_outputs)[labels] if task == "multiclass" else labels[:, None].astype(float)


def _predictions_csv(output: np.ndarray, task: str) -> str:
    if output.shape[1] == 1:
        header = ["prediction" if task == "regression" else "output"]
    else:
        header = [f"output_{j}" for j in range(output.shape[1])]
    rows = [[repr(value) for value in row] for row in output.tolist()]
    if task != "regression":
        header.append("class")
        for row, label in zip(rows, predicted_classes(output).tolist()):
            row.append(str(label))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _predict(args: argparse.Namespace) -> int:
    model_path, out = Path(args.model), (None if args.out is None else Path(args.out))
    if out is not None:
        _check_folder(out)
    model = _load_trained(model_path, "predict")
    network = Network(model.spec, model.weights)
    task = _task_of(model)
    inputs = input_columns(model.spec.features)
    raw, target = _read_inputs(Path(args.data), inputs)
    x = apply_features(raw, inputs, model.spec.features)
    output = network.predict(x)
    summary = None
    if target is not None:
        y = _encode_target(target, task, model.spec.n_outputs)
        summary = f"against the target column: {_score(network, task, x, y)}"
    text = _predictions_csv(output, task)
    if out is None:
        sys.stdout.write(text)
        if summary:
            _err(summary)  # stdout holds the CSV only
        return EXIT_OK
    _write(out, lambda: write_text_atomic(out, text))
    if summary:
        print(summary)
    return EXIT_OK


# ---------------------------------------------------------------- export


def _export(args: argparse.Namespace) -> int:
    model_path, out = Path(args.model), Path(args.out)
    _check_folder(out)
    model = _load_trained(model_path, "be exported")
    _write(out, lambda: save_onnx(out, model.spec, model.weights))
    print(f"wrote {out}: input x = the columns {', '.join(input_columns(model.spec.features))}")
    return EXIT_OK


# ---------------------------------------------------------------- gradcheck


def _network_on_data(config_path: str) -> tuple[ModelFile, Network, np.ndarray, Dataset]:
    """A configuration's model, its network (fresh weights from the training seed if it has
    none), the training inputs and the data set."""
    config = Path(config_path)
    model = _load(config)
    settings = model.training or TrainSettings()
    _, dataset = _prepare(model, config)
    network = Network(model.spec, model.weights, seed=settings.seed)
    x_train, _ = dataset.features(model.spec.features)
    return model, network, x_train, dataset


def _gradcheck(args: argparse.Namespace) -> int:
    model, network, x_train, dataset = _network_on_data(args.config)
    settings = model.training or TrainSettings()
    n = min(args.samples, len(x_train))
    errors = gradient_check(network, x_train[:n], dataset.y_train[:n], settings)
    frozen = _frozen_groups(network)
    width = max(len("group"), *map(len, errors))
    print(f"gradient check on {n} training samples (tolerance {GRADCHECK_TOLERANCE:g})")
    print(f"{'group':<{width}}  max relative error  result")
    failed = 0
    for group, error in errors.items():
        ok = error <= GRADCHECK_TOLERANCE
        result = "ok" if ok else "MISMATCH"
        if group in frozen:
            result = "not trainable (step)"
        else:
            failed += not ok
        print(f"{group:<{width}}  {error:<18.3e}  {result}")
    for note in _step_notes(model.spec):
        print(note)
    checked = len(errors) - len(frozen)
    if failed:
        print(f"{failed} of {checked} groups MISMATCH")
        return EXIT_FAILED
    print(f"all {checked} trainable groups agree")
    return EXIT_OK


def _frozen_groups(network: Network) -> set[str]:
    """Gradient-check groups at or before the last step layer: their gradient is zero by
    definition, and where a z sits on the step the numerical one is not, so they prove nothing."""
    steps = [i for i, layer in enumerate(network.spec.layers, start=1)
             if not ACTIVATIONS[layer.activation].trainable]
    last = max(steps, default=0)
    return {f"layer {i} {name}" for i in range(1, last + 1) for name in network.params[i - 1]}


# ---------------------------------------------------------------- trace


TRACE_COLUMNS = ("z", "a", "local_gradient", "grad_a", "grad_z", "grad_b")
TRACE_HEADINGS = {"z": "z", "a": "a", "local_gradient": "f'(z)", "grad_a": "dL/da",
                  "grad_z": "dL/dz", "grad_b": "dL/db"}


def _trace(args: argparse.Namespace) -> int:
    model, network, x_train, dataset = _network_on_data(args.config)
    if args.sample >= len(x_train):
        raise CliError(f"--sample {args.sample} is past the last of the {len(x_train)} "
                       f"training samples (they are counted from 0)")
    x = x_train[args.sample]
    if args.wrt_output:
        result = trace(network, x, output_gradient=np.ones(model.spec.n_outputs))
    else:
        result = trace(network, x, dataset.y_train[args.sample])
    if args.json:
        print(json.dumps(trace_to_json(result), allow_nan=False))
        return EXIT_OK
    what = "the output itself (dŷ/dŷ = 1)" if args.wrt_output else f"the loss ({model.spec.loss})"
    print(f"trace of training sample {args.sample}: x = {_numbers(result.x)}, "
          f"target {_numbers(result.y) if result.y is not None else '-'}; gradients of {what}")
    for index, layer in enumerate(result.layers):
        spec = model.spec.layers[index]
        print(f"layer {index + 1} ({spec.units} {spec.activation})")
        for key in TRACE_COLUMNS:
            print(f"  {TRACE_HEADINGS[key]:<9} {_numbers(getattr(layer, key))}")
        for i, row in enumerate(layer.grad_W):
            print(f"  {f'dL/dW[{i}]':<9} {_numbers(row)}")
        for name, value in layer.grad_learned.items():
            print(f"  {f'dL/d{name}':<9} {value:.6g}")
    print(f"{'output':<11} {_numbers(result.output)}")
    print(f"{'dL/dx':<11} {_numbers(result.input_gradient)}")
    print(f"{'loss':<11} {'-' if args.wrt_output else f'{result.loss:.6g}'}")
    return EXIT_OK


def _numbers(values: np.ndarray) -> str:
    return "[" + ", ".join(f"{float(v):.6g}" for v in np.ravel(values)) + "]"


# ---------------------------------------------------------------- command line


def _whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least `minimum`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
        return value

    return parse


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its five subcommands."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Train, use and check playground networks without opening the app.",
        epilog=(
            "A configuration is a playground model file (JSON) whose weights may be left out; "
            "see the examples folder in the playground's resources. Exit status: 0 done, "
            "1 training diverged or a gradient check failed, 2 a bad argument or file."
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    train = commands.add_parser(
        "train", help="train a network and save it as a model file",
        description=(
            "Train the network a configuration describes on the data its \"data\" section "
            "names (a relative CSV path is relative to the configuration's folder). Training "
            "starts from the file's weights if it has any, otherwise from fresh weights drawn "
            "with the training seed. Progress goes to stderr, the final scores to stdout."
        ),
    )
    train.add_argument("config", metavar="CONFIG.json", help="the configuration or model file")
    train.add_argument(
        "--epochs", type=_whole_number(1), metavar="N",
        help="epochs to train (default: training.max_epochs of the configuration)",
    )
    train.add_argument("--out", required=True, metavar="MODEL.json", help="where to save")
    train.add_argument(
        "--seed", type=_whole_number(0), metavar="S",
        help="seed for the initial weights and the minibatch order (overrides training.seed)",
    )
    train.add_argument("--quiet", action="store_true", help="print no progress")
    train.set_defaults(run=_train)

    predict = commands.add_parser(
        "predict", help="apply a trained model to the rows of a CSV file",
        description=(
            "Compute the model's outputs for every row of a CSV file. The file holds the raw "
            "input columns the model's features need (x1 and x2 for the features derived from "
            "them), optionally followed by a target column; then the loss and metric against "
            "it are printed too. A header row is optional: with one, columns are matched by "
            "name; without one, they are taken in order."
        ),
    )
    predict.add_argument("model", metavar="MODEL.json", help="a model file with weights")
    predict.add_argument("data", metavar="DATA.csv", help="the inputs, comma-separated")
    predict.add_argument(
        "--out", metavar="PRED.csv", help="write the predictions here instead of to stdout",
    )
    predict.set_defaults(run=_predict)

    check = commands.add_parser(
        "gradcheck", help="compare backpropagation with numerical gradients",
        description=(
            "Compare the gradients backpropagation computes with central differences, for "
            "every weight matrix and bias vector, on the first training samples. A group "
            f"passes when its largest relative error is at most {GRADCHECK_TOLERANCE:g}."
        ),
    )
    check.add_argument("config", metavar="CONFIG.json", help="the configuration or model file")
    check.add_argument(
        "--samples", type=_whole_number(1), default=32, metavar="N",
        help="training samples to use (default: 32)",
    )
    check.set_defaults(run=_gradcheck)

    traced = commands.add_parser(
        "trace", help="print one training sample's forward and backward pass",
        description=(
            "Print, layer by layer, what the network computes for one training sample: z, "
            "a = f(z), the local gradient f'(z), the upstream gradient dL/da, the downstream "
            "gradient dL/dz = f'(z)·dL/da, dL/dW (row i: from input i) and dL/db, then the "
            "output, dL/dx and the loss. Samples are counted from 0 in the training split."
        ),
    )
    traced.add_argument("config", metavar="CONFIG.json", help="the configuration or model file")
    traced.add_argument("--sample", type=_whole_number(0), default=0, metavar="N",
                        help="the training sample, counted from 0 (default: 0)")
    traced.add_argument("--json", action="store_true",
                        help="print one JSON object instead of the table")
    traced.add_argument("--wrt-output", action="store_true",
                        help="differentiate the output itself (dŷ/dŷ = 1) instead of the loss")
    traced.set_defaults(run=_trace)

    export = commands.add_parser(
        "export", help="export a trained model for other programs (ONNX)",
        description=(
            "Write a trained model as an ONNX model (needs the onnx package: pip install "
            "onnx). Its input x holds the raw input columns (x1 and x2 for the features "
            "derived from them, then any other feature column), the features are computed "
            "inside the graph, and its output is the network's: the probabilities for "
            "classification, the values for regression, in float64."
        ),
    )
    export.add_argument("model", metavar="MODEL.json", help="a model file with weights")
    export.add_argument("--format", choices=("onnx",), default="onnx",
                        help="the format to write (default: onnx)")
    export.add_argument("--out", required=True, metavar="MODEL.onnx", help="where to write")
    export.set_defaults(run=_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except PlaygroundError as error:
        message = str(error)
    except OSError as error:
        message = f"{error.filename or 'a file'}: {error.strerror or error}"
    except KeyboardInterrupt:
        _err(f"{PROG}: interrupted; nothing was written")
        return EXIT_INTERRUPTED
    _err(f"{PROG}: error: {' '.join(message.split())}")
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
