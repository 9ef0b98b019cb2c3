"""The one family of errors the engine raises for bad input: each names the problem, and
`shown`, how a message echoes the value it is about."""

from __future__ import annotations

import math
from collections.abc import Callable

from ..files import FileRefused
from .texts import Text


class PlaygroundError(ValueError):
    """A user-facing problem with an input: the message is shown as it is, or, made from a
    Text, in the interface's language (its English is the exception's own message)."""

    def __init__(self, message: str | Text = "") -> None:
        super().__init__(str(message))
        self.text = message


class SpecError(PlaygroundError):
    """A network, loss or training setting that cannot be built."""


class DataError(PlaygroundError):
    """A dataset, CSV file or inline point list that cannot be used."""


class ModelFileError(PlaygroundError):
    """A model or session file that cannot be read; nothing of it was loaded."""


def refusal_reason(error: FileRefused) -> Text:
    """Why a file was not read ("not found", …), to be said in the interface's language."""
    return Text("Files", error.reason_template, error.reason_args)


def text_error(kind: type[PlaygroundError], template: str, *args: object) -> PlaygroundError:
    """A `kind` error whose message is `template` (marked for translation in "Errors") filled
    with `args` after translation."""
    return kind(Text("Errors", template, args))


SHOWN_CHARS = 40  # the most of a value a message echoes


def shown(value: object, spell: Callable[[object], str] = repr) -> str:
    """`value` as a message echoes it: spelled by `spell` (repr, or a file format's own
    spelling), cut to SHOWN_CHARS characters, so a 400-digit number or a megabyte of text
    does not fill the message."""
    if isinstance(value, int) and value.bit_length() > 4 * SHOWN_CHARS:
        # Too long to show, and past a few thousand digits too long even to convert.
        digits = int(value.bit_length() * math.log10(2)) + 1
        return f"a number of about {digits:,} digits"
    # A lone surrogate could not be printed or written: show it as its escape.
    text = spell(value).encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
