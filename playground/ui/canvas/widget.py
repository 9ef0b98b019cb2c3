"""NetworkCanvas: the network editor. A toolbar row above a zoomable drawing of the network.

It draws the session's spec and never owns it: every structural edit goes through
`SessionModel.edit_spec` (so undo and redo come free) and the scene is rebuilt on
`spec_changed`. Training snapshots only restyle the existing items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...engine.errors import PlaygroundError
from ...engine.features import FEATURES
from ...engine.spec import NetworkSpec
from ...workers.snapshot import Snapshot
from ..language import translated
from ..session import SessionModel
from . import edits, readout
from .colormap import NEGATIVE, POSITIVE, hex_colour
from .edits import short_name
from .layout import column_pitch
from .link_modes import LINK_CONTEXT, LINK_MODES
from .menus import input_menu, layer_menu
from .scene import NetworkScene, feature_label
from .theme import Theme
from .view import ZOOM_STEP, NetworkView

if TYPE_CHECKING:
    from ..repaint import LatestState

HINT_MIN_VIEW_HEIGHT = 460  # pixels: shorter views have no room for the first-time hint
MESSAGE_MS = 6000  # how long the note saying why an edit was refused stays up
RELAYOUT_MS = 80  # a resize lays the network out again once it has paused this long


class NetworkCanvas(QWidget):
    """The network editor: click, menus and keys edit the session's spec; snapshots colour it."""

    layer_selected = Signal(int)  # index in spec.layers
    parameter_edited = Signal(int, str, tuple, float)  # layer, "W" or "b", index, new value
    parameter_picked = Signal(int, str, tuple)  # layer, "W" or "b", index: clicked while picking
    status_message = Signal(str)  # why an edit was refused

    def __init__(self, session: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._available: list[str] = FEATURES.names()
        self._selected: int | None = None
        self._picking = False
        self.scene = NetworkScene(self, self)
        self.view = NetworkView(self.scene, self)
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(self.message_label.hide)
        self._laid_out_for: float | None = None  # the width the scene was laid out for
        self._relayout_timer = QTimer(self, singleShot=True, interval=RELAYOUT_MS)
        self._relayout_timer.timeout.connect(self._relayout_if_needed)
        session.spec_changed.connect(self._rebuild)
        self._rebuild(session.spec)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)  # no drag handle: it is not in a main window's dock
        self.toolbar.layout().setSpacing(0)  # the buttons' own padding keeps them apart

        def action(text: str, tip: str, slot: Callable[[], None], keys=None) -> QAction:
            made = self.toolbar.addAction(text)
            made.setToolTip(tip)
            made.triggered.connect(lambda *_: slot())
            if keys is not None:
                made.setShortcut(QKeySequence(keys))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return made

        self.add_layer_action = action(
            self.tr("+ layer"), self.tr("Add a hidden layer after the selected one (Insert)"),
            self.add_layer,
        )
        self.remove_layer_action = action(
            self.tr("− layer"),
            self.tr("Remove the selected hidden layer, or the last one (Delete)"),
            self.remove_layer,
        )
        self.toolbar.addSeparator()
        self.fit_action = action(self.tr("Fit"), self.tr("Show the whole network"), self.view.fit)
        # "Zoom" once, then "−" and "+": the toolbar fits the narrowest window's canvas.
        zoom = QLabel(self.tr("Zoom"), self.toolbar)
        zoom.setContentsMargins(6, 0, 2, 0)
        zoom.setToolTip(self.tr("Zoom out or in (Ctrl + wheel)"))
        self.toolbar.addWidget(zoom)
        self.zoom_out_action = action(
            "−",
            self.tr("Zoom out (Ctrl + wheel)"),
            lambda: self.view.zoom_by(1 / ZOOM_STEP),
            QKeySequence.StandardKey.ZoomOut,
        )
        self.zoom_in_action = action(
            "+",
            self.tr("Zoom in (Ctrl + wheel)"),
            lambda: self.view.zoom_by(ZOOM_STEP),
            QKeySequence.StandardKey.ZoomIn,
        )
        self.message_label = QLabel(self.view)  # a note floating over the bottom of the view
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setStyleSheet(
            "background: rgba(48, 48, 48, 225); color: white; border-radius: 6px; padding: 6px;"
        )
        self.message_label.hide()
        self._build_legend()
        # What a first-time user can do here, in the space the network leaves free.
        self.hint_label = QLabel(self.view)
        self.hint_label.setContentsMargins(8, 4, 8, 6)
        self.hint_label.setWordWrap(True)
        self.hint_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # follows themes
        self.hint_label.setText(self.tr(
            "Press Play (Space) to train. Click an input to switch it on or off; use − / + on a "
            "layer for neurons; right-click a layer for more. Hover a neuron or link for its "
            "values; click a link or bias to edit it. Click a data point to follow it forward "
            "and backward through the network (Inspect → Inspector)."
        ))

    def _build_legend(self) -> None:
        """The legend floating over the view: what the links show (a switch) and their
        scale."""
        self.legend = QWidget(self.view)
        self.link_mode_box = QComboBox(self.legend)
        for mode in LINK_MODES.values():
            self.link_mode_box.addItem(translated(mode.label, LINK_CONTEXT), mode.key)
        self.link_mode_box.setToolTip(self.tr(
            "What the links show: the weights, their gradients over the training set, or how "
            "much the last epoch changed them"
        ))
        self.link_mode_box.currentIndexChanged.connect(
            lambda index: self.set_link_mode(self.link_mode_box.itemData(index)))
        self.legend_label = QLabel(self.legend)
        # In the legend rather than the toolbar, which then fits a narrow window.
        self.parameters_label = QLabel(self.legend)
        rows = QVBoxLayout(self.legend)
        rows.setContentsMargins(8, 6, 8, 6)
        rows.setSpacing(2)
        switch = QHBoxLayout()
        switch.addWidget(QLabel(self.tr("Links:"), self.legend))
        switch.addWidget(self.link_mode_box)
        rows.addWidget(self.parameters_label, 0, Qt.AlignmentFlag.AlignRight)
        rows.addLayout(switch)
        rows.addWidget(self.legend_label)
        rows.setAlignment(switch, Qt.AlignmentFlag.AlignRight)
        rows.setAlignment(self.legend_label, Qt.AlignmentFlag.AlignRight)

    def set_link_mode(self, key: str) -> None:
        """Show on the links what LINK_MODES[key] names: "weight", "gradient" or "update"."""
        index = self.link_mode_box.findData(key)
        if index != self.link_mode_box.currentIndex():
            self.link_mode_box.setCurrentIndex(index)  # comes back here
            return
        self.scene.set_link_mode(key)
        self._update_legend()

    def link_mode(self) -> str:
        return self.scene.link_mode.key

    def _update_legend(self) -> None:
        mode = self.scene.link_mode
        text = self.tr(
            "<span style='color:{0}'>■</span> negative&nbsp;&nbsp;"
            "<span style='color:{1}'>■</span> positive&nbsp;&nbsp;·&nbsp;{2}"
        ).format(hex_colour(NEGATIVE), hex_colour(POSITIVE),
                 mode.scale_text(self.scene.link_scale))
        if text != self.legend_label.text():  # a new text lays the legend out again
            self.legend_label.setText(text)
            self.legend_label.setToolTip(self.tr(
                "{0} Squares on neurons: biases, in the same kind of value. "
                "Images: each neuron's output over the input plane. A ✕ marks a dead neuron, "
                "≈ a saturated one: hover it for what that means."
            ).format(translated(mode.meaning, LINK_CONTEXT)))
            self._place_legend()

    # --- what the canvas shows -------------------------------------------------------------

    @property
    def spec(self) -> NetworkSpec:
        return self._session.spec

    @property
    def selected_layer(self) -> int | None:
        return self._selected

    def shown_features(self) -> list[str]:
        """The input column: every available feature, then any other the spec uses."""
        return self._available + [f for f in self.spec.features if f not in self._available]

    def set_available_features(self, names: Sequence[str]) -> None:
        """The features the data offers: `engine.features.available_features(raw_columns)`."""
        self._available = list(names)
        self._rebuild(self.spec)

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Show the latest training state: link widths and colours, biases, neuron images,
        badges, and the links' scale in the legend."""
        self.scene.apply_snapshot(snapshot)
        self._update_legend()

    def paint_latest(self, state: LatestState) -> None:
        """Show the latest snapshot (the repaint scheduler's call)."""
        if state.latest is not None:
            self.set_snapshot(state.latest)

    def shown_run(self) -> int | None:
        """The run of the training snapshot the canvas shows (its edits are meant for that
        network); None before one."""
        snapshot = self.scene.snapshot
        return None if snapshot is None else snapshot.run

    def painted_scenes(self) -> tuple[QObject, ...]:
        return (self.scene,)

    def show_marks(self, inputs: Sequence[float],
                   values: Sequence[Sequence[tuple[float | None, float]]],
                   current: tuple[int, int] | None) -> None:
        """The inspector's sample: values beside the nodes, a ring round the current node."""
        self.scene.show_marks(inputs, values, current)

    def clear_marks(self) -> None:
        self.scene.clear_marks()

    def _layout_width(self) -> float | None:
        """The width the network is laid out to fit: the view's, once it has one."""
        width = self.view.viewport().width()
        return float(width) if self.view.isVisible() and width > 0 else None

    def _rebuild(self, spec: NetworkSpec) -> None:
        theme = Theme.from_palette(self.palette())
        self._laid_out_for = self._layout_width()
        self.scene.build(spec, self.shown_features(), theme, self._laid_out_for)
        self.view.setBackgroundBrush(theme.background)
        if self._selected is not None and self._selected >= len(spec.layers):
            self._selected = len(spec.layers) - 1
        self.scene.set_selected_layer(self._selected)
        self.remove_layer_action.setEnabled(len(spec.layers) > 1)
        try:
            count = edits.parameter_count(spec)
        except PlaygroundError as error:
            self.parameters_label.setText(self.tr("Parameters: —"))
            self.parameters_label.setToolTip(translated(error.text))
        else:
            self.parameters_label.setText(self.tr("Parameters: {0}").format(f"{count:,}"))
            self.parameters_label.setToolTip(self.tr(
                "Weights plus biases: k·l₁ + l₁·l₂ + … + lₘ·o weights and l₁ + … + lₘ + o biases"
            ))
        self.view.refit()
        self._update_legend()
        self._place_legend()  # the parameter count in it may have changed its width

    def select_layer(self, layer: int) -> None:
        """Select layer `layer` (an index in spec.layers): it is highlighted and keys act on it."""
        self._selected = layer
        self.scene.set_selected_layer(layer)
        self.view.setFocus()
        self.layer_selected.emit(layer)

    def show_message(self, text: str) -> None:
        """Say why an edit did not happen: in a note over the view and to the app's status bar."""
        text = text[:1].upper() + text[1:]
        self.message_label.setText(text)
        self._place_message()
        self.message_label.show()
        self.message_label.raise_()
        self._message_timer.start()
        self.status_message.emit(text)

    def _place_message(self) -> None:
        label, area = self.message_label, self.view.rect()
        width = min(area.width() - 24, label.fontMetrics().horizontalAdvance(label.text()) + 24)
        height = label.heightForWidth(width)
        label.setGeometry(
            area.center().x() - width // 2, area.bottom() - height - 12, width, height
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Wide enough for every toolbar action: none hides behind an extension button."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.toolbar.sizeHint().width()), hint.height())

    def _relayout_if_needed(self) -> None:
        """Lay the network out again if the view's width calls for other column distances."""
        columns = len(self.spec.layers) + 1  # the inputs, then every layer
        if column_pitch(columns, self._layout_width()) != column_pitch(columns, self._laid_out_for):
            self._rebuild(self.spec)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._relayout_if_needed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout_timer.start()  # once the size settles: a new layout rebuilds the scene
        self._place_message()
        area = self.view.rect()
        height = self.hint_label.heightForWidth(area.width())
        self.hint_label.setGeometry(0, area.bottom() - height, area.width(), height)
        # In a short view (the inspector open below) the hint would sit over the network.
        self.hint_label.setVisible(area.height() >= HINT_MIN_VIEW_HEIGHT)
        self._place_legend()

    def _place_legend(self) -> None:
        """The legend in the view's bottom-right corner, above the hint when it shows: the
        output column is short, so the corner below it is nearly always free."""
        area, size = self.view.rect(), self.legend.sizeHint()
        bottom = area.bottom()
        if self.hint_label.isVisibleTo(self):
            bottom = self.hint_label.geometry().top()
        self.legend.setGeometry(area.right() - size.width(), bottom - size.height(),
                                size.width(), size.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: redraw in its colours
            self._rebuild(self.spec)

    # --- structural edits: every one goes through the session's undo stack ------------------

    def _edit(self, make: Callable[[NetworkSpec], NetworkSpec], description: str) -> bool:
        try:
            new = make(self.spec)
        except PlaygroundError as error:
            self.show_message(translated(error.text))
            return False
        self._session.edit_spec(new, description)
        return True

    def insert_layer(self, position: int) -> None:
        """Insert a hidden layer at `position` in spec.layers and select it."""
        if self._edit(lambda spec: edits.add_layer(spec, position), self.tr("Add layer")):
            self.select_layer(position)

    def add_layer(self) -> None:
        """The "+ layer" button: after the selected hidden layer, else just before the output."""
        hidden = len(self.spec.layers) - 1
        selected = self._selected
        self.insert_layer(selected + 1 if selected is not None and selected < hidden else hidden)

    def remove_layer(self, layer: int | None = None) -> None:
        """Remove hidden layer `layer` (default: the selected one, else the last hidden one)."""
        hidden = len(self.spec.layers) - 1
        if layer is None:
            selected = self._selected
            layer = selected if selected is not None and selected < hidden else hidden - 1
        if hidden == 0:
            self.show_message(self.tr("There is no hidden layer to remove"))
            return
        name = short_name(self.spec, layer)
        if self._edit(lambda spec: edits.remove_layer(spec, layer),
                      self.tr("Remove {0}").format(name)):
            self.select_layer(min(layer, len(self.spec.layers) - 1))  # the one that moved up

    def change_neurons(self, layer: int, delta: int) -> None:
        """Add (delta > 0) or remove a neuron of hidden layer `layer`."""
        change = edits.add_neuron if delta > 0 else edits.remove_neuron
        done = self.tr("Add neuron to {0}") if delta > 0 else self.tr("Remove neuron from {0}")
        self._edit(lambda spec: change(spec, layer), done.format(short_name(self.spec, layer)))

    def set_activation(self, layer: int, name: str) -> None:
        label = edits.activation_label(name)
        where = short_name(self.spec, layer)
        self._edit(lambda spec: edits.set_activation(spec, layer, name), f"{where}: {label}")

    def toggle_feature(self, name: str) -> None:
        done = self.tr("Remove input {0}") if name in self.spec.features else self.tr(
            "Add input {0}")
        self._edit(
            lambda spec: edits.toggle_feature(spec, name, self.shown_features()),
            done.format(feature_label(name)),
        )

    # --- menus and keys ----------------------------------------------------------------------

    def layer_menu(self, layer: int | None) -> QMenu:
        """The context menu of a layer (an index in spec.layers), or of the inputs for None."""
        if layer is None:
            shown = self.shown_features()
            return input_menu(self, self.spec, shown, [feature_label(f) for f in shown], self)
        return layer_menu(self, self.spec, layer, self)

    def show_layer_menu(self, layer: int | None, screen_pos: QPoint) -> None:
        if layer is not None:
            self.select_layer(layer)
        menu = self.layer_menu(layer)
        menu.exec(screen_pos)
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        layer, key = self._selected, event.key()
        chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if layer is None or event.modifiers() & chord:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.change_neurons(layer, 1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.change_neurons(layer, -1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_layer(layer)
        elif key == Qt.Key.Key_Insert:
            self.insert_layer(layer + 1 if layer < len(self.spec.layers) - 1 else layer)
        else:
            super().keyPressEvent(event)

    # --- parameter edits and tooltips (the items call these) --------------------------------

    @property
    def picking(self) -> bool:
        return self._picking

    def set_picking(self, picking: bool) -> None:
        """While picking, a click on a link or bias emits `parameter_picked` instead of
        opening the value dialog (the loss surface chooses its two parameters so)."""
        self._picking = picking

    def ask_value(self, title: str, label: str, value: float) -> float | None:
        """Ask the user for a number; None if they cancel. The one place that opens the dialog."""
        number, ok = QInputDialog.getDouble(self, title, label, value, -1e6, 1e6, 4)
        return float(number) if ok else None

    def edit_weight(self, layer: int, i: int, j: int) -> None:
        title = self.tr("Weight {0}").format(readout.link_name(self.spec, layer, i, j))
        self._edit_parameter(layer, "W", (i, j), title, "w =")

    def edit_bias(self, layer: int, j: int) -> None:
        title = self.tr("Bias of {0} #{1}").format(short_name(self.spec, layer), j + 1)
        self._edit_parameter(layer, "b", (j,), title, "b =")

    def _edit_parameter(
        self, layer: int, name: str, index: tuple[int, ...], title: str, label: str
    ) -> None:
        if edits.unit_pieces(self.spec, layer) > 1:
            self.show_message(self.tr(
                "A maxout neuron has several pieces: its weights cannot be set here"))
            return
        if self._picking:
            self.parameter_picked.emit(layer, name, tuple(index))
            return
        current = readout.parameter_value(self.spec, self.scene.snapshot, layer, name, index)
        value = self.ask_value(title, label, current)
        if value is not None:
            self.parameter_edited.emit(layer, name, tuple(index), value)

    def describe_link(self, layer: int, i: int, j: int) -> str:
        return readout.link_text(self.spec, self.scene.snapshot, layer, i, j)

    def describe_neuron(self, layer: int, j: int) -> str:
        return readout.neuron_text(self.spec, self.scene.snapshot, layer, j)
