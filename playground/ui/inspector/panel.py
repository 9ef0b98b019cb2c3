"""The inspector panel: pick one sample, then read its forward pass, step the backward pass
node by node, see the update and apply it; expand a neuron into its computational graph; do
the calculation yourself as an exercise; check the gradients."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.spec import layer_title
from ...engine.walkthrough import Stage
from ..language import translate, translated
from ..numbers import number
from ..repaint import LatestState
from ..session import SessionModel
from ..theme import MID_GREY, ink
from .check import GradientCheckView
from .exercise import ExerciseView
from .graph import NeuronGraph
from .model import InspectorModel, Sample
from .render import paragraph, step_rows


def _browser() -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    return browser


def parse_typed(text: str) -> tuple[list[float], float]:
    """"1, 1; 0" → ([1.0, 1.0], 0.0): the inputs, then the target after a semicolon.
    ValueError names what is wrong."""
    if ";" not in text:
        raise ValueError(translate(
            "Inspector",
            "write the inputs, a semicolon, then the target: 1, 1; 0",
        ))
    inputs_text, target_text = text.split(";", 1)
    try:
        inputs = [float(part) for part in inputs_text.replace(" ", "").split(",") if part]
        target = float(target_text.strip())
    except ValueError:
        raise ValueError(translate(
            "Inspector",
            "the inputs and the target must be numbers",
        )) from None
    if not inputs:
        raise ValueError(translate("Inspector", "give at least one input before the semicolon"))
    return inputs, target


def describe(sample: Sample, n_train: int) -> str:
    coordinates = ", ".join(number(v) for v in sample.raw)
    if sample.split == "train":
        where = translate(
            "Inspector",
            "training point {0} of {1}",
        ).format(sample.index + 1, n_train)
    elif sample.split == "test":
        where = translate("Inspector", "test point {0}").format(sample.index + 1)
    else:
        where = translate("Inspector", "typed point")
    return translate(
        "Inspector",
        "{0}: x = ({1}), target {2}",
    ).format(where, coordinates, number(sample.label))


class InspectorPanel(QWidget):
    """One sample, inspected; the model does the work, this only shows it."""

    apply_requested = Signal(object)  # the parameters after one plain-SGD step
    closed = Signal()

    def __init__(self, model: InspectorModel, session: SessionModel | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._session = session  # the network and learning rate the snapshots are of
        self._state: LatestState | None = None
        self._applied_pending = False  # the next snapshot holds weights set by Apply
        self.setObjectName("inspector")
        self.sample_label = QLabel(wordWrap=True)
        self.previous_button = self._tool("◀", translate(
            "Inspector",
            "Previous training point ([)",
        ),
                                          lambda: model.step_sample(-1))
        self.next_button = self._tool("▶", translate("Inspector", "Next training point (])"),
                                      lambda: model.step_sample(+1))
        self.typed = QLineEdit(placeholderText=translate(
            "Inspector",
            "type a point: x₁, x₂; target",
        ))
        self.typed.setToolTip(translate(
            "Inspector",
            "Inputs separated by commas, a semicolon, then the target (class number or value), "
            "e.g. 1, 1; 0. Press Enter.",
        ))
        self.typed.returnPressed.connect(self._typed_entered)
        self.follow_box = QCheckBox(translate("Inspector", "Follow training"), checked=model.follow)
        self.follow_box.setToolTip(translate(
            "Inspector",
            "Show this sample at the latest weights while training",
        ))
        self.follow_box.toggled.connect(model.set_follow)
        self.wrt_output_box = QCheckBox(translate("Inspector", "Differentiate ŷ itself"))
        self.wrt_output_box.setToolTip(translate("Inspector",
            "Backpropagate ∂ŷ/∂ŷ = 1 instead of a loss's gradient, as in a computational-graph "
            "exercise such as f = (x + y)·z"))
        self.wrt_output_box.toggled.connect(model.set_wrt_output)
        self.close_button = self._tool("✕", translate(
            "Inspector",
            "Close the inspector (Ctrl+I)",
        ), self.closed.emit)
        self.message = QLabel(wordWrap=True)
        self.message.hide()
        model.problem.connect(self._show_problem)

        self.forward_view = _browser()
        self.backward_view = _browser()
        self.update_view = _browser()
        self.graph = NeuronGraph(model)
        self.exercise = ExerciseView(model)
        self.check = GradientCheckView(model)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.forward_view, translate("Inspector", "Forward"))
        self.tabs.addTab(self._backward_page(), translate("Inspector", "Backward"))
        self.tabs.addTab(self._update_page(), translate("Inspector", "Update"))
        self.tabs.addTab(self.graph, translate("Inspector", "Graph"))
        self.tabs.addTab(self.exercise, translate("Inspector", "Exercise"))
        self.tabs.addTab(self.check, translate("Inspector", "Check"))
        for index, tip in enumerate((
                translate("Inspector", "Every neuron's z and a, the prediction and the loss"),
                translate(
                    "Inspector",
                    "The chain rule node by node, from the loss back to the inputs",
                ),
                translate("Inspector", "The plain-SGD step on this sample, and Apply this step"),
                translate("Inspector", "One neuron expanded into its computational graph"),
                translate("Inspector", "Work the values out yourself; the app checks them"),
                translate("Inspector", "Backprop against numerical gradients"))):
            self.tabs.setTabToolTip(index, tip)
        self._lay_out()
        model.changed.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.refresh()

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(text=text, toolTip=tip, autoRaise=True)
        button.clicked.connect(lambda *_: slot())
        return button

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.setSpacing(4)
        title = translate("Inspector", "Inspector")
        header.addWidget(QLabel(f"<b>{escape(title)}</b>"))
        header.addWidget(self.previous_button)
        header.addWidget(self.sample_label, 1)
        header.addWidget(self.next_button)
        header.addWidget(self.close_button)
        options = QHBoxLayout()
        options.addWidget(self.typed, 1)
        options.addWidget(self.follow_box)
        options.addWidget(self.wrt_output_box)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 2, 4, 2)
        column.setSpacing(2)
        column.addLayout(header)
        column.addLayout(options)
        column.addWidget(self.message)
        column.addWidget(self.tabs, 1)

    def _backward_page(self) -> QWidget:
        page = QWidget()
        self.restart_button = QPushButton(translate("Inspector", "Restart"))
        self.restart_button.clicked.connect(self.model.restart_nodes)
        self.previous_node_button = QPushButton(translate("Inspector", "◀ Node"))
        self.previous_node_button.setToolTip(translate("Inspector", "Back one node (Shift+N)"))
        self.previous_node_button.clicked.connect(self.model.previous_node)
        self.next_node_button = QPushButton(translate("Inspector", "Next node ▶"))
        self.next_node_button.setToolTip(translate(
            "Inspector",
            "Backpropagate through the next node (N)",
        ))
        self.next_node_button.clicked.connect(self.model.next_node)
        self.all_button = QPushButton(translate("Inspector", "All at once"))
        self.all_button.setToolTip(translate("Inspector", "Show the whole backward pass (Ctrl+N)"))
        self.all_button.clicked.connect(self.model.all_nodes)
        self.node_label = QLabel(wordWrap=True)
        row = QHBoxLayout()
        for widget in (self.restart_button, self.previous_node_button, self.next_node_button,
                       self.all_button):
            row.addWidget(widget)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 2, 0, 0)
        column.addLayout(row)
        column.addWidget(self.node_label)
        column.addWidget(self.backward_view, 1)
        return page

    def _update_page(self) -> QWidget:
        page = QWidget()
        self.apply_button = QPushButton(translate("Inspector", "Apply this step"))
        self.apply_button.setToolTip(translate("Inspector",
            "Perform exactly this plain-SGD update on this one sample: W ← W − α·∂L/∂W"))
        self.apply_button.clicked.connect(self._apply)
        self.alpha_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.alpha_label, 1)
        row.addWidget(self.apply_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 2, 0, 0)
        column.addLayout(row)
        column.addWidget(self.update_view, 1)
        self._applied: list[tuple[str, float, float]] = []
        return page

    # ------------------------------------------------------------------ following training
    def paint_latest(self, state: LatestState) -> None:
        """The repaint scheduler's call: the sample at the latest weights, while shown."""
        self._state = state
        snapshot, session = state.latest, self._session
        if snapshot is None or session is None or not self.isVisible():
            return
        self.model.set_state(session.spec, list(snapshot.weights),
                             session.train.learning_rate, snapshot.epoch,
                             force=self._applied_pending)
        self._applied_pending = False

    def painted_scenes(self) -> tuple:
        return ()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._state is not None:
            self.paint_latest(self._state)

    # ------------------------------------------------------------------ actions
    def _typed_entered(self) -> None:
        try:
            inputs, target = parse_typed(self.typed.text())
        except ValueError as error:
            self._show_problem(str(error))
            return
        if self.model.choose_typed(inputs, target):
            self.message.hide()

    def _show_problem(self, text: str) -> None:
        self.message.setText(translate("Inspector", "Not inspected: {0}.").format(text))
        self.message.setStyleSheet(f"color: {ink(self.palette(), 'error')};")
        self.message.show()

    def _apply(self) -> None:
        walkthrough = self.model.walkthrough
        if walkthrough is None or self.model.wrt_output:
            return
        self._applied = [(step.symbol.rstrip("⁺"), step.numbers[0], step.value)
                         for step in walkthrough.of(Stage.UPDATE)]
        self._applied_pending = True
        self.apply_requested.emit(walkthrough.updated_params())

    # ------------------------------------------------------------------ showing
    def refresh(self) -> None:
        model = self.model
        sample, dataset = model.sample, model.dataset
        n_train = len(dataset.raw_train) if dataset is not None else 0
        self.sample_label.setText(
            describe(sample, n_train) if sample is not None else translate(
                "Inspector",
                "no sample chosen",
            ))
        for button in (self.previous_button, self.next_button):
            button.setEnabled(n_train > 0)
        self.wrt_output_box.blockSignals(True)
        self.wrt_output_box.setChecked(model.wrt_output)
        self.wrt_output_box.blockSignals(False)
        shown = self.tabs.currentIndex()  # only the tab in view: following training stays cheap
        if shown == 0:
            self._show_forward()
        elif shown == 1:
            self._show_backward()
        elif shown == 2:
            self._show_update()

    def _placeholder(self) -> str:
        return f"<p style='color:{MID_GREY}'>{escape(self.model.error)}</p>"

    def _show_forward(self) -> None:
        model = self.model
        if model.walkthrough is None:
            self.forward_view.setHtml(self._placeholder())
            return
        parts = [paragraph(translate("Inspector", "Weights of epoch {0}.").format(model.epoch))]
        layers = sorted({s.layer for s in model.forward_steps()})
        for layer in layers:
            steps = [s for s in model.forward_steps() if s.layer == layer]
            parts.append(f"<p><b>{escape(self._layer_title(layer))}</b></p>"
                         + step_rows(steps))
        trace = model.walkthrough.trace
        prediction = ", ".join(number(v) for v in trace.output)
        if model.wrt_output:
            parts.append(paragraph(translate(
                "Inspector",
                "Prediction ŷ = {0}; no loss: ŷ itself is differentiated.",
            ).format(prediction)))
        else:
            target = ", ".join(number(v) for v in model.sample.target)
            heading = translate("Inspector", "Prediction and loss")
            values = translate("Inspector", "ŷ = {0}, target y = {1}").format(prediction, target)
            parts.append(f"<p><b>{escape(heading)}</b><br>{escape(values)}</p>"
                         + step_rows(model.loss_steps()))
        self.forward_view.setHtml("".join(parts))

    def _layer_title(self, layer: int) -> str:
        return translated(layer_title(self.model.spec, layer))

    def _show_backward(self) -> None:
        model = self.model
        nodes, cursor = model.nodes, model.cursor
        self.previous_node_button.setEnabled(cursor > 0)
        self.restart_button.setEnabled(cursor > 0)
        self.next_node_button.setEnabled(cursor < len(nodes))
        self.all_button.setEnabled(cursor < len(nodes))
        if model.walkthrough is None:
            self.node_label.setText("")
            self.backward_view.setHtml(self._placeholder())
            return
        current = model.current_node
        if current is None:
            self.node_label.setText(translate(
                "Inspector",
                "{0} nodes to go, from the output back",
            ).format(
                len(nodes)))
        else:
            name = model.walkthrough.neuron(current.layer, current.unit)
            self.node_label.setText(translate("Inspector", "Node {0} of {1}: {2}, {3}").format(
                cursor, len(nodes), name, self._layer_title(current.layer).lower()))
        parts = [paragraph(translate(
            "Inspector",
            "At every node: downstream gradient = local gradient × upstream gradient.",
        ))]
        for index, node in enumerate(nodes[:cursor]):
            name = model.walkthrough.neuron(node.layer, node.unit)
            anchor = "current" if index == cursor - 1 else f"node{index}"
            parts.append(f"<p><a name='{anchor}'></a><b>{escape(name)}</b> "
                         f"({escape(self._layer_title(node.layer).lower())})</p>"
                         + step_rows(node.steps, highlight=index == cursor - 1))
        inputs = model.input_steps()
        if inputs:
            heading = translate("Inspector", "To the inputs")
            parts.append(f"<p><b>{escape(heading)}</b></p>" + step_rows(inputs))
        self.backward_view.setHtml("".join(parts))
        if current is not None:
            self.backward_view.scrollToAnchor("current")

    def _show_update(self) -> None:
        model = self.model
        alpha = number(model.learning_rate)
        self.alpha_label.setText(
            translate("Inspector", "Plain SGD on this sample, learning rate α = {0}").format(alpha))
        usable = model.walkthrough is not None and not model.wrt_output
        self.apply_button.setEnabled(usable)
        if model.walkthrough is None:
            self.update_view.setHtml(self._placeholder())
            return
        parts = []
        if model.wrt_output:
            parts.append(paragraph(translate(
                "Inspector",
                "With ŷ itself differentiated there is no loss to descend; the update below only "
                "shows the arithmetic.",
            )))
        parts.append(step_rows(model.update_steps()))
        if self._applied:
            header = "".join(f"<th align='right'>{escape(name)}</th>" for name, _, _ in
                             self._applied)
            before = "".join(f"<td align='right'>{number(old)}</td>" for _, old, _ in
                             self._applied)
            after = "".join(f"<td align='right'>{number(new)}</td>" for _, _, new in
                            self._applied)
            heading = translate("Inspector", "The step just applied")
            was, now = translate("Inspector", "before"), translate("Inspector", "after")
            parts.append(
                f"<p><b>{escape(heading)}</b></p>"
                f"<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:"
                f"collapse'><tr><th></th>{header}</tr>"
                f"<tr><th align='left'>{escape(was)}</th>{before}</tr>"
                f"<tr><th align='left'>{escape(now)}</th>{after}</tr></table>")
        self.update_view.setHtml("".join(parts))

    def select_tab(self, name: str) -> None:
        """Show the tab called `name` (forward, backward, update, graph, exercise, check)."""
        order = ("forward", "backward", "update", "graph", "exercise", "check")
        self.tabs.setCurrentIndex(order.index(name))
