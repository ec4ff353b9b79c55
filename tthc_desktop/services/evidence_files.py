"""Evidence files as the clerk knows them: by their own name and extension, copied out of the content store to
be opened with the system's program (the store names them by SHA-256 and has no extension to go by)."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

from tthc_desktop.errors import TthcError
from tthc_desktop.i18n import _
from tthc_desktop.paths import APP_NAME

# Characters Windows refuses in a file name, and the names it reserves whatever the extension.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
MAX_NAME = 150  # well inside Windows' 260-character paths once the temporary folder is added


def opened_folder() -> Path:
    """Where copies handed to the system's programs go: the temporary files, not the clerk's data."""
    return Path(tempfile.gettempdir()) / APP_NAME / "opened"


def safe_name(filename: str) -> str:
    """The file's own name, NFC, with what Windows refuses replaced and its extension kept."""
    name = unicodedata.normalize("NFC", Path(filename.replace("\\", "/")).name)
    name = _FORBIDDEN.sub("_", name).strip().rstrip(". ")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    if not stem or stem.upper() in _RESERVED:
        stem = f"_{stem}"
    suffix = suffix[:16]
    stem = stem[:MAX_NAME - len(suffix) - 1]
    return f"{stem}.{suffix}" if suffix else stem


def read(stored: Path) -> bytes:
    try:
        return stored.read_bytes()
    except OSError as error:
        raise TthcError(_("Cannot read the attached file {path} ({reason}).").format(
            path=stored, reason=error.strerror or error)) from error
