"""The app in Korean: the language setting, the translators installed before the window is
built, the translated views showing Korean, and what to install when Hangul cannot be drawn."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from playground.engine.errors import SpecError
from playground.engine.modelfile import FORMAT, VERSION
from playground.engine.network import Network, validate_spec
from playground.engine.surface import loss_surface, random_directions
from playground.ui import language
from playground.ui.help import concepts_html
from playground.ui.language import (
    choose_language,
    error_message,
    install_language,
    language_setting,
    resolved_language,
)
from playground.ui.main_window import MainWindow
from playground.ui.run_overlay import run_label
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


def every_text_of(window: QWidget) -> list[str]:
    """Every text of a window: its views' (texts_of), its combo boxes' items, its tables'
    headers, its title and every action's text, tooltip and status tip (the menus)."""
    found = texts_of(window) + [window.windowTitle()]
    for box in window.findChildren(QComboBox):
        found += [box.itemText(i) for i in range(box.count())]
        found += [box.itemData(i, Qt.ItemDataRole.ToolTipRole) or "" for i in range(box.count())]
    for tree in window.findChildren(QTreeWidget):
        header = tree.headerItem()
        found += [header.text(i) for i in range(header.columnCount())]
    for action in window.findChildren(QAction):
        found += [action.text(), action.toolTip(), action.statusTip()]
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


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_speaks_korean(window):
    assert menu_titles(window) == ["파일(&F)", "편집(&E)", "프리셋(&P)", "학습(&T)", "검사(&I)",
                                   "보기(&V)", "도움말(&H)"]
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text() and not action.isSeparator():
                assert not english_in(action.text()), action.text()
    controls = window.controls
    assert [controls.play_button.text(), controls.step_button.text(),
            controls.reset_button.text()] == ["재생", "한 단계", "초기화"]
    assert [box.title() for box in controls.findChildren(QGroupBox)] == [
        "옵티마이저", "정규화", "실행"]
    toolbar = [action.text() for action in window.canvas.toolbar.actions() if action.text()]
    assert toolbar == ["+ 층", "− 층", "맞춤", "−", "+"]
    tabs = window.lower_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "곡선", "기울기", "결과", "손실 곡면", "실행 기록"]
    timeline = window.timeline
    assert [timeline.live_button.text(), timeline.continue_button.text()] == [
        "실시간", "여기서 계속"]
    assert HANGUL.search(timeline.label.text())
    for view in (controls, window.canvas, window.dataview, window.curves, window.results,
                 timeline, window.run_list):
        assert not english_left(view), english_left(view)


def test_a_refused_value_and_a_refused_edit_are_said_in_korean(window, qtbot):
    box = window.controls.setting_boxes["learning_rate"]
    box.setEditText("-1")
    box.lineEdit().editingFinished.emit()
    assert box.message.text() == "적용되지 않음: 0 초과이어야 합니다."
    session = window.app.session
    session.set_train(session.train.with_(learning_rate=-1.0))  # past the box: the controller
    assert not window.message.isHidden()
    assert "그 설정은 쓸 수 없습니다" in window.message.text()
    assert "학습률: 0 초과이어야 합니다 (입력값 -1.0)" in window.message.text()
    assert session.train.learning_rate > 0  # taken back
    canvas = window.canvas
    canvas.remove_layer(len(session.spec.layers) - 1)  # the output layer
    assert canvas.message_label.text() == "출력층은 지울 수 없습니다. 그 크기는 데이터가 정합니다"


def test_the_language_menu_says_a_choice_applies_on_the_next_start(window):
    view = window.menuBar().actions()[5].menu()
    language = next(action.menu() for action in view.actions()
                    if action.menu() is not None and "다음 시작" in action.text())
    names = [action.text() for action in language.actions()]
    assert names == ["시스템(&S)", "English", "한국어"]
    language.actions()[1].trigger()
    assert language_setting(window.settings) == "en"
    assert "다음에 시작할 때부터" in window.statusBar().currentMessage()


@pytest.fixture
def english_window(qapp, qtbot, tmp_path):
    settings = settings_in(tmp_path)
    choose_language("en", settings)
    assert install_language(settings) == "en"
    w = MainWindow(settings)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.app.training.latest is not None)
    yield w
    w.app.training.shutdown()


def test_the_english_window_has_no_korean_words(english_window):
    w = english_window
    w.show_inspector(True)
    texts = every_text_of(w)
    assert len(texts) > 300  # the menus, the controls, the canvas, the tabs …
    korean = [text for text in texts
              if HANGUL.search(text) and text not in language.NATIVE_NAMES.values()]
    assert not korean, korean[:5]
    assert "English" in texts and "한국어" in texts  # the language menu names each in its own


def test_a_data_problem_is_said_in_korean(window):
    session = window.app.session
    good = session.data
    said = []
    window.app.problem_found.connect(lambda title, text: said.append((title, text)))
    session.set_data(good.with_(kind="csv", csv_path=None, task=None, points=()))
    assert said == [("이 데이터는 쓸 수 없습니다", "CSV 파일을 고르지 않았습니다")]
    assert session.data == good  # the data before it is kept


def test_the_korean_window_fits_1024_by_700(window, qtbot):
    """Hangul lines are taller than Latin ones: the columns still fit the smallest window,
    with the results tab (its matrices' texts) and the inspector open."""
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.lower_tabs.setCurrentWidget(window.results)
    window.show_inspector(True)
    qtbot.wait(150)
    assert (window.width(), window.height()) == (1024, 700)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
    timeline = window.timeline
    bottom = timeline.continue_button.mapTo(window, timeline.continue_button.rect().bottomLeft())
    assert bottom.y() < window.height()  # the timeline's buttons are on screen


def test_the_runs_are_labelled_in_korean(window, qtbot):
    app = window.app
    app.step()  # the first run trains an epoch: it is kept
    qtbot.waitUntil(lambda: app.epoch == 1)
    app.reset()
    app.session.set_train(app.session.train.with_(seed=1))
    app.step()
    qtbot.waitUntil(lambda: app.epoch == 1 and len(app.runs) == 2)
    assert [run_label(run) for run in app.runs] == ["첫 실행", "시드 0 → 1"]
    assert [run.label for run in app.runs] == ["first run", "seed 0 → 1"]  # files keep English
    assert "시드 0 → 1" in window.run_list.table.topLevelItem(1).text(1)


def test_a_model_file_problem_is_said_in_korean(window, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(window.files, "tell", lambda title, text: told.append((title, text)))
    path = tmp_path / "broken.json"
    path.write_bytes(b"\xff\xfe not text")
    assert not window.files.open_file(str(path))
    assert told == [("파일을 열 수 없습니다",
                     "broken.json: UTF-8 텍스트 파일이 아닙니다 (위치 0의 잘못된 바이트)")]


def test_why_a_file_is_not_read_is_said_in_korean(window, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(window.files, "tell", lambda title, text: told.append((title, text)))
    folder = tmp_path / "a folder.json"
    folder.mkdir()
    assert not window.files.open_file(str(folder))
    assert not window.files.open_file(str(tmp_path / "missing.json"))
    texts = [text for _title, text in told]
    assert "파일이 아니라 폴더입니다" in texts[0] and "찾을 수 없습니다" in texts[1]
    assert all("cannot read" not in text and "not found" not in text for text in texts)


def test_a_damaged_file_a_bad_csv_and_an_unbuildable_network_are_said_in_korean(
        window, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(window.files, "tell", lambda title, text: told.append((title, text)))
    damaged = tmp_path / "damaged.json"
    damaged.write_text(json.dumps({"format": FORMAT, "version": VERSION, "network": {
        "features": ["x1", "x2"], "layers": {}, "loss": "mse"}}), encoding="utf-8")
    assert not window.files.open_file(str(damaged))
    assert told == [("파일을 열 수 없습니다", "damaged.json: network.layers은(는) 배열이어야 "
                     "합니다(객체이(가) 아니라)")]

    said = []
    window.app.problem_found.connect(lambda title, text: said.append((title, text)))
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,y\n1,2\n3\n", encoding="utf-8")
    session = window.app.session
    good = session.data
    session.set_data(good.with_(kind="csv", csv_path=str(bad), task=None, points=()))
    assert said == [("이 데이터는 쓸 수 없습니다", "3행의 열은 1개인데 1행의 열은 2개입니다")]
    assert session.data == good

    spec = window.app.session.spec
    too_wide = replace(spec, layers=(replace(spec.layers[0], units=300), *spec.layers[1:]))
    with pytest.raises(SpecError) as network_error:
        validate_spec(too_wide)
    assert error_message(network_error.value) == (
        "은닉층 1의 뉴런이 300개입니다. 한도는 층마다 256개입니다")
    assert str(network_error.value) == "hidden layer 1 has 300 neurons; the limit is 256 per layer"
    network = Network(spec)
    directions = random_directions(network)
    with pytest.raises(SpecError) as surface_error:
        loss_surface(network, np.zeros((1, spec.n_inputs)), np.zeros((1, spec.n_outputs)),
                     directions, resolution=4)
    assert error_message(surface_error.value) == (
        "손실 곡면의 해상도는 3 이상의 홀수여야 합니다(4이(가) 아니라)")
