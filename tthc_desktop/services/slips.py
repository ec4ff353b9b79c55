"""Reminder slips (phiếu nhắc việc): what each unit owes (ChasingService) as a page in the commune's layout
(documents.slips), saved as PDF or Word, or mailed through the outbox to the unit's address; each slip made is kept
in the history (which unit, when, which tasks, saved or mailed).

Decisions:
- A slip lists the tasks the unit leads that are late, due within the days asked, and its ongoing tasks whose
  reporting months passed without progress. A unit that owes nothing gets no slip; asked for that unit alone, the
  clerk is told so.
- The one who chases signs: by default the commune's office ("TL. CHỦ TỊCH" over the office's name, the name left
  to write by hand), or an official who may sign (the chair for the committee, a vice-chair for the chair).
- The number is left blank ("Số:      /PNV-UBND") for the register of outgoing documents, unless given.
- Mailing queues one message per unit with its own slip attached; a unit with no address in Settings is skipped
  and named. The history row is written after the message is queued; if it cannot be written, the message is
  cancelled, so no slip leaves unrecorded.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop.db.models import OutboxMessage, ReminderSlip
from tthc_desktop.documents import slips as slip_words
from tthc_desktop.documents.model import Issuer, PrintJob
from tthc_desktop.documents.rules import FormatRules
from tthc_desktop.domain.enums import SigningAuthority
from tthc_desktop.domain.signature import BODY_TITLE, HEAD_TITLE, authority_line, is_chair, is_signer
from tthc_desktop.domain.status import DUE_SOON_DAYS
from tthc_desktop.domain.templates import LEVEL_WORD
from tthc_desktop.domain.units import KNOWN, unit_key
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.files import write_atomic
from tthc_desktop.i18n import _, ngettext
from tthc_desktop.services.base import Service
from tthc_desktop.services.changes import Part
from tthc_desktop.services.chasing import ChasingService
from tthc_desktop.services.chasing_dto import ALL_UNITS, Dues, Owed, SlipBatch, SlipLineInfo, SlipRecord, UnitDues
from tthc_desktop.services.dto import UnitInfo
from tthc_desktop.services.mail import MailService
from tthc_desktop.services.organization import format_rules, the_organization, unit_info
from tthc_desktop.services.plans import load_plan
from tthc_desktop.services.report_figures import plan_reference

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")
OFFICE_KEYS = frozenset(key for group in KNOWN if group[0].startswith("van phong") for key in group)


@dataclass(frozen=True)
class SignerChoice:
    """Who signs the slips: the office (official_id None) or an official who may sign."""

    official_id: int | None
    lines: tuple[str, ...]  # upper case, as printed
    name: str | None  # printed under the room for the signature; None: written by hand


def office_of(units: Sequence[UnitInfo]) -> UnitInfo | None:
    """The commune's office among its active units (Văn phòng - Thống kê; Văn phòng HĐND và UBND …)."""
    active = [u for u in units if u.active_to is None]
    known = [u for u in active if {unit_key(u.name), unit_key(u.abbreviation)} & OFFICE_KEYS]
    found = known or [u for u in active if unit_key(u.name).startswith("van phong")]
    return found[0] if found else None


def _place(owed: Owed) -> str:
    task = owed.task
    return ".".join(part for part in (*task.group_labels, task.label or "") if part)


def _entries(unit: UnitDues) -> tuple[slip_words.SlipEntry, ...]:
    result = []
    for section, owed_list in (("late", unit.late), ("due", unit.due), ("silent", unit.silent)):
        for owed in owed_list:
            result.append(slip_words.SlipEntry(section, _place(owed), owed.task.content, owed.task.schedule_text,
                                               owed.deadlines, owed.days))
    return tuple(result)


class SlipService(Service):
    def __init__(self, session_factory: sessionmaker[Session], mail: MailService | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(session_factory)
        self._mail = mail if mail is not None else MailService(session_factory)
        self._today = today
        self._chasing = ChasingService(session_factory, today)

    # ------------------------------------------------------------ who signs

    def signers(self) -> list[SignerChoice]:
        """The office first (the default), then every official who may sign."""
        with self._read() as session:
            organization = the_organization(session)
            office = office_of([unit_info(u) for u in organization.units])
            choices = [SignerChoice(None, (authority_line(SigningAuthority.TL) or "",
                                           (office.name if office else "Văn phòng").upper()), None)]
            for official in organization.officials:
                if is_signer(official):
                    chair = is_chair(official.position)
                    authority = SigningAuthority.TM if chair else SigningAuthority.KT
                    lines = (authority_line(authority, BODY_TITLE, HEAD_TITLE) or "", official.position.upper())
                    choices.append(SignerChoice(official.id, lines, official.name))
            return choices

    # ------------------------------------------------------------ the slips

    def slips(self, plan_id: int, units: Sequence[int] | None = None, within: int = DUE_SOON_DAYS,
              at: date | None = None, signer: SignerChoice | None = None,
              number: int | None = None) -> list[tuple[UnitDues, slip_words.SlipFacts]]:
        """The facts of each slip: for the units asked (None: every unit that owes something), in the order of the
        commune's units. A unit asked for by name that owes nothing is refused in words."""
        at = at or self._today()
        dues = self._chasing.dues(plan_id=plan_id, unit=ALL_UNITS, within=within, at=at)
        signer = signer or self.signers()[0]
        with self._read() as session:
            organization = the_organization(session)
            plan = load_plan(session, plan_id)
            level_word = LEVEL_WORD[organization.level]
            reference = plan_reference(plan, level_word, organization.issuer_abbreviation)
            subject, place = plan.document.subject, organization.place_name
            abbreviation = organization.issuer_abbreviation
            known = {u.id: unit_info(u) for u in organization.units}
        office = office_of(list(known.values()))
        chosen = self._chosen(dues, known, units)
        return [(unit, slip_words.SlipFacts(
            unit=unit.name, on=at, place=place, symbol=f"{slip_words.SYMBOL_TYPE}-{abbreviation}",
            plan_reference=reference, plan_subject=subject, within=within, entries=_entries(unit),
            signature_lines=signer.lines, signer_name=signer.name,
            reply_to=office.name if office and office.id != unit.unit_id else None,
            office_abbreviation=office.abbreviation if office else None, number=number,
            closed_year=dues.year if dues.closed else None)) for unit in chosen]

    @staticmethod
    def _chosen(dues: Dues, known: dict[int, UnitInfo], units: Sequence[int] | None) -> list[UnitDues]:
        owing = [u for u in dues.units if u.unit_id is not None and u.owes]
        if units is None:
            if not owing:
                raise DataError(_("No unit owes anything on {date}: there is no slip to make.").format(
                    date=dues.at.strftime("%d/%m/%Y")))
            return owing
        for unit_id in units:
            if unit_id not in known:
                raise NotFoundError(_("Unit {id} does not exist.").format(id=unit_id))
        chosen = [u for u in owing if u.unit_id in set(units)]
        if not chosen:
            names = ", ".join(known[u].name for u in units)
            raise DataError(ngettext(
                "{units} owes nothing late or due within {days} day on {date}: there is no slip to make.",
                "{units} owes nothing late or due within {days} days on {date}: there is no slip to make.",
                dues.within).format(units=names, days=dues.within, date=dues.at.strftime("%d/%m/%Y")))
        return chosen

    def print_job(self, facts: Sequence[slip_words.SlipFacts]) -> tuple[PrintJob, FormatRules]:
        with self._read() as session:
            organization = the_organization(session)
            issuer = Issuer(name=organization.name, level_word=LEVEL_WORD[organization.level],
                            abbreviation=organization.issuer_abbreviation, parent_line=organization.parent_name)
            rules = format_rules(session)
        return slip_words.compose_slips(facts, issuer), rules

    def render(self, facts: Sequence[slip_words.SlipFacts], format: Format = "pdf") -> bytes:
        job, rules = self.print_job(facts)
        if format == "pdf":
            from tthc_desktop.documents.pdf import PdfRenderer

            return PdfRenderer(rules).render(job)
        from tthc_desktop.documents.docx import DocxRenderer

        return DocxRenderer(rules).render(job)

    def save(self, plan_id: int, path: Path, units: Sequence[int] | None = None, format: Format | None = None,
             within: int = DUE_SOON_DAYS, at: date | None = None, signer: SignerChoice | None = None) -> SlipBatch:
        """Every slip in one file (a page or more per unit), written whole or not at all, and kept in the history."""
        chosen = format or Path(path).suffix.lstrip(".").lower()
        if chosen not in FORMATS:
            raise DataError(_("Unknown file type {suffix}: save as .pdf or .docx.").format(suffix=Path(path).suffix))
        made = self.slips(plan_id, units, within, at, signer)
        data = self.render([facts for _unit, facts in made], chosen)  # `chosen` is a Format: tested above
        with self._write(Part.CHASING, plan=plan_id) as session:
            rows = [self._record(session, plan_id, unit, facts, "file", chosen) for unit, facts in made]
            write_atomic(Path(path), data)  # inside the transaction: no history of a file that was not written
            session.flush()
            records = tuple(_record_info(session, row) for row in rows)
        return SlipBatch(records, str(path))

    def send(self, plan_id: int, units: Sequence[int] | None = None, format: Format = "pdf",
             within: int = DUE_SOON_DAYS, at: date | None = None, signer: SignerChoice | None = None) -> SlipBatch:
        """One message per unit with its slip attached, queued in the outbox to the unit's address (sending is the
        outbox's: `MailService.send_due`). Units without an address are skipped and named."""
        made = self.slips(plan_id, units, within, at, signer)
        with_address = [(unit, facts) for unit, facts in made if unit.email]
        skipped = tuple(unit.name for unit, _facts in made if not unit.email)
        if not with_address:
            raise DataError(_("No e-mail address for {units}. Add one in Settings > Units, or save the slips and "
                              "print them.").format(units=", ".join(skipped)))
        issuer = self._issuer()
        records = []
        with tempfile.TemporaryDirectory(prefix="tthc-slips-") as folder:
            for unit, facts in with_address:
                data = self.render([facts], format)
                path = write_atomic(Path(folder) / slip_file_name(unit, facts.on, format), data)
                to = f"{unit.name} <{unit.email}>"
                outbox_id = self._mail.queue([to], slip_words.mail_subject(facts, issuer),
                                             slip_words.mail_body(facts, issuer), [path])
                try:
                    with self._write(Part.CHASING, plan=plan_id) as session:
                        row = self._record(session, plan_id, unit, facts, "mail", format, outbox_id, unit.email)
                        session.flush()
                        records.append(_record_info(session, row))
                except Exception:
                    self._mail.cancel(outbox_id)
                    raise
        return SlipBatch(tuple(records), None, skipped)

    def _issuer(self) -> Issuer:
        with self._read() as session:
            organization = the_organization(session)
            return Issuer(name=organization.name, level_word=LEVEL_WORD[organization.level],
                          abbreviation=organization.issuer_abbreviation, parent_line=organization.parent_name)

    @staticmethod
    def _record(session: Session, plan_id: int, unit: UnitDues, facts: slip_words.SlipFacts, delivery: str,
                file_format: str, outbox_id: int | None = None, recipient: str | None = None) -> ReminderSlip:
        task_ids = [owed.task.task_id for owed in (*unit.late, *unit.due, *unit.silent)]
        lines = [{"task_id": task_id, "section": row[0], "label": row[2], "content": row[3], "deadline": row[4],
                  "state": row[5]} for task_id, row in zip(task_ids, slip_words.slip_rows(facts), strict=True)]
        row = ReminderSlip(unit_id=unit.unit_id, unit_name=unit.name, plan_id=plan_id, year=facts.on.year,
                           made_on=facts.on, delivery=delivery, file_format=file_format,
                           outbox_message_id=outbox_id, recipient=recipient, lines=lines)
        session.add(row)
        return row

    # ------------------------------------------------------------ the history

    def history(self, plan_id: int | None = None, unit_id: int | None = None) -> list[SlipRecord]:
        """The slips made, newest first; a mailed one with the state of its message."""
        with self._read() as session:
            query = sa.select(ReminderSlip).order_by(ReminderSlip.made_on.desc(), ReminderSlip.id.desc())
            if plan_id is not None:
                query = query.where(ReminderSlip.plan_id == plan_id)
            if unit_id is not None:
                query = query.where(ReminderSlip.unit_id == unit_id)
            return [_record_info(session, row) for row in session.scalars(query)]


def slip_file_name(unit: UnitDues, on: date, format: str) -> str:
    """ "Phieu nhac viec VP-TK ngay 04-12-2026.pdf": the unit's abbreviation (else its name), in plain letters and
    words (domain.filenames), as the slips saved together are named."""
    from tthc_desktop.domain import filenames, vnformat

    who = (unit.abbreviation or unit.name or "").strip() or "đơn vị"
    return filenames.file_name(f"Phiếu nhắc việc {who} ngày {vnformat.short_date(on)}", format)


def _record_info(session: Session, row: ReminderSlip) -> SlipRecord:
    state = None
    if row.outbox_message_id is not None:
        message = session.get(OutboxMessage, row.outbox_message_id)
        state = message.state if message is not None else None
    lines = tuple(SlipLineInfo(line.get("task_id"), line.get("label", ""), line.get("content", ""),
                               line.get("deadline", ""), line.get("state", ""), line.get("section", ""))
                  for line in row.lines or [])
    return SlipRecord(row.id, row.unit_id, row.unit_name, row.plan_id, row.year, row.made_on, row.created_at,
                      row.delivery, row.file_format, row.recipient, row.outbox_message_id, state, lines)
