"""The headless command line: train, predict, gradcheck, and one clear line for every bad input."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from playground.cli import input_columns, main
from playground.engine.modelfile import HISTORY_KEYS, load_model
from playground.engine.network import Network
from playground.resources import resource_path

EXAMPLES = ["xor", "circle", "spiral-multiclass", "regression-plane", "textbook-one-neuron"]
REPO = Path(__file__).resolve().parents[1]


def example(name: str) -> Path:
    return resource_path(f"examples/{name}.json")


def edited(tmp_path: Path, name: str, change) -> Path:
    """A copy of an example with `change(obj)` applied to its JSON."""
    obj = json.loads(example(name).read_text(encoding="utf-8"))
    change(obj)
    path = tmp_path / f"edited-{name}.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


def train(tmp_path: Path, name: str, epochs: int = 3, *extra: str) -> Path:
    out = tmp_path / f"{name}.model.json"
    args = ["train", str(example(name)), "--epochs", str(epochs), "--out", str(out), "--quiet"]
    assert main([*args, *extra]) == 0
    return out


def write_csv(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- train


@pytest.mark.parametrize("name", EXAMPLES)
def test_train_each_example_writes_a_model_with_finite_loss(tmp_path, capsys, name):
    path = train(tmp_path, name)
    model = load_model(path)
    assert model.weights is not None
    assert set(json.loads(path.read_text())["state"]["history"]) == set(HISTORY_KEYS)
    assert model.epoch == 3 and len(model.history) == 4
    assert list(model.history.epochs) == [0, 1, 2, 3]  # epoch 0: the loss before training
    assert all(math.isfinite(v) for v in model.history.column("train_loss"))
    out, err = capsys.readouterr()
    assert out.startswith("train loss ") and "test" in out
    assert err == ""  # --quiet


def test_train_writes_every_epochs_gradient_statistics(tmp_path):
    path = train(tmp_path, "circle", 4)
    lists = json.loads(path.read_text())["state"]["history"]
    layers = len(load_model(path).spec.layers)
    assert len(lists["grad_mean_abs"]) == 5  # epoch 0 and the four trained
    assert all(len(entry) == layers and all(v > 0 for v in entry)
               for entry in lists["grad_mean_abs"])
    assert lists["update_ratio"][0] is None  # nothing moved before training
    assert all(len(entry) == layers for entry in lists["update_ratio"][1:])


def test_training_on_from_a_saved_model_keeps_its_gradient_statistics(tmp_path):
    first = train(tmp_path, "xor", 2)
    out = tmp_path / "more.json"
    assert main(["train", str(first), "--epochs", "2", "--out", str(out), "--quiet"]) == 0
    series = load_model(out).history.layer_series("grad_mean_abs")
    assert series.shape[0] == 5 and np.isfinite(series).all()


def test_regression_summary_has_r2_and_rmse(tmp_path, capsys):
    train(tmp_path, "regression-plane")
    out = capsys.readouterr().out
    assert "R²" in out and "RMSE" in out


def test_progress_is_at_most_ten_lines_on_stderr(tmp_path, capsys):
    out = tmp_path / "xor.model.json"
    assert main(["train", str(example("xor")), "--epochs", "40", "--out", str(out)]) == 0
    progress = [line for line in capsys.readouterr().err.splitlines() if line.startswith("epoch")]
    assert 1 <= len(progress) <= 10
    assert progress[-1].startswith("epoch 40/40  train loss ")


def test_seed_option_sets_the_initial_weights(tmp_path):
    def weights(seed: str, folder: str) -> list[np.ndarray]:
        (tmp_path / folder).mkdir()
        model = load_model(train(tmp_path / folder, "xor", 1, "--seed", seed))
        return [layer["W"] for layer in model.weights]

    first, again, other = weights("5", "a"), weights("5", "b"), weights("6", "c")
    np.testing.assert_array_equal(first[0], again[0])
    assert not np.array_equal(first[0], other[0])


def test_textbook_one_neuron_matches_a_hand_calculation(tmp_path):
    """One sigmoid neuron, SSE loss ½(a − y)², SGD with batch size 1 in the data's order:
    each sample is one update w ← w − α·δ·x, b ← b − α·δ with δ = (a − y)·a·(1 − a)."""
    model = load_model(train(tmp_path, "textbook-one-neuron", 2))
    points = [(0.0, 0.0, 0.0), (0.0, 1.0, 0.0), (1.0, 0.0, 0.0), (1.0, 1.0, 1.0)]
    w1, w2, b, rate = 0.5, -0.3, 0.1, 0.5

    def neuron(x1: float, x2: float) -> float:
        return 1.0 / (1.0 + math.exp(-(x1 * w1 + x2 * w2 + b)))

    losses = []
    for _ in range(2):
        for x1, x2, y in points:
            a = neuron(x1, x2)
            delta = (a - y) * a * (1.0 - a)
            w1, w2, b = w1 - rate * delta * x1, w2 - rate * delta * x2, b - rate * delta
        losses.append(sum(0.5 * (neuron(x1, x2) - y) ** 2 for x1, x2, y in points))

    layer = model.weights[0]
    assert abs(layer["W"][0, 0] - w1) < 1e-15
    assert abs(layer["W"][1, 0] - w2) < 1e-15
    assert abs(layer["b"][0] - b) < 1e-15
    train_loss = model.history.column("train_loss")[1:]  # after epoch 0, before training
    assert len(train_loss) == 2 and all(abs(got - want) < 1e-15
                                        for got, want in zip(train_loss, losses))
    assert all(math.isnan(v) for v in model.history.column("test_loss"))  # no test set
    assert w1 != 0.5 and b != 0.1  # the hand calculation did move the weights


def test_training_a_trained_model_continues_its_epochs(tmp_path):
    first = train(tmp_path, "xor", 2)
    out = tmp_path / "more.json"
    assert main(["train", str(first), "--epochs", "3", "--out", str(out), "--quiet"]) == 0
    model = load_model(out)
    assert model.epoch == 5 and list(model.history.epochs) == [0, 1, 2, 3, 4, 5]


def test_divergence_keeps_the_last_finite_weights_and_exits_1(tmp_path, capsys):
    config = edited(tmp_path, "regression-plane",
                    lambda obj: obj["training"].update(learning_rate=1e6))
    out = tmp_path / "diverged.json"
    assert main(["train", str(config), "--epochs", "20", "--out", str(out)]) == 1
    assert "diverged" in capsys.readouterr().err
    model = load_model(out)
    assert model.epoch < 20 and all(np.isfinite(model.weights[0]["W"]).ravel())


def test_csv_data_is_found_next_to_the_config_and_saved_relative_to_the_model(tmp_path):
    data_dir, out_dir = tmp_path / "data", tmp_path / "out"
    data_dir.mkdir()
    out_dir.mkdir()
    write_csv(data_dir, "a,b,label\n0,1,1\n1,0,1\n0,0,0\n1,1,0\n", "points.csv")
    config = edited(data_dir, "xor", lambda obj: obj.update(
        data={"kind": "csv", "csv_path": "points.csv", "train_ratio": 1},
        network={**obj["network"], "features": ["a", "b"]}))
    config = config.rename(data_dir / "config.json")
    out = out_dir / "model.json"
    assert main(["train", str(config), "--epochs", "2", "--out", str(out), "--quiet"]) == 0
    model = load_model(out)
    assert Path(model.data.csv_path) == Path("..", "data", "points.csv")
    assert model.data.task == "binary"


# ---------------------------------------------------------------- predict


def test_input_columns_follow_the_features():
    assert input_columns(["x1", "x2"]) == ["x1", "x2"]
    assert input_columns(["x2", "x1"]) == ["x1", "x2"]
    assert input_columns(["x1_squared", "sin_x2"]) == ["x1", "x2"]
    assert input_columns(["height", "x1"]) == ["x1", "height"]


def predicted_rows(text: str) -> list[list[float]]:
    return [[float(cell) for cell in line.split(",")] for line in text.splitlines()[1:]]


def test_predict_with_a_target_prints_predictions_and_scores(tmp_path, capsys):
    model_path = train(tmp_path, "xor", 20)
    capsys.readouterr()
    data = write_csv(tmp_path, "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n")
    assert main(["predict", str(model_path), str(data)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "output,class"
    model = load_model(model_path)
    expected = Network(model.spec, model.weights).predict(np.array(
        [[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float))
    rows = predicted_rows(out)
    np.testing.assert_array_equal([row[0] for row in rows], expected[:, 0])
    assert [row[1] for row in rows] == [float(v >= 0.5) for v in expected[:, 0]]
    assert err.startswith("against the target column: loss ") and "accuracy" in err


def test_predict_without_target_or_header_and_by_column_name(tmp_path, capsys):
    model_path = train(tmp_path, "xor", 5)
    plain = write_csv(tmp_path, "0,1\n1,1\n", "plain.csv")
    swapped = write_csv(tmp_path, "x2,x1\n1,0\n1,1\n", "swapped.csv")
    capsys.readouterr()
    assert main(["predict", str(model_path), str(plain)]) == 0
    first, err = capsys.readouterr()
    assert err == ""
    assert main(["predict", str(model_path), str(swapped)]) == 0
    assert capsys.readouterr().out == first
    assert len(predicted_rows(first)) == 2


def test_predict_multiclass_to_a_file(tmp_path, capsys):
    model_path = train(tmp_path, "spiral-multiclass", 1)
    data = write_csv(tmp_path, "1.5,2,0\n-3,1,2\n0,-2,1\n")
    out = tmp_path / "pred.csv"
    capsys.readouterr()
    assert main(["predict", str(model_path), str(data), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("against the target column: loss ")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "output_0,output_1,output_2,class"
    probabilities = np.array(predicted_rows("\n".join(lines)))[:, :3]
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0)


def test_predict_regression_reports_rmse(tmp_path, capsys):
    model_path = train(tmp_path, "regression-plane", 3)
    data = write_csv(tmp_path, "x1,x2,y\n6,6,1\n-6,0,-0.5\n")
    capsys.readouterr()
    assert main(["predict", str(model_path), str(data)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "prediction"
    assert "R²" in err and "RMSE" in err


# ---------------------------------------------------------------- gradcheck


@pytest.mark.parametrize("name", EXAMPLES)
def test_gradcheck_passes_on_every_example(capsys, name):
    assert main(["gradcheck", str(example(name)), "--samples", "8"]) == 0
    out = capsys.readouterr().out
    assert "MISMATCH" not in out and "layer 1 W" in out and " ok" in out


def test_gradcheck_says_when_a_step_layer_cannot_be_trained(tmp_path, capsys):
    config = edited(tmp_path, "xor", lambda obj: obj["network"]["layers"][0].update(
        activation="step"))
    assert main(["gradcheck", str(config)]) == 0
    out = capsys.readouterr().out
    assert "not trainable (step)" in out and "zero by definition" in out


# ---------------------------------------------------------------- export


@pytest.mark.parametrize("name", ["xor", "spiral-multiclass", "regression-plane"])
def test_export_onnx_round_trip_gives_the_predict_commands_numbers(tmp_path, capsys, name):
    import onnxruntime

    model_path = train(tmp_path, name, 5)
    out = tmp_path / "model.onnx"
    capsys.readouterr()
    assert main(["export", str(model_path), "--format", "onnx", "--out", str(out)]) == 0
    assert f"wrote {out}: input x = the columns x1, x2" in capsys.readouterr().out
    raw = np.random.default_rng(0).uniform(-5, 5, (60, 2))
    csv_path = write_csv(tmp_path, "x1,x2\n" + "".join(f"{a!r},{b!r}\n" for a, b in raw.tolist()))
    assert main(["predict", str(model_path), str(csv_path)]) == 0
    expected = np.array(predicted_rows(capsys.readouterr().out))
    session = onnxruntime.InferenceSession(out.read_bytes(), providers=["CPUExecutionProvider"])
    got = session.run(None, {"x": raw})[0]
    outputs = load_model(model_path).spec.n_outputs
    np.testing.assert_allclose(got, expected[:, :outputs], rtol=0, atol=1e-6)


def test_export_without_onnx_says_what_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)  # as if it were not installed
    out = tmp_path / "m.onnx"
    assert main(["export", str(example("textbook-one-neuron")), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("playground-cli: error: exporting to ONNX needs the onnx package")
    assert "pip install onnx" in err and err.count("\n") == 1
    assert not out.exists()


# ---------------------------------------------------------------- errors


def _two_outputs(obj: dict) -> None:
    obj["network"]["layers"][-1]["units"] = 2


ERRORS = {
    "missing config": lambda t: ["train", str(t / "nowhere.json"), "--out", str(t / "m.json")],
    "bad JSON": lambda t: ["train", str(write_csv(t, '{"format": ', "bad.json")),
                           "--out", str(t / "m.json")],
    "mismatched outputs": lambda t: ["train", str(edited(t, "xor", _two_outputs)),
                                     "--out", str(t / "m.json")],
    "unknown feature": lambda t: ["gradcheck", str(edited(
        t, "circle", lambda obj: obj["network"].update(features=["x1", "height"])))],
    "no epochs": lambda t: ["train", str(edited(
        t, "xor", lambda obj: obj["training"].pop("max_epochs"))), "--out", str(t / "m.json")],
    "predict without weights": lambda t: ["predict", str(example("xor")),
                                          str(write_csv(t, "0,1\n"))],
    "CSV with the wrong column count": lambda t: ["predict", str(example("textbook-one-neuron")),
                                                  str(write_csv(t, "1,2,3,4\n"))],
    "CSV with a bad class": lambda t: ["predict", str(example("textbook-one-neuron")),
                                       str(write_csv(t, "1,2,3\n"))],
    "missing CSV": lambda t: ["predict", str(example("textbook-one-neuron")), str(t / "no.csv")],
    "unwritable train --out": lambda t: ["train", str(example("textbook-one-neuron")),
                                         "--out", str(t / "missing" / "m.json")],
    "unwritable predict --out": lambda t: ["predict", str(example("textbook-one-neuron")),
                                           str(write_csv(t, "0,1\n")),
                                           "--out", str(t / "missing" / "p.csv")],
    "export without weights": lambda t: ["export", str(example("xor")), "--format", "onnx",
                                         "--out", str(t / "m.json")],
    "unwritable export --out": lambda t: ["export", str(example("textbook-one-neuron")),
                                          "--out", str(t / "missing" / "m.onnx")],
}


@pytest.mark.parametrize("case", ERRORS)
def test_every_bad_input_is_one_line_and_exit_2(tmp_path, capsys, case):
    assert main(ERRORS[case](tmp_path)) == 2
    out, err = capsys.readouterr()
    assert err.startswith("playground-cli: error: ") and err.endswith("\n")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "m.json").exists()


def test_help_texts_and_usage_errors(capsys):
    for command in ("train", "predict", "gradcheck", "export"):
        with pytest.raises(SystemExit) as exit_info:
            main([command, "--help"])
        assert exit_info.value.code == 0
        assert "usage: playground-cli " + command in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        main(["train", str(example("xor")), "--epochs", "0", "--out", "m.json"])
    assert exit_info.value.code == 2


# ---------------------------------------------------------------- the real entry point


def test_module_entry_point_trains_end_to_end(tmp_path):
    out = tmp_path / "xor.model.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(
        [sys.executable, "-m", "playground.cli", "train", str(example("xor")),
         "--epochs", "5", "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("train loss ")
    assert "epoch 5/5" in done.stderr
    assert load_model(out).epoch == 5


def test_trace_json_is_the_engines_trace(capsys):
    from playground.engine.network import Network
    from playground.engine.trace import trace, trace_to_json

    path = example("backprop-2-2-1")
    assert main(["trace", str(path), "--sample", "0", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    model = load_model(path)
    expected = trace_to_json(trace(Network(model.spec, model.weights), [1, 1], [0]))
    assert printed == expected
    assert set(printed) == {"loss", "output", "input_gradient", "layers"}
    assert set(printed["layers"][0]) == {"z", "a", "local_gradient", "grad_a", "grad_z",
                                         "grad_W", "grad_b"}
    assert printed["loss"] == pytest.approx(0.5369, abs=5e-5)
    assert [row[0] for row in printed["layers"][1]["grad_W"]] == pytest.approx([0.2727, 0.2797],
                                                                       abs=5e-5)
    assert printed["layers"][0]["grad_W"][0][1] == pytest.approx(0.01032, abs=5e-6)  # x₁→h₂


def test_trace_wrt_output_reproduces_the_computational_graph(capsys):
    assert main(["trace", str(example("computational-graph")), "--wrt-output", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["loss"] is None and printed["output"] == [-12.0]
    assert printed["input_gradient"] == [-4.0, -4.0]  # ∂f/∂x, ∂f/∂y
    assert printed["layers"][1]["grad_W"] == [[3.0]]  # ∂f/∂z


def test_trace_prints_a_table_and_names_a_sample_out_of_range(capsys):
    path = str(example("backprop-2-2-1"))
    assert main(["trace", path]) == 0
    out = capsys.readouterr().out
    assert "f'(z)" in out and "dL/dz" in out and "loss        0.536884" in out
    assert main(["trace", path, "--sample", "1"]) == 2
    assert "--sample 1 is past the last of the 1 training samples" in capsys.readouterr().err
