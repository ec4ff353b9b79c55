"""Importers: a plan as clerks receive it (Word files, text copied out of a PDF) -> the app's plan JSON.

Pure Python (standard library, python-docx, the domain): no Qt, no database. See text.py and docx.py.
"""

from __future__ import annotations

import os
from typing import IO

from tthc_desktop.importers.result import ImportError_, ImportResult, Notice, PlanImportError, SourceLine, TableInfo

__all__ = ["ImportError_", "ImportResult", "Notice", "PlanImportError", "SourceLine", "TableInfo", "import_docx",
           "import_text"]


def import_text(text: str, *, table_kinds: dict[int, str] | None = None) -> ImportResult:
    from tthc_desktop.importers.text import import_text as run

    return run(text, table_kinds=table_kinds)


def import_docx(source: str | os.PathLike[str] | bytes | IO[bytes], *,
                table_kinds: dict[int, str] | None = None) -> ImportResult:
    from tthc_desktop.importers.docx import import_docx as run

    return run(source, table_kinds=table_kinds)
