"""The desktop app's entry point: `playground [FILE] [--screenshot OUT.png] [--config FILE]
[--epochs N] [--inspect N] [--theme NAME]`."""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    from .ui.language import CHOICES
    from .ui.theme import THEMES

    parser = argparse.ArgumentParser(
        prog="playground",
        description="A desktop neural-network playground: build, train and watch small networks.",
    )
    parser.add_argument("file", nargs="?", help="a session or model file to open")
    parser.add_argument(
        "--screenshot", metavar="OUT.png",
        help="render the main window offscreen after --epochs epochs, save it and exit",
    )
    parser.add_argument("--config", metavar="FILE", help="a model or session file to start from")
    parser.add_argument("--epochs", type=int, default=0, help="epochs to train before --screenshot")
    parser.add_argument("--size", default="1280x800", help="window size for --screenshot")
    parser.add_argument(
        "--inspect", type=int, metavar="N",
        help="open the inspector on training point N (counted from 0), showing the whole "
        "backward pass",
    )
    parser.add_argument(
        "--theme", choices=THEMES,
        help="start with this look (and remember it, as View → Theme does)",
    )
    parser.add_argument(
        "--language", choices=CHOICES,
        help="start in this language (and remember it, as View → Language does)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("playground")
    QCoreApplication.setApplicationName("playground")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from .ui.language import choose_language, give_font_advice_once, install_language
    from .ui.main_window import MainWindow

    settings = QSettings()
    if args.screenshot:  # a picture of the defaults, not of whatever the last session was
        settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                             "playground", "screenshot")
        settings.clear()
    if args.theme:
        from .ui.theme import SETTINGS_KEY

        settings.setValue(SETTINGS_KEY, args.theme)
    if args.language:
        choose_language(args.language, settings)
    # Before any window: every view translates its texts as it builds them.
    language = install_language(settings)
    window = MainWindow(settings, autosave=not args.screenshot)
    advice = give_font_advice_once(language)  # said on the error stream, once
    if advice:
        window.statusBar().showMessage(advice)
    to_open = args.config or args.file
    if to_open and not window.files.open_file(to_open):
        if args.screenshot:
            print(f"playground: error: cannot open {to_open}", file=sys.stderr)
            return 2
    if args.inspect is not None:
        window.show_inspector(True)
        window.inspector.select_tab("backward")
        window.inspector_model.choose("train", args.inspect)
    if not args.screenshot:
        from .ui.welcome import welcome_on_first_start

        window.restore_geometry()
        window.show()
        # A file asked for, or a session brought back, is what this start is about.
        if not to_open and not window.brought_back():
            welcome_on_first_start(window)
        return app.exec()

    width, height = (int(v) for v in args.size.lower().split("x"))
    window.resize(width, height)
    window.show()
    status = {"code": 1}

    def save() -> None:
        if args.inspect is not None:
            window.inspector_model.all_nodes()
        app.processEvents()
        ok = window.grab().save(args.screenshot)
        status["code"] = 0 if ok else 1
        window.close_without_asking()
        app.quit()

    def start() -> None:
        if args.epochs > 0:
            window.app.run_epochs_then(args.epochs, save)
        else:
            QTimer.singleShot(300, save)

    QTimer.singleShot(100, start)
    app.exec()
    return status["code"]


if __name__ == "__main__":
    sys.exit(main())
