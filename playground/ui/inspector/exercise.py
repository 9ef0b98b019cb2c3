"""Exercise mode: the inspector hides the next value of the calculation, the student types it,
the app checks it (relative 1e-3, or 1e-4 absolute near 0) and, on a miss, shows the right
value with its multiplication. A running score."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.texts import QT_TRANSLATE_NOOP
from ...engine.walkthrough import Exercise, Quantity, Walkthrough
from ..language import translate
from ..numbers import number
from ..theme import MID_GREY, ink
from .model import InspectorModel
from .render import equation, paragraph, quantity_name

CHOICES = (  # what a student can choose to work out, and the quantities it covers
    (QT_TRANSLATE_NOOP("Inspector", "Forward values z and a"), (Quantity.Z, Quantity.A)),
    (QT_TRANSLATE_NOOP("Inspector", "The loss"), (Quantity.LOSS,)),
    (QT_TRANSLATE_NOOP("Inspector", "Local gradients f′(z)"), (Quantity.LOCAL,)),
    (QT_TRANSLATE_NOOP("Inspector", "Upstream gradients ∂L/∂a"),
     (Quantity.UPSTREAM, Quantity.INPUT_GRADIENT)),
    (QT_TRANSLATE_NOOP("Inspector", "Downstream gradients ∂L/∂z"), (Quantity.DOWNSTREAM,)),
    (QT_TRANSLATE_NOOP("Inspector", "Weight and bias gradients"),
     (Quantity.WEIGHT_GRADIENT, Quantity.BIAS_GRADIENT, Quantity.LEARNED_GRADIENT)),
    (QT_TRANSLATE_NOOP("Inspector", "Updated weights"), (Quantity.NEW_WEIGHT, Quantity.NEW_BIAS)),
)


def parse_number(text: str) -> float | None:
    """A number typed in the locale's format or the C format (with − or -); None if not one."""
    cleaned = text.strip().replace("−", "-")
    value, ok = QLocale().toDouble(cleaned)
    if ok:
        return value
    try:
        return float(cleaned)
    except ValueError:
        return None


class ExerciseView(QWidget):
    """Asks for the chosen values of the current sample's calculation, one at a time."""

    def __init__(self, model: InspectorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.exercise: Exercise | None = None
        self._source: Walkthrough | None = None
        self.choices_button = QToolButton(text=translate("Inspector", "What to work out"))
        self.choices_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.choices_button)
        self.choice_actions = []
        for number_, (text, _kinds) in enumerate(CHOICES):
            action = menu.addAction(translate("Inspector", text))
            action.setCheckable(True)
            action.setChecked(number_ in (0, 2, 4, 5))
            self.choice_actions.append(action)
        self.choices_button.setMenu(menu)
        self.start_button = QPushButton(translate("Inspector", "Start"))
        self.start_button.setToolTip(translate(
            "Inspector",
            "Work out the chosen values of this sample yourself",
        ))
        self.start_button.clicked.connect(self.start)
        self.steps_view = QTextBrowser()
        self.question = QLabel(wordWrap=True)
        self.answer_edit = QLineEdit(placeholderText=translate("Inspector", "your answer"))
        self.answer_edit.returnPressed.connect(self.check)
        self.check_button = QPushButton(translate("Inspector", "Check"))
        self.check_button.clicked.connect(self.check)
        self.verdict = QLabel(wordWrap=True)
        self.score_label = QLabel()
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer_edit, 1)
        answer_row.addWidget(self.check_button)
        answer_row.addWidget(self.score_label)
        top = QHBoxLayout()
        top.addWidget(self.choices_button)
        top.addStretch(1)
        top.addWidget(self.start_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 0)
        column.addLayout(top)
        column.addWidget(self.steps_view, 1)
        column.addWidget(self.question)
        column.addLayout(answer_row)
        column.addWidget(self.verdict)
        model.changed.connect(self._model_changed)
        self._show()

    def _ink(self, kind: str) -> str:
        return ink(self.palette(), kind)

    def chosen_quantities(self) -> list[Quantity]:
        return [kind for action, (_text, kinds) in zip(self.choice_actions, CHOICES)
                if action.isChecked() for kind in kinds]

    def start(self) -> None:
        walkthrough = self.model.walkthrough
        if walkthrough is None:
            self.verdict.setText(translate("Inspector", "Choose a sample first."))
            return
        self._source = walkthrough
        self.exercise = Exercise(walkthrough.steps, self.chosen_quantities())
        self.verdict.setText("")
        self.start_button.setText(translate("Inspector", "Start again"))
        self._show()
        self.answer_edit.setFocus()

    def check(self) -> None:
        exercise = self.exercise
        if exercise is None or exercise.current is None:
            return
        given = parse_number(self.answer_edit.text())
        if given is None:
            self.verdict.setText(translate(
                "Inspector",
                "“{0}” is not a number.",
            ).format(self.answer_edit.text()))
            return
        verdict = exercise.answer(given)
        if verdict.right:
            right = translate("Inspector", "Right: {0}").format(number(verdict.step.value, 6))
            self.verdict.setText(f"<span style='color:{self._ink('good')}'>{escape(right)}</span>")
        else:
            wrong = translate("Inspector", "Not quite (you typed {0}):").format(number(given, 6))
            self.verdict.setText(f"<span style='color:{self._ink('error')}'>{escape(wrong)}</span> "
                                 f"{equation(verdict.step)}")
        self.answer_edit.clear()
        self._show()

    def _model_changed(self) -> None:
        if self.exercise is not None and self.model.walkthrough is not self._source:
            self.question.setText(translate(
                "Inspector",
                "The sample or the weights changed: press Start again to work on them.",
            ))

    def _show(self) -> None:
        exercise = self.exercise
        asking = exercise is not None and exercise.current is not None
        self.answer_edit.setEnabled(asking)
        self.check_button.setEnabled(asking)
        if exercise is None:
            self.steps_view.setHtml(paragraph(translate("Inspector",
                "Choose what to work out and press Start: the inspector then hides those values "
                "of the current sample, in the order of the calculation, and checks what you "
                "type (within 0.1 %, or 0.0001 near zero).")))
            self.question.setText("")
            self.score_label.setText("")
            return
        answered = {id(v.step): v for v in exercise.verdicts}
        rows = []
        for step in exercise.steps[: exercise.revealed]:
            verdict = answered.get(id(step))
            mark = "" if verdict is None else (
                f"<span style='color:{self._ink('good')}'>✓</span>" if verdict.right
                else f"<span style='color:{self._ink('error')}'>✗</span>")
            rows.append(f"<tr><td>{mark}</td><td style='color:{MID_GREY}'>"
                        f"{escape(quantity_name(step.quantity))}</td>"
                        f"<td>{equation(step)}</td></tr>")
        self.steps_view.setHtml(f"<table cellpadding='2'>{''.join(rows)}</table>")
        self.steps_view.verticalScrollBar().setValue(self.steps_view.verticalScrollBar().maximum())
        right, total = exercise.score
        self.score_label.setText(translate("Inspector", "Score {0} / {1}").format(right, total))
        current = exercise.current
        if current is None:
            done = translate("Inspector", "Done: {0} of {1} right.").format(right, total)
            self.question.setText(f"<b>{escape(done)}</b>")
            return
        shown = current.filled(number)
        parts = [current.symbol] + [p for p in (current.expression, shown) if p]
        self.question.setText(f"<b>{escape(quantity_name(current.quantity))}:</b> "
                              f"{escape(' = '.join(parts))} = ?")
