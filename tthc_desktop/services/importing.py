"""Bringing a plan in from a Word file or text: read it, say what was doubtful, store it as a new draft."""

from __future__ import annotations

import re
from pathlib import Path

from tthc_desktop.domain import communes
from tthc_desktop.domain.templates import LEVEL_WORD
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _
from tthc_desktop.importers import ImportResult, Notice, PlanImportError, import_docx, import_text
from tthc_desktop.services.base import Service
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.organization import the_organization
from tthc_desktop.services.plans import PlanService


def error_message(error: PlanImportError, source: str) -> str:
    messages = {
        "empty": _("{source} is empty: there is no plan to import."),
        "not_a_plan": _("{source} does not look like a plan: expected a plan or a decision with a task table "
                        "(STT, Nội dung công việc, …)."),
        "too_large": _("{source} is too large to be a plan. Import the plan alone, not a whole folder of documents."),
        "not_text": _("{source} is not text. Open it in Word and import the .docx, or paste the text."),
        "not_docx": _("{source} is not a Word .docx file. An old .doc file must be saved as .docx in Word first."),
        "malformed_docx": _("{source} is a damaged Word file. Open it in Word, save it again, and import it."),
        "unreadable": _("{source} could not be read. Check that it is not open in another program."),
    }
    return messages.get(error.kind, _("{source} could not be imported.")).format(source=source)


def describe(notice: Notice) -> str:
    """What the importer noticed, in the clerk's language, with where it was."""
    texts = {
        "unknown_column": _("a column whose heading is not known was left out"),
        "continuation": _("a row without a number was joined to the row above (a cell broken by a page break)"),
        "continuation_overlap": _("a row could be a continuation or a new item: check it"),
        "row_shifted": _("a row had its cells shifted: check it"),
        "extra_cells": _("a row had more cells than the table's heading"),
        "schedule_unknown": _("a schedule was not understood: check its wording"),
        "target_unknown": _("a target was not understood: check it"),
        "encoding_converted": _("old Vietnamese encoding (TCVN3 / VNI) converted to Unicode"),
        "year_guessed": _("the year was guessed from the text: check it"),
        "task_without_text": _("a task has no content"),
        "appendix_text_skipped": _("text inside an appendix was left out"),
        "text_skipped": _("text that is not part of a plan was left out"),
        "document_repeated": _("a document appeared twice; the first was kept"),
        "cell_truncated": _("a very long cell was shortened"),
        "rows_truncated": _("a very long table was cut short"),
        "text_truncated": _("the text was cut short"),
        "notices_truncated": _("more notices were left out"),
        "table_other": _("table {0} is not a table of tasks, indicators or events and was left out: choose its kind "
                         "if it is one"),
        "table_kind_doubtful": _("table {0} was read as {1}, but its heading does not settle it: check its kind"),
        "number_refused": _("the figure {0} is not written as Vietnamese numbers are (write {1}); it was left "
                            "empty"),
        "figure_ambiguous": _("{0} holds more than one figure; the first was read: check it"),
    }
    text = texts.get(notice.kind, notice.kind)
    if notice.args:
        args = [kind_name(a) if notice.kind == "table_kind_doubtful" and i == 1 else a
                for i, a in enumerate(notice.args)]
        if notice.kind == "number_refused" and not args[1]:
            args[1] = _("it with a comma for decimals")
        text = text.format(*args)
    return f"{place(notice.where)}: {text}"


def kind_name(kind: str) -> str:
    """A kind of table in the clerk's language."""
    return {
        "tasks": _("a table of tasks"),
        "indicators": _("a table of indicators"),
        "events": _("a schedule of inspections or events"),
        "other": _("another kind of table (left out)"),
    }.get(kind, kind)


def place(where: str) -> str:
    """The importer's "line 88", "table 2, row 14", "paragraph 7", "document" in the clerk's language."""
    match = re.fullmatch(r"table (\d+), row (\d+)", where)
    if match:
        return _("table {table}, row {row}").format(table=match[1], row=match[2])
    match = re.fullmatch(r"(line|paragraph) (\d+)", where)
    if match:
        word = _("line {number}") if match[1] == "line" else _("paragraph {number}")
        return word.format(number=match[2])
    return _("the document") if where == "document" else where


def decode_text(data: bytes) -> str:
    """Text as it comes from Notepad, a portal or an old machine: UTF-8/UTF-16 with or without a mark, else
    the Windows code page that old TCVN3/VNI text was typed in (the importer converts it)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


class ImportService(Service):
    def read(self, path: Path, kind: str | None = None, table_kinds: dict[int, str] | None = None) -> ImportResult:
        """The plan in a .docx or text file; nothing is written. Raises DataError with a clear message.
        `table_kinds` reads table N as the kind the clerk chose in the preview."""
        path = Path(path)
        kind = kind or ("docx" if path.suffix.lower() == ".docx" else "text")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise DataError(_("Cannot read {path} ({reason}).").format(path=path, reason=error.strerror)) from error
        try:
            if kind == "docx":
                return import_docx(data, table_kinds=table_kinds)
            return import_text(decode_text(data), table_kinds=table_kinds)
        except PlanImportError as error:
            raise DataError(error_message(error, path.name)) from error

    def read_text(self, text: str, table_kinds: dict[int, str] | None = None) -> ImportResult:
        """A whole document pasted into the app."""
        try:
            return import_text(text, table_kinds=table_kinds)
        except PlanImportError as error:
            raise DataError(error_message(error, _("The pasted text"))) from error

    def other_commune(self, result: ImportResult) -> str | None:
        """A warning when the document is another commune's plan (it names other communes and never ours, in its
        subjects, preamble, header and closing lines): saved, it would be a draft of ours with their name in it."""
        texts: list[str] = []
        for doc in result.plan.get("documents") or []:
            texts += [doc.get("subject") or "", doc.get("authority_line") or "", *(doc.get("legal_bases") or [])]
        lines = [line.text for line in result.source if line.table is None]
        texts += lines[:40] + lines[-40:]
        with self._read() as session:
            organization = the_organization(session)
            own = f"{LEVEL_WORD[organization.level]} {organization.name}"
            other = communes.other_commune(texts, organization.name)
        if other is None:
            return None
        return _("This document is the plan of {other}, not of {own}. Saved, it becomes a draft of {own} that still "
                 "says {other}: change the name in its subject, preamble and sections before issuing it.").format(
            other=other, own=own)

    def save(self, result: ImportResult) -> PlanSummary:
        """Store an imported plan as a new draft (numbers and issue dates are left for the clerk)."""
        return PlanService(self._session_factory).create_from_json(result.plan, as_draft=True)
