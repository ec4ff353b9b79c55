"""Reminder slips (phiếu nhắc việc) -> print job: one part, so one page or more, per unit, in the commune's layout.

Pure: what each unit owes in, the neutral print job out; the PDF and Word renderers lay it out like the decision.
A slip: the header (issuer and motto columns, "Số:      /PNV-UBND" and the place-date line), the title "PHIẾU NHẮC
VIỆC" with its subject, "Kính gửi: <unit>", an opening sentence citing the plan, a table of the tasks with their
deadlines and states in sections (late, due, ongoing without progress), the request, and the signature of the one
who chases with "Nơi nhận:". Every word here is document template text (Vietnamese by law), and so are the mail's
subject and body that carry a slip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tthc_desktop.documents.model import (
    Block,
    Column,
    Header,
    Issuer,
    Orientation,
    Paragraph,
    ParagraphKind,
    Part,
    PrintJob,
    Row,
    Signature,
    Table,
    TitleBlock,
)
from tthc_desktop.domain import vnformat

TYPE_NAME = "PHIẾU NHẮC VIỆC"
SYMBOL_TYPE = "PNV"  # the slip's type in its symbol: "Số:      /PNV-UBND"
SECTIONS = ("late", "due", "silent")
COLUMNS = (
    Column("stt", "STT", 0.7, centred=True),
    Column("label", "Mục", 1.05, centred=True),
    Column("content", "Nội dung nhiệm vụ", 4.3),
    Column("deadline", "Thời hạn", 1.45, centred=True),
    Column("state", "Tình trạng", 1.9),
)


@dataclass(frozen=True)
class SlipEntry:
    """A task the unit owes, as the chasing service judged it."""

    section: str  # "late", "due" or "silent" (an ongoing task whose periods passed without progress)
    label: str  # its place in the plan: "B.II.4"
    content: str
    schedule: str | None  # as the plan writes it ("Hàng quý")
    deadlines: tuple[date, ...]  # late: those passed; due: the next; silent: the ends of the periods missed
    days: int | None  # late: days late; due: days left; None once the plan's year is over


@dataclass(frozen=True)
class SlipFacts:
    """Everything one unit's slip says."""

    unit: str  # the commune's unit, as it is named in Settings
    on: date  # the slip's date
    place: str  # for the date line
    symbol: str  # "PNV-UBND"
    plan_reference: str  # "Quyết định số 07/QĐ-UBND ngày 12/01/2026 của Chủ tịch UBND xã về việc ban hành Kế hoạch …"
    plan_subject: str  # "Hoạt động kiểm soát thủ tục hành chính năm 2026 …"
    within: int  # "due" means within this many days
    entries: tuple[SlipEntry, ...]
    signature_lines: tuple[str, ...]  # ("TL. CHỦ TỊCH", "VĂN PHÒNG - THỐNG KÊ")
    signer_name: str | None = None
    reply_to: str | None = None  # who collects the results: the commune's office
    office_abbreviation: str | None = None  # for "- Lưu: VT, VP-TK."
    number: int | None = None  # blank on the slip unless the clerk numbered it in the register
    closed_year: int | None = None  # the plan's year is over: what was owed at its end


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def section_title(section: str, within: int) -> str:
    if section == "late":
        return "NHIỆM VỤ ĐÃ QUÁ HẠN, CHƯA HOÀN THÀNH"
    if section == "due":
        return "NHIỆM VỤ ĐẾN HẠN HÔM NAY" if within == 0 else f"NHIỆM VỤ ĐẾN HẠN TRONG {within} NGÀY TỚI"
    return "NHIỆM VỤ THƯỜNG XUYÊN CHƯA BÁO CÁO TIẾN ĐỘ"


def deadline_text(entry: SlipEntry) -> str:
    if entry.section == "silent":
        return entry.schedule or "Thường xuyên"
    return "\n".join(vnformat.short_date(day) for day in entry.deadlines)


def state_text(entry: SlipEntry) -> str:
    if entry.section == "late":
        return "Quá hạn, chưa hoàn thành" if entry.days is None else f"Quá hạn {entry.days} ngày"
    if entry.section == "due":
        if entry.days == 0:
            return "Đến hạn hôm nay"
        return "Chưa hoàn thành" if entry.days is None else f"Còn {entry.days} ngày"
    last = max(entry.deadlines)
    return (f"Chưa báo cáo tiến độ {len(entry.deadlines)} kỳ tháng (gần nhất: kỳ đến ngày "
            f"{vnformat.short_date(last)})")


def slip_rows(facts: SlipFacts) -> list[tuple[str, str, str, str, str, str]]:
    """(section, STT, place in the plan, content, deadline, state) for every task, in the order printed."""
    rows = []
    for section in SECTIONS:
        entries = [e for e in facts.entries if e.section == section]
        for number, entry in enumerate(entries, start=1):
            rows.append((section, str(number), entry.label, entry.content, deadline_text(entry), state_text(entry)))
    return rows


def _table(facts: SlipFacts) -> Table:
    rows: list[Row] = []
    found = slip_rows(facts)
    sections = [s for s in SECTIONS if any(r[0] == s for r in found)]
    for number, section in enumerate(sections, start=1):
        rows.append(Row((vnformat.roman(number), section_title(section, facts.within), "", "", ""), group=True))
        rows += [Row(cells[1:]) for cells in found if cells[0] == section]
    return Table(COLUMNS, tuple(rows))


def subject(facts: SlipFacts) -> str:
    return f"Đôn đốc thực hiện Kế hoạch {_lower_first(facts.plan_subject)}"


def _opening(facts: SlipFacts, issuer: Issuer) -> str:
    when = (f"đến hết năm {facts.closed_year}" if facts.closed_year is not None
            else f"đến ngày {vnformat.short_date(facts.on)}")
    return (f"Thực hiện {facts.plan_reference}; căn cứ tình hình thực hiện {when}, Ủy ban nhân dân "
            f"{issuer.level_word} {issuer.name} nhắc {facts.unit} các nhiệm vụ được giao chủ trì thực hiện "
            "như sau:")


def _request(facts: SlipFacts, issuer: Issuer) -> str:
    to = f" về {facts.reply_to}" if facts.reply_to else ""
    return (f"Đề nghị {facts.unit} khẩn trương thực hiện các nhiệm vụ nêu trên, báo cáo kết quả (kèm văn bản, tài "
            f"liệu minh chứng){to} để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân {issuer.level_word}./.")


def _recipients(facts: SlipFacts, issuer: Issuer) -> tuple[str, ...]:
    keep = f"- Lưu: VT, {facts.office_abbreviation}." if facts.office_abbreviation else "- Lưu: VT."
    return ("- Như trên;", f"- Chủ tịch {issuer.abbreviation} {issuer.level_word} (để báo cáo);", keep)


def slip_part(facts: SlipFacts, issuer: Issuer, index: int = 1) -> Part:
    header = Header(parent_line=issuer.parent_line, issuer_lines=issuer.body_lines,
                    number_line=vnformat.number_line(facts.number, facts.symbol),
                    date_line=vnformat.date_line(facts.place, facts.on.year, facts.on.month, facts.on.day))
    blocks: list[Block] = [
        header,
        TitleBlock(TYPE_NAME, subject(facts)),
        Paragraph(ParagraphKind.ADDRESSEE, f"Kính gửi: {facts.unit}."),
        Paragraph(ParagraphKind.BODY, _opening(facts, issuer)),
        _table(facts),
        Paragraph(ParagraphKind.BODY, _request(facts, issuer)),
        Signature(recipients_title="Nơi nhận:", recipients=_recipients(facts, issuer),
                  lines=facts.signature_lines, name=facts.signer_name),
    ]
    return Part(f"slip-{index}", Orientation.PORTRAIT, tuple(blocks))


def compose_slips(slips: Sequence[SlipFacts], issuer: Issuer) -> PrintJob:
    """One part per unit: each slip starts on a page of its own and numbers its own pages."""
    if not slips:
        raise ValueError("no slip to compose")
    parts = tuple(slip_part(facts, issuer, index) for index, facts in enumerate(slips, start=1))
    title = f"{TYPE_NAME} {slips[0].unit}" if len(slips) == 1 else f"{TYPE_NAME} ({len(slips)} đơn vị)"
    return PrintJob(title=title, parts=parts)


def mail_subject(facts: SlipFacts, issuer: Issuer) -> str:
    who = f"{issuer.abbreviation} {issuer.level_word} {issuer.name}"
    return f"Phiếu nhắc việc ngày {vnformat.short_date(facts.on)} - {who}"


def mail_body(facts: SlipFacts, issuer: Issuer) -> str:
    return (f"Kính gửi {facts.unit},\n\n"
            f"Ủy ban nhân dân {issuer.level_word} {issuer.name} gửi kèm theo thư này Phiếu nhắc việc ngày "
            f"{vnformat.short_date(facts.on)} về các nhiệm vụ được giao chủ trì thực hiện theo Kế hoạch "
            f"{_lower_first(facts.plan_subject)}.\n\n"
            "Đề nghị quý cơ quan, đơn vị khẩn trương thực hiện và báo cáo kết quả.\n\nTrân trọng.")
