"""The interface's language: which one (the "language" setting: "system" follows the system's
locale, or "en", "ko"), Qt's translators for it, installed before any window is built, and the
translation of the engine's texts at display time.

A choice made with `choose_language` (View → Language, `language_menu`) applies on the next
start: the views build their texts once, so switching them all at once would mean rebuilding
every one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
)
from PySide6.QtWidgets import QMenu

from ..engine.texts import Text
from ..resources import resource_path

SETTING = "language"
SYSTEM = "system"
ENGLISH = "en"
TRANSLATED = ("ko",)  # the languages with a catalogue in resources/translations/
CHOICES = (SYSTEM, ENGLISH, *TRANSLATED)
# Qt's own catalogue, for the standard dialogs' buttons (OK, Cancel, Save …).
QT_CATALOGUE = "qtbase"
HANGUL_SAMPLE = "한글"
FONT_ADVICE = (
    "Korean text needs a font with Hangul, and none is installed. Install fonts-noto-cjk on "
    "Debian or Ubuntu, or Noto Sans CJK KR elsewhere, and start the playground again."
)

# Each language named in its own words, as language menus do; "system" is translated.
NATIVE_NAMES = {ENGLISH: "English", "ko": "한국어"}

_installed: list[QTranslator] = []  # kept alive: a translator removed by the collector stops
_font_advice_given = False


def catalogue_path(language: str):
    """The app's compiled catalogue for `language` (a code of TRANSLATED)."""
    return resource_path(f"translations/playground_{language}.qm")


def language_setting(settings: QSettings | None = None) -> str:
    """The saved choice, one of CHOICES; anything else counts as SYSTEM."""
    value = str((settings or QSettings()).value(SETTING, SYSTEM))
    return value if value in CHOICES else SYSTEM


def resolved_language(setting: str, system: QLocale | None = None) -> str:
    """The language a setting means: SYSTEM becomes the system locale's language when there is
    a catalogue for it, English otherwise."""
    if setting != SYSTEM:
        return setting
    code = (system or QLocale.system()).name().split("_")[0]
    return code if code in TRANSLATED else ENGLISH


def choose_language(code: str, settings: QSettings | None = None) -> None:
    """Save `code` (one of CHOICES) as the language of the next start."""
    if code not in CHOICES:
        raise ValueError(f"unknown language {code!r}; known: {', '.join(CHOICES)}")
    (settings or QSettings()).setValue(SETTING, code)


def install_language(settings: QSettings | None = None) -> str:
    """Install the translators of the chosen language into the running application (replacing
    any installed before) and return its code; English installs none. When the language is
    Korean and no font can draw Hangul, says once what to install."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolved_language(language_setting(settings))
    if language == ENGLISH:
        return language
    own = QTranslator(app)
    if not own.load(str(catalogue_path(language))):
        print(f"playground: cannot load the {language} translation", file=sys.stderr)
        return ENGLISH
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    for translator in (own, qt if qt.load(f"{QT_CATALOGUE}_{language}", qt_folder) else None):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    give_font_advice_once(language)
    return language


def translated(text: Text | str, context: str = "") -> str:
    """`text` in the interface's language: a Text in its own context, a plain string (an
    engine text marked with QT_TRANSLATE_NOOP) in `context`."""
    if isinstance(text, Text):
        return text.render(QCoreApplication.translate)
    return QCoreApplication.translate(context, text)


def error_message(error: Exception) -> str:
    """What a caught error says, in the interface's language when the engine made it from a
    Text (a PlaygroundError), else as it is (an OSError's reason, say)."""
    return translated(getattr(error, "text", None) or str(error))


def can_draw_hangul(font: QFont | None = None) -> bool:
    """Whether Hangul shows: the font has it, or a font Qt falls back to does."""
    metrics = QFontMetrics(font or QGuiApplication.font())
    if all(metrics.inFontUcs4(ord(char)) for char in HANGUL_SAMPLE):
        return True
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def font_advice(language: str) -> str | None:
    """What to install, when the interface is Korean and no font can draw it. In English on
    purpose: without the font a Korean sentence would show as empty boxes."""
    return FONT_ADVICE if language == "ko" and not can_draw_hangul() else None


def give_font_advice_once(language: str) -> str | None:
    """Say on the error stream, once per run, what to install when Hangul cannot be drawn;
    returns the advice (for a status bar) or None."""
    global _font_advice_given
    advice = font_advice(language)
    if advice and not _font_advice_given:
        print(f"playground: {advice}", file=sys.stderr)
        _font_advice_given = True
    return advice


def translate(context: str, text: str) -> str:
    """`text` (written here, in `context`) in the interface's language; the translation tools
    find every call of this name, as they do `tr` in a class."""
    return QCoreApplication.translate(context, text)


def language_menu_title() -> str:
    """View → Language's title, which says when a choice applies."""
    return QCoreApplication.translate("Language", "&Language (from the next start)")


def language_name(code: str) -> str:
    """How the Language menu names `code` (one of CHOICES)."""
    if code == SYSTEM:
        return QCoreApplication.translate("Language", "&System")
    return NATIVE_NAMES[code]


def language_menu(menu: QMenu, settings: QSettings, parent: QObject,
                  say: Callable[[str], None]) -> QActionGroup:
    """Fill `menu` with one checkable action per choice (the saved one checked); choosing one
    saves it for the next start and `say`s so."""
    group = QActionGroup(parent)
    group.setExclusive(True)
    chosen_now = language_setting(settings)
    for code in CHOICES:
        action = QAction(language_name(code), parent, checkable=True)
        action.setData(code)
        action.setChecked(code == chosen_now)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        choose_language(action.data(), settings)
        name = language_name(action.data()).replace("&", "")
        say(QCoreApplication.translate(
            "Language", "Language: {0}. It applies from the next start of the playground."
        ).format(name))

    group.triggered.connect(chosen)
    return group
