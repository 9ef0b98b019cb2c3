"""Inputs past the playground's stated limits are refused at the door, with one message that
names the limit: seeds and counts the controls cannot show, networks too large to build, file
names no system takes, files that are no regular files, and values too long to echo."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

from playground import cli
from playground.engine.csvfile import load_csv
from playground.engine.datasets import make_dataset
from playground.engine.errors import SHOWN_CHARS, DataError, ModelFileError, SpecError, shown
from playground.engine.modelfile import (
    MAX_EPOCH,
    ModelFile,
    from_json_text,
    load_model,
    save_model,
    to_json_dict,
)
from playground.engine.network import (
    MAX_LAYERS,
    MAX_PARAMETERS,
    MAX_UNITS,
    Network,
    validate_spec,
)
from playground.engine.spec import (
    MAX_BATCH_SIZE,
    MAX_EPOCHS,
    MAX_SEED,
    DataSettings,
    LayerSpec,
    NetworkSpec,
    TrainSettings,
)
from playground.engine.trainer import validate_settings
from playground.files import write_text_atomic

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file types and modes")


def document(**sections: dict) -> dict:
    """A small model file's JSON with `sections` merged into its own."""
    obj = to_json_dict(ModelFile(NetworkSpec(), training=TrainSettings(), data=DataSettings()))
    for name, values in sections.items():
        obj[name].update(values)
    return obj


def read(obj: dict) -> ModelFile:
    return from_json_text(json.dumps(obj))


# ---------------------------------------------------------------- defect 2: counts the boxes show


def test_the_count_limits_fit_the_controls_32_bit_boxes() -> None:
    for limit in (MAX_SEED, MAX_BATCH_SIZE, MAX_EPOCHS, MAX_EPOCH):
        assert limit <= 2**31 - 1


@pytest.mark.parametrize(
    ("section", "key", "limit"),
    [
        ("training", "seed", MAX_SEED),
        ("data", "seed", MAX_SEED),
        ("training", "batch_size", MAX_BATCH_SIZE),
        ("training", "max_epochs", MAX_EPOCHS),
    ],
)
def test_a_count_past_its_box_is_refused_at_load(section: str, key: str, limit: int) -> None:
    assert getattr(read(document(**{section: {key: limit}})), section).__dict__[key] == limit
    with pytest.raises(ModelFileError, match=rf"^{section}\.{key} must be .* to {limit:,}.*, not"):
        read(document(**{section: {key: limit + 1}}))


def test_a_seed_of_two_to_the_31_is_refused_before_the_controls_see_it() -> None:
    with pytest.raises(ModelFileError, match="training.seed must be 0 to 2,147,483,647"):
        read(document(training={"seed": 2**31}))
    with pytest.raises(SpecError, match="seed must be 0 to 2,147,483,647, not 2147483648"):
        validate_settings(TrainSettings(seed=2**31))


def test_the_epoch_reached_is_bounded_too() -> None:
    with pytest.raises(ModelFileError, match="state.epoch must be a whole number of at most"):
        read(document(state={"epoch": MAX_EPOCH + 1}))


# ---------------------------------------------------------------- defect 3: file names


@pytest.mark.parametrize("bad", ["points\x00.csv", "points\ud800.csv"], ids=["NUL", "surrogate"])
def test_a_csv_path_that_names_no_file_is_refused_everywhere(bad: str, tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="data.csv_path must be a file name"):
        read(document(data={"kind": "csv", "csv_path": bad}))
    with pytest.raises(DataError, match="the CSV path must be a file name"):
        make_dataset(DataSettings(kind="csv", csv_path=bad))
    with pytest.raises(DataError, match="cannot read CSV file the file: its name holds"):
        load_csv(bad)


@pytest.mark.parametrize("escape", ["\\u0000", "\\ud800"], ids=["NUL", "surrogate"])
def test_the_cli_says_what_is_wrong_with_such_a_path(
    escape: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.json"
    text = json.dumps(document(data={"kind": "csv", "csv_path": "PATH"}))
    config.write_text(text.replace('"PATH"', f'"a{escape}b.csv"'), encoding="utf-8")
    status = cli.main(["train", str(config), "--out", str(tmp_path / "out.json"), "--quiet"])
    assert status == cli.EXIT_ERROR
    error = capsys.readouterr().err
    assert "data.csv_path must be a file name" in error and "Traceback" not in error


# ---------------------------------------------------------------- defect 4: network size


def test_the_limits_are_those_the_documents_state() -> None:
    assert (MAX_UNITS, MAX_LAYERS, MAX_PARAMETERS) == (256, 16, 1_000_000)


def test_a_layer_past_the_unit_limit_is_refused_before_anything_is_allocated() -> None:
    spec = NetworkSpec(layers=(LayerSpec(100_000), LayerSpec(100_000), LayerSpec(1, "sigmoid")))
    start = time.perf_counter()
    with pytest.raises(SpecError, match="hidden layer 1 has 100000 neurons; the limit is 256"):
        Network(spec)
    assert time.perf_counter() - start < 0.5
    validate_spec(NetworkSpec(layers=(LayerSpec(MAX_UNITS), LayerSpec(1, "sigmoid"))))


def test_too_many_layers_are_refused() -> None:
    layers = (LayerSpec(2),) * MAX_LAYERS + (LayerSpec(1, "sigmoid"),)
    with pytest.raises(SpecError, match=f"17 layers; the limit is {MAX_LAYERS}"):
        validate_spec(NetworkSpec(layers=layers))
    validate_spec(NetworkSpec(layers=layers[1:]))


def test_too_many_parameters_in_all_are_refused() -> None:
    wide = LayerSpec(MAX_UNITS, "maxout", {"k": 10})  # 2,560 columns of weights and a bias
    # 3 × 2,560 + 257 × 2,560 twice + 257 × 1: each under the unit limit, too many in all
    with pytest.raises(SpecError, match="1,323,777 parameters; the limit is 1,000,000"):
        validate_spec(NetworkSpec(layers=(wide, wide, wide, LayerSpec(1, "sigmoid"))))


def test_the_480_byte_file_of_the_issue_is_refused_by_the_reader_and_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    obj = document()
    obj["network"]["layers"][0]["units"] = obj["network"]["layers"][1]["units"] = 100_000
    with pytest.raises(ModelFileError, match="network: hidden layer 1 has 100000 neurons"):
        read(obj)
    config = tmp_path / "huge.json"
    config.write_text(json.dumps(obj), encoding="utf-8")
    assert cli.main(["train", str(config), "--out", str(tmp_path / "o.json")]) == cli.EXIT_ERROR
    assert "the limit is 256 per layer" in capsys.readouterr().err


# ---------------------------------------------------------------- defect 5: regular files only


@POSIX
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_unread() -> None:
    with pytest.raises(DataError, match="/dev/zero: not a regular file"):
        load_csv("/dev/zero")
    with pytest.raises(ModelFileError, match="/dev/zero: not a regular file"):
        load_model("/dev/zero")


@POSIX
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(DataError, match="not a regular file"):
        load_csv(fifo)
    with pytest.raises(ModelFileError, match="not a regular file"):
        load_model(fifo)
    assert time.perf_counter() - start < 1


def test_a_too_large_file_is_never_opened(tmp_path: Path, monkeypatch) -> None:
    from playground.engine import modelfile

    path = tmp_path / "model.json"
    save_model(path, ModelFile(NetworkSpec()))
    monkeypatch.setattr(modelfile, "MAX_FILE_BYTES", 10)
    monkeypatch.setattr(os, "open", lambda *args, **kwargs: pytest.fail("the file was opened"))
    with pytest.raises(ModelFileError, match="too large"):
        load_model(path)


# ---------------------------------------------------------------- defect 6: echoes are short


def test_a_400_digit_number_is_not_echoed_in_full() -> None:
    for section, key in (("training", "seed"), ("training", "learning_rate")):
        with pytest.raises(ModelFileError) as caught:
            read(document(**{section: {key: 10**400}}))
        assert len(str(caught.value)) < 120, str(caught.value)
    obj = document()
    obj["network"]["layers"][0]["units"] = -(10**400)
    with pytest.raises(ModelFileError) as caught:
        read(obj)
    assert len(str(caught.value)) < 120, str(caught.value)


def test_a_number_past_pythons_digit_limit_is_refused_in_words() -> None:
    text = json.dumps(document()).replace('"seed": 0', '"seed": ' + "9" * 5000, 1)
    with pytest.raises(ModelFileError, match="a number has more than"):
        from_json_text(text)


def test_long_names_and_cells_are_cut_short(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError) as caught:
        read(document(training={"optimizer": "x" * 10_000}))
    assert len(str(caught.value)) < 200
    csv = tmp_path / "long.csv"
    csv.write_text("x1,y\n" + "1" * 5000 + "a,0\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_csv(csv)
    assert len(str(caught.value)) < 100, str(caught.value)


def test_shown_cuts_text_and_escapes_what_cannot_be_printed() -> None:
    assert shown("short") == "'short'"
    assert len(shown("x" * 1000)) == SHOWN_CHARS and shown("x" * 1000).endswith("…")
    assert shown(10**5000) == "a number of about 5,001 digits"
    assert shown("\ud800") == "'\\ud800'"
    shown("\ud800", str).encode("utf-8")  # printable whatever the spelling


# ---------------------------------------------------------------- saving keeps permissions


@POSIX
@pytest.mark.parametrize("mode", [0o644, 0o600, 0o664])
def test_saving_over_a_file_keeps_its_mode(mode: int, tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text("old", encoding="utf-8")
    path.chmod(mode)
    write_text_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "new"
    assert path.stat().st_mode & 0o777 == mode


@POSIX
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_users_default_mode(umask: int, mode: int, tmp_path: Path) -> None:
    previous = os.umask(umask)
    try:
        write_text_atomic(tmp_path / "new.json", "text")
    finally:
        os.umask(previous)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == mode
    assert [p.name for p in tmp_path.iterdir()] == ["new.json"]  # no temporary file left


def test_a_huge_shape_is_not_echoed_in_full() -> None:
    """Found by the loaders' fuzzing: a 400-digit number in a weight's shape."""
    obj = to_json_dict(ModelFile(NetworkSpec(), Network(NetworkSpec()).params))
    obj["weights"]["layers"][0]["W"]["shape"][0] = 10**400
    with pytest.raises(ModelFileError, match=r"has shape \[1000000000.*… but") as caught:
        read(obj)
    assert len(str(caught.value)) < 150, str(caught.value)
