"""Rows pasted from a Word or Excel table into the Plan editor: the importer reads them (importers/pasted_rows.py:
text in, rows and plan-JSON task nodes out); here its refusals become the clerk's words, and a node the fields
`OutlineService.insert` takes."""

from __future__ import annotations

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.plan_schema import TASK_TEXT_FIELDS, UNITS_FIELDS, OutlineNode, TaskFields
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _
from tthc_desktop.importers.pasted_rows import TARGETS, PastedTable, PasteError, read_table, task_nodes

__all__ = ["TARGETS", "PastedTable", "insert_fields", "read", "task_nodes"]


def read(text: str | None, html: str | None = None) -> PastedTable:
    """The table on the clipboard with its columns' likely meaning; DataError in words when there is none to take."""
    try:
        return read_table(text, html)
    except PasteError as refused:
        raise DataError(_message(refused)) from refused


def _message(refused: PasteError) -> str:
    figures = refused.figures
    if refused.kind == "paste_too_long":
        return _("The pasted text is too long ({size} characters). Copy the table rows only.").format(
            size=vnformat.number(figures["size"], 0))
    if refused.kind == "paste_too_many_rows":
        return _("The pasted table has {count} rows; at most {limit} can be pasted at once.").format(
            count=figures["count"], limit=figures["limit"])
    return _("The clipboard holds no table rows. Copy rows of a table in Word or Excel first.")


def insert_fields(node: OutlineNode) -> tuple[str, TaskFields]:
    """A pasted task node as `OutlineService.insert` takes it: its text, and the task fields it has."""
    fields: TaskFields = {}
    for name in TASK_TEXT_FIELDS:
        if name in node:
            fields[name] = node[name]
    for units in UNITS_FIELDS:
        if units in node:
            fields[units] = node[units]
    return node["text"], fields
