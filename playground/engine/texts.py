"""The engine's user-visible texts, kept translatable without Qt.

The translation tools find every `QT_TRANSLATE_NOOP("Context", "English")` in the sources by
that name; here it only hands the English back, and the ui translates it in that context when it
shows it. A sentence with numbers or names in it is a `Text`: its English template holds `{0}`,
`{1}` … and is filled after translation, because word order differs between languages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

Case = Literal["", "lower", "capital"]
TemplateLookup = Callable[[str, str], str]  # (context, English) → the shown template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the tools' name for it)
    """`text`, marked for translation in `context`."""
    return text


@dataclass(frozen=True)
class Text:
    """A translatable text: an English `template` marked in `context`, the `args` that fill its
    `{0}`, `{1}` … (an arg may be a Text itself, translated with it), and a `case` applied to
    the whole: "lower" (a name inside a sentence) or "capital" (a sentence that opens with a
    lower-case label)."""

    context: str
    template: str
    args: tuple[object, ...] = ()
    case: Case = ""

    def lower(self) -> Text:
        return replace(self, case="lower")

    def capital(self) -> Text:
        return replace(self, case="capital")

    def render(self, translate: TemplateLookup | None = None) -> str:
        """The text filled in: with `translate(context, template)` for this and every nested
        Text, or in English without it."""
        template = translate(self.context, self.template) if translate else self.template
        if not self.args:  # a plain text, whose braces (a set like {0, 1}) stay as they are
            return with_case(template, self.case)
        args = [arg.render(translate) if isinstance(arg, Text) else arg for arg in self.args]
        return with_case(template.format(*args), self.case)

    def __str__(self) -> str:
        return self.render()


def with_case(text: str, case: Case) -> str:
    """`text` in lower case, with a capital first letter, or as it is."""
    if case == "lower":
        return text.lower()
    if case == "capital":
        return text[:1].upper() + text[1:]
    return text
