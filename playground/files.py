"""Every file the playground reads or writes goes through here: read only when it is a regular
file of bounded size, written whole or not at all."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

# Opening a FIFO for reading waits for a writer; non-blocking, it returns at once.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the tools' name for it)
    """`text`, marked for the translation tools in `context` (the ui translates it; this layer
    imports neither Qt nor the engine)."""
    return text


class FileRefused(Exception):
    """A file that was not read: `name` (the path, or how to call a path that cannot be shown)
    and `reason` ("not found", "a folder, not a file", …): the English of `reason_template`
    (marked in the "Files" context) filled with `reason_args`."""

    def __init__(self, name: str, reason_template: str, *reason_args: object) -> None:
        self.reason_template, self.reason_args = reason_template, reason_args
        self.name, self.reason = name, reason_template.format(*reason_args)
        super().__init__(f"cannot read {name}: {self.reason}")


class FileTooLarge(FileRefused):
    """A regular file over the size limit; `size` is its size in bytes."""

    def __init__(self, path: Path, size: int) -> None:
        super().__init__(str(path), QT_TRANSLATE_NOOP("Files", "too large ({0} MB)"),
                         f"{size / 2**20:.1f}")
        self.size = size


def path_problem(path: str) -> str | None:
    """What makes `path` unusable as a file name, or None: empty, a NUL character (no system
    takes one) or a lone surrogate (not text that can be written in UTF-8)."""
    if not path:
        return QT_TRANSLATE_NOOP("Files", "its name is empty")
    if "\0" in path:
        return QT_TRANSLATE_NOOP("Files", "its name holds a NUL character")
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return QT_TRANSLATE_NOOP("Files", "its name holds a lone surrogate, which is not text")
    return None


def read_regular_file(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of the regular file at `path`, refused (FileRefused) when it is anything else —
    a folder, a device such as /dev/zero, a FIFO — or larger than `max_bytes` (FileTooLarge).
    The type and size are checked before the file is opened, and again on the open file."""
    problem = path_problem(os.fspath(path))
    if problem is not None:
        raise FileRefused("the file", problem)
    target = Path(path)
    try:
        _check_regular(target, os.stat(target), max_bytes)
        fd = os.open(target, _OPEN_FLAGS)
        with os.fdopen(fd, "rb") as handle:
            _check_regular(target, os.fstat(handle.fileno()), max_bytes)  # swapped meanwhile?
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise FileRefused(str(target), QT_TRANSLATE_NOOP("Files", "not found")) from None
    except OSError as error:  # the system's own words
        raise FileRefused(str(target), "{0}", error.strerror or str(error)) from None
    if len(raw) > max_bytes:  # grew after the check
        raise FileTooLarge(target, len(raw))
    return raw


def _check_regular(path: Path, status: os.stat_result, max_bytes: int) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise FileRefused(str(path), QT_TRANSLATE_NOOP("Files", "it is a folder, not a file"))
    if not stat.S_ISREG(status.st_mode):
        raise FileRefused(str(path), QT_TRANSLATE_NOOP(
            "Files", "not a regular file (a device, a FIFO or a socket)"))
    if status.st_size > max_bytes:
        raise FileTooLarge(path, status.st_size)


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write `text` to `path` in UTF-8, whole or not at all (see `write_bytes_atomic`)."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename,
    so a crash never leaves a half-written file in place of a good one. The file keeps its
    permissions; a new file gets the user's default ones (what the umask leaves of 0666)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        kept_mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        kept_mode = None
    fd, tmp = _create_beside(target, folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if kept_mode is not None:
            os.chmod(tmp, kept_mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _create_beside(target: Path, folder: Path) -> tuple[int, Path]:
    """A new empty file in `folder` for `target`'s next content, open for writing. Created
    with mode 0666 less the umask, as any new file is (a temporary file's usual 0600 would
    make the saved file private)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
