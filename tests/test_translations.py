"""The translation catalogues: every text of the translated files is in the shipped Korean
catalogue and translated, in a context the app really looks it up in, and the shipped .qm is the
one the .ts compiles to."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from playground import translations

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_TS = translations.catalogue("ko")
SHIPPED_QM = translations.catalogue("ko", suffix=".qm")
# The sources whose every text must be translated into Korean (patterns under playground/):
# the engine's texts, the presets, the training worker's and the whole interface.
TRANSLATED_SOURCES = ("engine/*.py", "files.py", "presets.py", "workers/*.py", "ui/**/*.py")

Message = tuple[str, str]  # (context, English source)


def translated_files() -> set[str]:
    package = ROOT / "playground"
    found = {path.relative_to(package).as_posix()
             for pattern in TRANSLATED_SOURCES for path in package.glob(pattern)}
    return found


def read_catalogue(path: Path) -> dict[Message, tuple[ET.Element, set[str]]]:
    """Each message of a .ts: its translation element and the files (under playground/) it
    comes from."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            files = {location.get("filename", "").rsplit("playground/", 1)[-1]
                     for location in message.iter("location")}
            found[(name, message.findtext("source"))] = (message.find("translation"), files)
    return found


def unfinished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    texts = [form.text for form in forms] if forms else [translation.text]
    return not all(text and text.strip() for text in texts)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[Message, tuple[ET.Element, set[str]]]:
    """What the translation tool extracts from the sources now, into an empty catalogue."""
    ts_file = tmp_path_factory.mktemp("catalogue") / "fresh_ko.ts"
    translations.update(ts_file, "ko")
    return read_catalogue(ts_file)


def test_the_translated_files_are_all_there():
    files = translated_files()
    assert {"engine/advice.py", "ui/picker.py", "ui/inspector/panel.py", "ui/main_window.py",
            "ui/canvas/widget.py", "ui/controls.py", "ui/results.py"} <= files
    assert all((ROOT / "playground" / name).exists() for name in files)


def test_every_text_of_the_translated_files_is_translated_into_korean(fresh):
    shipped = read_catalogue(SHIPPED_TS)
    files = translated_files()
    checked = {key for key, (_, sources) in fresh.items() if sources & files}
    assert len(checked) > 800  # the help, the presets, the menus, the canvas, the controls …
    missing = sorted(key for key in checked if key not in shipped)
    assert not missing, f"not in {SHIPPED_TS.name} (run `python -m playground.translations " \
        f"update`): {missing[:5]}"
    untranslated = sorted(key for key in checked if unfinished(shipped[key][0]))
    assert not untranslated, f"unfinished in Korean: {untranslated[:5]}"


def test_the_translated_files_texts_sit_in_named_contexts(fresh):
    """A text lupdate files under no context (a module-level tr helper) or under a dotted one
    (its parser's slip after QCoreApplication.translate in the same method) is never found at
    run time."""
    files = translated_files()
    stray = sorted((context, source) for (context, source), (_, sources) in fresh.items()
                   if sources & files and (not context or "." in context))
    assert not stray


def test_korean_keeps_every_placeholder_of_the_english(fresh):
    import re

    shipped = read_catalogue(SHIPPED_TS)
    placeholders = re.compile(r"\{[^}]*\}|%\d")
    for key, (translation, _) in shipped.items():
        if key in fresh and not unfinished(translation):
            english, korean = key[1], translation.text or ""
            assert sorted(placeholders.findall(english)) == sorted(
                placeholders.findall(korean)), key


def test_the_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path):
    rebuilt = tmp_path / "playground_ko.qm"
    translations.release(SHIPPED_TS, rebuilt)
    assert rebuilt.read_bytes() == SHIPPED_QM.read_bytes(), (
        "run `python -m playground.translations release`")
