"""The app in Korean: the language setting, the translators installed before the window is
built, the translated views showing Korean, and what to install when Hangul cannot be drawn."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from playground.ui import language
from playground.ui.help import concepts_html
from playground.ui.language import (
    choose_language,
    install_language,
    language_setting,
    resolved_language,
)
from playground.ui.main_window import MainWindow
from playground.ui.welcome import WelcomeDialog

HANGUL = re.compile("[\uac00-\ud7a3]")
# Two English words in a row: a sentence or a label left untranslated. Formulas and names
# (f(x) = tanh(x), ReLU, SGD, ∂L/∂W) have no such pair.
ENGLISH = re.compile(r"\b[A-Za-z]{3,} [A-Za-z]{3,}\b")
KEPT_NAMES = ("Leaky ReLU",)  # kept in English, as Korean textbooks keep it


def settings_in(tmp_path, name: str = "settings.ini") -> QSettings:
    return QSettings(str(tmp_path / name), QSettings.Format.IniFormat)


@pytest.fixture
def korean(qapp, tmp_path):
    """Korean chosen and installed, as at a start with language=ko; English again after."""
    settings = settings_in(tmp_path)
    choose_language("ko", settings)
    assert install_language(settings) == "ko"
    yield settings
    choose_language("en", settings)
    assert install_language(settings) == "en"


@pytest.fixture
def window(korean, qtbot):
    w = MainWindow(korean)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.app.training.latest is not None)
    yield w
    w.app.training.shutdown()


def texts_of(view: QWidget) -> list[str]:
    """Every text a view shows in its labels, buttons, group titles, tabs and tooltips."""
    found = [view.toolTip()]
    for label in view.findChildren(QLabel):
        found += [label.text(), label.toolTip()]
    for button in view.findChildren(QAbstractButton):
        found += [button.text(), button.toolTip()]
    found += [box.title() for box in view.findChildren(QGroupBox)]
    for tabs in view.findChildren(QTabWidget):
        found += [tabs.tabText(i) for i in range(tabs.count())]
        found += [tabs.tabToolTip(i) for i in range(tabs.count())]
    return [text for text in found if text]


def english_in(text: str) -> list[str]:
    """The pairs of English words in `text` (its markup and the kept names left out)."""
    prose = re.sub("<[^>]+>", " ", text)
    for name in KEPT_NAMES:
        prose = prose.replace(name, "")
    return ENGLISH.findall(prose)


def english_left(view: QWidget) -> list[str]:
    return [text for text in texts_of(view) if english_in(text)]


def test_the_setting_follows_the_system_unless_chosen(tmp_path):
    settings = settings_in(tmp_path)
    assert language_setting(settings) == "system"
    assert resolved_language("system", QLocale("ko_KR")) == "ko"
    assert resolved_language("system", QLocale("de_DE")) == "en"
    choose_language("en", settings)
    assert language_setting(settings) == "en" and resolved_language("en") == "en"
    with pytest.raises(ValueError, match="unknown language 'klingon'"):
        choose_language("klingon", settings)
    assert language_setting(settings) == "en"  # nothing half-applied


def test_the_translated_views_speak_korean(window):
    inspector = window.inspector
    tabs = [inspector.tabs.tabText(i) for i in range(inspector.tabs.count())]
    assert tabs == ["순방향", "역방향", "갱신", "그래프", "연습", "확인"]
    picker = window.picker
    assert picker.advice_group.title() == "조언"
    assert picker.activation_about.button.text() == "이 활성화 함수에 대하여"
    assert "시그모이드" in [picker.activation_combo.itemText(i)
                          for i in range(picker.activation_combo.count())]
    assert "은닉층 1" in picker.layer_combo.itemText(0)
    diagnostics = window.diagnostics
    assert diagnostics.tabs.tabText(0) == "기울기 흐름"
    for view in (inspector, picker, diagnostics, window.surface):
        assert not english_left(view), english_left(view)


def test_the_picker_explains_and_advises_in_korean(window):
    picker = window.picker
    assert HANGUL.search(picker.activation_about.body.text())
    assert HANGUL.search(picker.loss_text.text()) or "ln" in picker.loss_text.text()
    session = picker.session
    session.edit_spec(session.spec.with_(loss="mse"), "MSE")  # on two classes: advice
    advice = [label.text() for label in picker.findChildren(QLabel)
              if label.property("level")]
    assert advice and all(HANGUL.search(text) for text in advice)


def test_the_help_and_the_welcome_page_are_korean(korean, qtbot):
    page = concepts_html()
    for term in ("활성화 함수", "손실 함수", "은닉층", "역전파", "시그모이드", "교차 엔트로피"):
        assert term in page
    assert not english_in(page), english_in(page)
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    assert welcome.windowTitle() == "신경망 플레이그라운드에 오신 것을 환영합니다"
    assert not english_left(welcome)


def test_the_english_help_has_no_korean_words(qapp):
    assert not HANGUL.search(concepts_html())


def test_what_to_install_when_no_font_draws_hangul(monkeypatch, capsys):
    monkeypatch.setattr(language, "can_draw_hangul", lambda font=None: False)
    monkeypatch.setattr(language, "_font_advice_given", False)
    first = language.give_font_advice_once("ko")
    second = language.give_font_advice_once("ko")
    assert first == second and "fonts-noto-cjk" in first and "Noto Sans CJK KR" in first
    assert capsys.readouterr().err.count("fonts-noto-cjk") == 1  # said once
    assert language.give_font_advice_once("en") is None


def test_hangul_is_drawable_when_a_korean_font_is_installed(qapp):
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families(QFontDatabase.WritingSystem.Korean):
        pytest.skip("no font with Hangul on this machine")
    assert language.can_draw_hangul() and language.font_advice("ko") is None
