"""A monkey for the real window: random actions through its widgets (buttons clicked, combo
boxes chosen, numbers typed, items on the canvas clicked, menu actions triggered), with every
dialog answered by the test. Used by test_random_actions.py."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from playground.presets import PRESETS
from playground.ui.canvas.items import BiasItem, ColumnItem, LinkItem, NeuronButton
from playground.ui.controls import NumberBox
from playground.ui.main_window import MainWindow

# Typed into the number boxes: sensible, absurd and not numbers at all.
NUMBER_TEXTS = ("0.1", "0.03", "1", "3", "10", "1e6", "1e-300", "0", "-1", "abc", "", "nan",
                "inf", "0.001", "1e400", "٣")
INTEGER_TEXTS = ("1", "2", "10", "50", "0", "-5", "99999999", "x", "10000", "400")
WEIGHTS = (0.0, 0.5, -2.0, 1e6, -1e6, 3.25, None)  # typed in the weight dialog; None: Cancel
SIZES = ((1280, 800), (1024, 700), (1600, 1000), (800, 600), (1366, 768))


class Monkey:
    """Random actions on `window`, drawn from `rng`; `log` holds what each one did.

    Dialogs are replaced on the instances (FileActions, the canvas, the data view), so the
    actions run without a modal loop: files are saved into and opened from `folder`."""

    def __init__(self, window: MainWindow, rng: random.Random, folder: Path) -> None:
        self.window, self.rng, self.folder = window, rng, folder
        self.log: list[str] = []
        self.saved: list[str] = []
        self.told: list[str] = []
        self.values_asked = 0  # weight dialogs the clicks opened
        bad = folder / "broken.json"
        bad.write_text('{"format": "playground-model", "version": 2, "network": [')
        csv = folder / "points.csv"
        csv.write_text("x1,x2,label\n" + "".join(
            f"{rng.uniform(-5, 5):.3f},{rng.uniform(-5, 5):.3f},{i % 2}\n" for i in range(60)))
        (folder / "bad.csv").write_text("x1,x2,label\n1,2\n")
        self._opened = [str(bad), str(PRESETS[0].path), ""]
        self._csvs = [str(csv), str(folder / "bad.csv"), ""]
        self._patch_dialogs()
        controls, canvas, data = window.controls, window.canvas, window.dataview
        files = window.files

        def click(widget):
            return lambda: self._click(widget)

        def choose(combo):
            return lambda: self._choose(combo)

        def whole_number(box):
            return lambda: self._type(box, self.rng.choice(INTEGER_TEXTS))

        def menu(action):
            return lambda: self._menu(action)

        self.actions: list[tuple[str, int, Callable[[], str]]] = [
            ("play or pause", 8, click(controls.play_button)),
            ("step", 3, click(controls.step_button)), ("reset", 2, click(controls.reset_button)),
            ("+ layer", 4, lambda: self._toolbar(canvas.add_layer_action)),
            ("− layer", 3, lambda: self._toolbar(canvas.remove_layer_action)),
            ("neuron ±", 6, self.change_neurons), ("select layer", 3, self.select_layer),
            ("input feature", 3, self.toggle_feature), ("weight or bias", 5, self.edit_parameter),
            ("activation", 5, self.activation), ("loss", 3, choose(window.picker.loss_combo)),
            ("optimizer setting", 5, self.optimizer_setting),
            ("optimizer", 3, choose(controls.optimizer_box)),
            ("batch size", 3, whole_number(controls.batch_size_box)),
            ("regularization", 2, self.regularization),
            ("initializer", 1, choose(controls.init_box)),
            ("new seed", 1, click(controls.new_seed_button)),
            ("speed", 2, choose(controls.speed_box)),
            ("max epochs", 1, whole_number(controls.max_epochs_box)),
            ("dataset", 3, choose(data.kind_combo)),
            ("noise or training share", 3, self.slider), ("points or classes", 2, self.counts),
            ("regenerate", 1, click(data.regenerate_button)), ("own point", 2, self.own_point),
            ("undo", 4, menu(window.undo_action)), ("redo", 3, menu(window.redo_action)),
            ("save", 2, menu(files.save_action)), ("save as", 1, menu(files.save_as_action)),
            ("export", 1, menu(files.export_action)), ("open", 2, menu(files.open_action)),
            ("new session", 1, menu(files.new_action)), ("example", 1, self.example),
            ("inspector", 1, self.inspector), ("panel tab", 1, self.panel_tab),
            ("link mode", 1, choose(canvas.link_mode_box)), ("resize", 2, self.resize),
            ("timeline", 4, self.scrub), ("live", 2, click(window.timeline.live_button)),
            ("continue from here", 2, click(window.timeline.continue_button)),
            ("pin a run", 2, self.pin_run), ("restore a run", 1, self.restore_run),
            ("theme", 1, self.theme),
        ]

    # ------------------------------------------------------------------ dialogs
    def _patch_dialogs(self) -> None:
        files, canvas, data = self.window.files, self.window.canvas, self.window.dataview
        files.ask_save_path = self._save_path
        files.ask_open_path = lambda: self.rng.choice(self._opened + self.saved)
        files.ask_discard = lambda: self.rng.choice(("save", "discard", "discard", "cancel"))
        files.tell = lambda title, text: self.told.append(f"{title}: {text}")
        canvas.ask_value = self._weight
        data._ask_csv_path = lambda: self.rng.choice(self._csvs)
        data._warn = lambda title, text: self.told.append(f"{title}: {text}")

    def _weight(self, title: str, label: str, value: float) -> float | None:
        self.values_asked += 1
        return self.rng.choice(WEIGHTS)

    def _save_path(self, title: str, suggestion: str) -> str:
        if self.rng.random() < 0.15:
            return ""  # cancelled
        path = str(self.folder / f"saved-{self.rng.randrange(4)}.json")
        if path not in self.saved:
            self.saved.append(path)
        return path

    # ------------------------------------------------------------------ driving
    def act(self) -> str:
        """Do one random action; what it did."""
        names, weights, actions = zip(*self.actions)
        index = self.rng.choices(range(len(actions)), weights)[0]
        done = f"{names[index]}: {actions[index]()}"
        self.log.append(done)
        return done

    def _click(self, widget: QWidget) -> str:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        return widget.text() if hasattr(widget, "text") else type(widget).__name__

    def _choose(self, combo: QComboBox) -> str:
        """Pick an entry as a click in the popup does: current index, then `activated`."""
        index = self.rng.randrange(combo.count())
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        return combo.itemText(index)

    def _type(self, box: QWidget, text: str) -> str:
        """Select what the box shows, type `text` and press Return."""
        edit = box.lineEdit()
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        if text.isascii():
            QTest.keyClicks(edit, text)
        else:  # the test library types only ASCII keys
            edit.insert(text)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        if isinstance(box, QAbstractSpinBox):
            box.interpretText()  # what focus leaving the box does
        return repr(text)

    def _click_item(self, items: list) -> str:
        """Click a random one of the canvas's `items` with the mouse, where it is drawn."""
        if not items:
            return "none there"
        item = self.rng.choice(items)
        view = self.window.canvas.view
        if isinstance(item, LinkItem):
            point = item.path().pointAtPercent(self.rng.uniform(0.3, 0.7))
        else:
            point = item.sceneBoundingRect().center()
        spot = view.mapFromScene(point)
        if not view.viewport().rect().contains(spot):
            item.click()  # scrolled out of sight: what a click does
            return f"{type(item).__name__} (out of sight)"
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(spot))
        return type(item).__name__

    def _scene_items(self, kind: type) -> list:
        return [item for item in self.window.canvas.scene.items() if isinstance(item, kind)]

    # ------------------------------------------------------------------ the actions
    def _toolbar(self, action) -> str:
        button = self.window.canvas.toolbar.widgetForAction(action)
        if button is not None and button.isVisible():
            return self._click(button)
        action.trigger()  # in the toolbar's overflow menu
        return action.text()

    def change_neurons(self) -> str:
        return self._click_item(self._scene_items(NeuronButton))

    def select_layer(self) -> str:
        return self._click_item([c for c in self._scene_items(ColumnItem) if c.layer is not None])

    def toggle_feature(self) -> str:
        return self._click_item(list(self.window.canvas.scene.feature_nodes.values()))

    def edit_parameter(self) -> str:
        kind = LinkItem if self.rng.random() < 0.6 else BiasItem
        return self._click_item(self._scene_items(kind))

    def activation(self) -> str:
        picker = self.window.picker
        layer = self._choose(picker.layer_combo) if self.rng.random() < 0.5 else ""
        return f"{layer} {self._choose(picker.activation_combo)}".strip()

    def optimizer_setting(self) -> str:
        boxes = [b for b in self.window.controls.setting_boxes.values() if b.isVisible()]
        box: NumberBox = self.rng.choice(boxes or [self.window.controls.reg_rate_box])
        return self._type(box, self.rng.choice(NUMBER_TEXTS))

    def regularization(self) -> str:
        controls = self.window.controls
        if self.rng.random() < 0.5 and controls.reg_rate_box.isEnabled():
            return self._type(controls.reg_rate_box, self.rng.choice(NUMBER_TEXTS))
        return self._choose(controls.regularization_box)

    def slider(self) -> str:
        data = self.window.dataview
        slider = self.rng.choice((data.noise_slider, data.ratio_slider))
        key = self.rng.choice((Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
                               Qt.Key.Key_End, Qt.Key.Key_Right))
        QTest.keyClick(slider, key)
        return f"{slider.toolTip()[:12]}… {slider.value()}"

    def counts(self) -> str:
        data = self.window.dataview
        box = self.rng.choice((data.points_spin, data.classes_spin))
        if not box.isEnabled():
            return "disabled"
        return self._type(box, self.rng.choice(INTEGER_TEXTS))

    def own_point(self) -> str:
        editor = self.window.dataview.editor
        if not editor.type_button.isEnabled():
            return "not editable"
        for box in (editor.x1_spin, editor.x2_spin):
            box.setValue(self.rng.uniform(-6, 6))
        if editor.class_combo.count():
            editor.class_combo.setCurrentIndex(self.rng.randrange(editor.class_combo.count()))
        if self.rng.random() < 0.2:
            return self._click(editor.clear_button)
        return self._click(editor.type_button)

    def _menu(self, action) -> str:
        """Trigger a menu action; its text then, and the session file in use."""
        action.trigger()
        return f"{action.text()} ({self.window.files.current_path})"

    def example(self) -> str:
        entries = [a for a in self.window.presets_menu.actions() if not a.isSeparator()]
        action = self.rng.choice(entries)
        action.trigger()
        return action.text()

    def scrub(self) -> str:
        slider = self.window.timeline.slider
        if not slider.isEnabled() or slider.maximum() <= slider.minimum():
            return "nothing to show yet"
        slider.setValue(self.rng.randint(slider.minimum(), slider.maximum()))
        return str(slider.value())

    def pin_run(self) -> str:
        table = self.window.run_list.table
        if table.topLevelItemCount() == 0:
            return "no runs"
        item = table.topLevelItem(self.rng.randrange(table.topLevelItemCount()))
        checked = item.checkState(0) == Qt.CheckState.Checked
        item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        return item.text(1)

    def restore_run(self) -> str:
        table = self.window.run_list.table
        if table.topLevelItemCount() == 0:
            return "no runs"
        table.setCurrentItem(table.topLevelItem(self.rng.randrange(table.topLevelItemCount())))
        self.window.run_list.restore_button.click()
        return table.currentItem().text(1)

    def theme(self) -> str:
        action = self.rng.choice(self.window.theme_actions.actions())
        action.trigger()
        return action.text()

    def inspector(self) -> str:
        self.window.inspector_action.trigger()
        return "shown" if self.window.inspector.isVisible() else "hidden"

    def panel_tab(self) -> str:
        tabs = self.window.lower_tabs
        tabs.setCurrentIndex(self.rng.randrange(tabs.count()))
        return tabs.tabText(tabs.currentIndex())

    def resize(self) -> str:
        width, height = self.rng.choice(SIZES)
        self.window.resize(width, height)
        return f"{width}×{height}"
