"""Printing a plan without SQLAlchemy: the command line's `render` (whole process) a few times faster.

The plan and how its commune prints it are read with plain sqlite3: `plan_json` gives what `PlanService.export_json`
gives (services/plan_json.py `plan_to_json`: the one exchange format), `issuer` and `format_rules` what
`PrintService` reads of the commune. The job is composed, rendered and saved by the functions `PrintService` uses
too (`compose_job`, `render_job`, `saved_format`). A test compares both ways on the bench's ten years of data and
the demo. Text is cleaned as the ORM's column types clean it on every read (db/text.py).

Only a file at the app's schema head is read here (services/first_view.py `connect`); for anything else `save`
gives None and the caller opens the file with the services (migrated, or refused in words).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from tthc_desktop import session_marker
from tthc_desktop.documents.compose import What, compose_plan
from tthc_desktop.documents.model import Issuer, PrintJob
from tthc_desktop.documents.rules import FormatRules, adjusted
from tthc_desktop.domain.enums import (
    Comparator,
    DocumentStatus,
    DocumentType,
    OrganizationLevel,
    OutlineKind,
    SectionKind,
    SigningAuthority,
    UnitRole,
)
from tthc_desktop.domain.numbering import format_number
from tthc_desktop.domain.plan_schema import (
    DocumentJson,
    IndicatorJson,
    OutlineNode,
    PlanJson,
    ScheduleJson,
    SectionNode,
    SignerJson,
)
from tthc_desktop.domain.signature import authority_line
from tthc_desktop.domain.templates import LEVEL_WORD
from tthc_desktop.domain.text import one_line, printable
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.files import write_atomic
from tthc_desktop.i18n import _
from tthc_desktop.services import first_view

Row = tuple[Any, ...]
Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")


def save(path: Path, plan_id: int, out: Path, what: What = "both", format: Format | None = None) -> Path | None:
    """`PrintService.save` on the database `path`, read with sqlite3; None when the services must open it."""
    chosen = saved_format(out, format)
    found = print_job(path, plan_id, what)
    if found is None:
        return None
    if session_marker.remembered_data(path) is None:  # as Database.open: the app saw the clerk's data here
        session_marker.remember_data(path)
    return write_atomic(Path(out), render_job(*found, chosen))


def saved_format(path: Path, format: Format | None) -> Format:
    """The format asked for, else the one the file name says; refused in words when neither is known."""
    chosen = format or Path(path).suffix.lstrip(".").lower()
    if chosen not in FORMATS:
        raise DataError(_("Unknown file type {suffix}: save as .pdf or .docx.").format(suffix=Path(path).suffix))
    return chosen  # narrowed to a Format by the test above


def render_job(job: PrintJob, rules: FormatRules, format: Format) -> bytes:
    if format == "pdf":
        from tthc_desktop.documents.pdf import PdfRenderer

        return PdfRenderer(rules).render(job)
    from tthc_desktop.documents.docx import DocxRenderer

    return DocxRenderer(rules).render(job)


def print_job(path: Path, plan_id: int, what: What = "both") -> tuple[PrintJob, FormatRules] | None:
    """The print job of plan `plan_id` in `path` with the commune's format; None when the file is not one to read
    this way (or breaks while being read: the services then say what is wrong with it)."""
    connection = first_view.connect(path)
    if connection is None:
        return None
    try:
        with connection:
            connection.execute("BEGIN")  # one snapshot for every read below
            plan = plan_json(connection, plan_id, schedules=False)  # a print job does not use them
            made_by = issuer(connection)
            rules = format_rules(connection)
    except (sqlite3.Error, ValueError, TypeError, LookupError):
        return None
    finally:
        connection.close()
    return compose_job(plan, made_by, rules, what), rules


def compose_job(plan: PlanJson, made_by: Issuer, rules: FormatRules, what: What) -> PrintJob:
    """The plan's print job, refused in words when it cannot be printed (PrintService and the plain read alike)."""
    has_decision = any(d["type"] == DocumentType.DECISION.value for d in plan["documents"])
    if what == "decision" and not has_decision:
        raise DataError(_("This plan has no decision issuing it. Print the plan alone."))
    try:
        return compose_plan(plan, made_by, what, rules)
    except ValueError as error:
        raise DataError(_("The plan cannot be printed: {reason}.").format(reason=error)) from error


def issuer_of(name: str, level: OrganizationLevel, abbreviation: str, parent_name: str | None) -> Issuer:
    return Issuer(name=name, level_word=LEVEL_WORD[level], abbreviation=abbreviation, parent_line=parent_name)


# ---------------------------------------------------------------- the commune


def _organization(connection: sqlite3.Connection) -> Row | None:
    row: Row | None = connection.execute("SELECT name, level, issuer_abbreviation, parent_name, document_format "
                                         "FROM organization ORDER BY id LIMIT 1").fetchone()
    return row


def issuer(connection: sqlite3.Connection) -> Issuer:
    """As `the_organization` read for printing: the commune issuing the documents."""
    row = _organization(connection)
    if row is None:
        raise NotFoundError(_("No commune profile yet. Create one (or the demo) first."))
    name, level, abbreviation, parent_name, _format = row
    return issuer_of(one_line(name), OrganizationLevel(level), one_line(abbreviation), _text(parent_name))


def format_rules(connection: sqlite3.Connection) -> FormatRules:
    """As `organization.format_rules`: the decree's defaults with the commune's adjustments."""
    row = _organization(connection)
    stored = json.loads(row[4]) if row is not None and row[4] is not None else None
    return adjusted(stored)


# ---------------------------------------------------------------- the plan (plan_json.plan_to_json)


def plan_json(connection: sqlite3.Connection, plan_id: int, schedules: bool = True) -> PlanJson:
    """`schedules`: each task's schedule as understood (domain.schedule), as plan JSON has it; False leaves it out
    (None) where it is not used, as in a print job, and spares importing and running the parser."""
    plan = connection.execute("SELECT year, document_id, decision_id, task_columns, indicator_columns, "
                              "task_appendix_title, indicator_appendix_title FROM plan WHERE id = ?",
                              (plan_id,)).fetchone()
    if plan is None:
        raise NotFoundError(_("Plan {id} does not exist. List the plans to see their numbers.").format(id=plan_id))
    year, document_id, decision_id, task_columns, indicator_columns, task_title, indicator_title = plan
    attached = decision_id is not None
    documents = [_document(connection, decision_id, attached=False)] if attached else []
    documents.append(_document(connection, document_id, attached=attached))
    return {
        "year": year,
        "documents": documents,
        "outline": _outline(connection, plan_id, year if schedules else None),
        "indicators": _indicators(connection, plan_id),
        "task_columns": _json(task_columns),  # NOT NULL columns
        "indicator_columns": _json(indicator_columns),
        "task_appendix_title": _text(task_title),
        "indicator_appendix_title": _text(indicator_title),
    }


def _document(connection: sqlite3.Connection, document_id: int, attached: bool) -> DocumentJson:
    (kind, number, symbol, year, month, day, status, place, subject, authority_text, proposed_by, signing_authority,
     signer_position, signer_name) = connection.execute(
        "SELECT type, number, symbol, year, issue_month, issue_day, status, place, subject, authority_line, "
        "proposed_by, signing_authority, signer_position, signer_name FROM document WHERE id = ?",
        (document_id,)).fetchone()
    signer_position, signer_name = _text(signer_position), _text(signer_name)
    signer: SignerJson | None = None
    if signer_name or signer_position:
        signer = {"authority": authority_line(SigningAuthority(signing_authority)), "position": signer_position,
                  "name": signer_name}

    def texts(table: str) -> list[str]:
        return [printable(row[0]) for row in connection.execute(
            f"SELECT text FROM {table} WHERE document_id = ? ORDER BY position, id", (document_id,))]  # noqa: S608

    return {
        "type": DocumentType(kind).value,
        "number": None if number is None else format_number(number, one_line(symbol)),
        "status": DocumentStatus(status).value,
        "place": printable(place),
        "date": None if attached else {"year": year, "month": month, "day": day},
        "subject": printable(subject),
        "authority_line": _text(authority_text),
        "legal_bases": texts("legal_basis"),
        "proposed_by": _text(proposed_by),
        "articles": texts("article"),
        "signer": signer,
        "recipients": texts("recipient"),
        "sections": _sections(connection, document_id),
    }


def _sections(connection: sqlite3.Connection, document_id: int) -> list[SectionNode]:
    children: dict[int | None, list[Row]] = {}
    for row in connection.execute("SELECT id, parent_id, kind, label, text FROM section WHERE document_id = ? "
                                  "ORDER BY position, id", (document_id,)):
        children.setdefault(row[1], []).append(row)

    def node(row: Row) -> SectionNode:
        section_id, _parent, kind, label, text = row
        return {"kind": SectionKind(kind).value, "label": _text(label), "text": printable(text),
                "children": [node(child) for child in children.get(section_id, ())]}

    return [node(row) for row in children.get(None, ())]


def _units(connection: sqlite3.Connection, owner: str, plan_table: str,
           plan_id: int) -> dict[int, dict[str, list[str]]]:
    """Each task's (or indicator's) unit texts by role, in their order."""
    units: dict[int, dict[str, list[str]]] = {}
    for owner_id, role, text in connection.execute(
            f"SELECT a.{owner}, a.role, a.text FROM unit_assignment a JOIN {plan_table} o ON o.id = a.{owner} "  # noqa: S608
            "WHERE o.plan_id = ? ORDER BY a.position, a.id", (plan_id,)):
        units.setdefault(owner_id, {}).setdefault(UnitRole(role).value, []).append(printable(text))
    return units


def _outline(connection: sqlite3.Connection, plan_id: int, year: int | None) -> list[OutlineNode]:
    parse = _schedule_parser() if year is not None else None
    units = _units(connection, "task_id", "outline_item", plan_id)
    children: dict[int | None, list[Row]] = {}
    for row in connection.execute("SELECT id, parent_id, kind, label, text, objective, expected_result, "
                                  "schedule_text FROM outline_item WHERE plan_id = ? ORDER BY position, id",
                                  (plan_id,)):
        children.setdefault(row[1], []).append(row)

    def node(row: Row) -> OutlineNode:
        item_id, _parent, kind, label, text, objective, expected_result, schedule_text = row
        kind = OutlineKind(kind)
        result: OutlineNode = {"kind": kind.value, "label": _text(label), "text": printable(text), "children": []}
        if kind is OutlineKind.TASK:
            own = units.get(item_id, {})
            schedule_text = _text(schedule_text)
            result.update({
                "objective": _text(objective), "expected_result": _text(expected_result),
                "lead_units": own.get(UnitRole.LEAD.value, []),
                "cooperating_units": own.get(UnitRole.COOPERATING.value, []),
                "schedule_text": schedule_text,
                "schedule": parse(schedule_text, year) if parse is not None and year is not None else None})
        result["children"] = [node(child) for child in children.get(item_id, ())]
        return result

    return [node(row) for row in children.get(None, ())]


def _indicators(connection: sqlite3.Connection, plan_id: int) -> list[IndicatorJson]:
    units = _units(connection, "indicator_id", "indicator", plan_id)
    result: list[IndicatorJson] = []
    for row in connection.execute(
            "SELECT id, group_label, group_title, label, name, unit, comparator, target, upstream_target, last_year, "
            "basis, formula, numerator_name, denominator_name FROM indicator WHERE plan_id = ? ORDER BY position, id",
            (plan_id,)):
        (indicator_id, group, group_title, label, name, unit, comparator, target, upstream_target, last_year, basis,
         formula, numerator_name, denominator_name) = row
        own = units.get(indicator_id, {})
        result.append({
            "group": _text(group), "group_title": _text(group_title), "label": _text(label), "name": printable(name),
            "unit": _text(unit), "comparator": Comparator(comparator).value, "target": _number(target),
            "upstream_target": _number(upstream_target), "last_year": _number(last_year), "basis": _text(basis),
            "formula": _text(formula), "numerator_name": _text(numerator_name),
            "denominator_name": _text(denominator_name), "lead_units": own.get(UnitRole.LEAD.value, []),
            "cooperating_units": own.get(UnitRole.COOPERATING.value, []),
        })
    return result


def _schedule_parser() -> Callable[[str | None, int], ScheduleJson]:
    from tthc_desktop.domain.schedule import parse_schedule  # its rules compile at import: only when wanted

    return parse_schedule


def _text(value: str | None) -> str | None:
    return printable(value) if isinstance(value, str) else value


def _number(value: float | int | None) -> float | None:
    """A float column as SQLAlchemy's Float gives it back (SQLite may hold a whole number as an integer)."""
    return float(value) if value is not None else None


def _json(value: str) -> Any:
    """A JSON column as db/text.py's CleanJSON gives it back: every string printable."""

    def walk(item: Any) -> Any:
        if isinstance(item, str):
            return printable(item)
        if isinstance(item, dict):
            return {walk(k): walk(v) for k, v in item.items()}
        if isinstance(item, list):
            return [walk(v) for v in item]
        return item

    return walk(json.loads(value))
