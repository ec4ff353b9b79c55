"""Figures of the tracker: Biểu 06 rows and their checks, which indicators Biểu 06 fills, period and year figures.

Decisions where reporting.md is silent:
- An indicator takes its figure from Biểu 06 when its formula text names the form's columns ("(8+9+12)/(3)",
  "(4)/(3)", spaces and brackets free). With no formula text, a conservative reading of its name: a "tỷ lệ" in %
  about "hồ sơ" that is "giải quyết ... đúng hạn" (on-time rate) or "trực tuyến" (online rate), and none of the
  words of the neighbouring indicators (publication, petitions, synchronisation, payment, digitisation, full or
  partial online service, electronic results, re-use, satisfaction). A formula text that names other figures
  ("b/a, a = settled in the year") is never read from Biểu 06: it is another ratio.
- Biểu 06 wins over an entered figure when the period has rows (the report prints both: they must agree); else the
  entered figure. Year to date: the period's own cumulative key (Q2 -> H1, M06 -> H1) from Biểu 06 or as entered;
  else the entered figures of periods that tile the year up to the period's end, added up (numerators and
  denominators; values of counts). Biểu 06 is never added up over periods (carried-over dossiers would count
  twice), and a percentage entered as a single value has no year-to-date figure unless entered for the cumulative
  period.
- Rows are checked before anything is written; the total row the clerk copies from the form (optional) must pass
  the four checks and equal the sum of the rows in every column.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tthc_desktop.db.models import DossierStats, Indicator, Measurement, Plan
from tthc_desktop.domain import periods, tracking
from tthc_desktop.domain.tracking import DossierRow, DossierRule
from tthc_desktop.domain.vnformat import fold
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _
from tthc_desktop.services import values as door
from tthc_desktop.services.organization import the_organization
from tthc_desktop.services.tracking_dto import DossierProblem, DossierRowInfo, DossierTable, IndicatorResult

ON_TIME, ONLINE = "on_time", "online"
_EXCLUDED = ("phan anh", "kien nghi", "cong bo", "cong khai", "dong bo", "thanh toan", "so hoa", "toan trinh",
             "mot phan", "cung cap", "ket qua", "dien tu", "su dung lai", "khai thac", "hai long")
Measured = dict[str, tuple[float | None, float | None, float | None]]  # period key -> numerator, denominator, value


class DossierCheckError(DataError):
    """Biểu 06 rows that break the form's checks; nothing was stored. `problems` says where, for the UI."""

    def __init__(self, message: str, problems: list[DossierProblem]) -> None:
        super().__init__(message)
        self.problems = problems


def total_label() -> str:
    return _("Total")


# ---------------------------------------------------------------- Biểu 06


def read_row(row: DossierRow, name: str | None = None) -> DossierRow:
    """The row with every count read as a whole number of dossiers within its bound (typed text such as "1.250"
    is read too); a total not written (None or empty) stays None: the sum of its parts. Raises DataError naming
    the row and the column."""
    counts: dict[str, Any] = {}  # int | None by the names of tracking.COUNT_FIELDS: DossierRow's count fields
    for column in tracking.COUNT_FIELDS:
        where = door.dossier_field(name or row.field, column)
        figure = door.count(where, getattr(row, column))
        if figure is None and column not in tracking.TOTAL_FIELDS:
            raise DataError(_("{field} is empty: write 0 when there were none.").format(field=where))
        counts[column] = figure
    return replace(row, **counts)


def check_rows(rows: list[DossierRow], total: DossierRow | None) -> DossierRow:
    """The total of sound rows (each read by `read_row` first); raises DataError for a missing or repeated field,
    DossierCheckError naming every row and check broken."""
    problems: list[DossierProblem] = []
    check_fields(rows)
    for row in rows:
        problems += [DossierProblem(row.field, rule, *tracking.rule_sides(row, rule))
                     for rule in tracking.broken_rules(row)]
    computed = tracking.total_row(rows, total_label())
    if total is not None:
        total = replace(total, field=total_label())
        problems += [DossierProblem(total.field, rule, *tracking.rule_sides(total, rule))
                     for rule in tracking.broken_rules(total)]
        problems += [DossierProblem(total.field, n, total.column(n), computed.column(n))
                     for n in tracking.COLUMNS if total.column(n) != computed.column(n)]
    if problems:
        raise DossierCheckError(_problems_message(problems), problems)
    return computed


def check_fields(rows: list[DossierRow]) -> None:
    """Every row has its field, and no field comes twice (the form has one row a field); DataError otherwise."""
    seen: set[str] = set()
    for row in rows:
        if not row.field:
            raise DataError(_("Every row of Biểu 06 needs its field (lĩnh vực). Nothing was saved."))
        if fold(row.field) in seen:
            raise DataError(_("The field “{field}” appears twice in Biểu 06. Nothing was saved.").format(
                field=row.field))
        seen.add(fold(row.field))


def _problems_message(problems: list[DossierProblem]) -> str:
    lines = [_("The dossier figures (Biểu 06) were not saved. Correct these rows and save again:")]
    for p in problems:
        if isinstance(p.rule, DossierRule):
            left, right = p.rule.value.split(" = ")
            lines.append(_("Row “{field}” breaks the check {rule}: {left} is {a} but {right} is {b}.").format(
                field=p.field, rule=p.rule.value, left=left, right=right, a=p.left, b=p.right))
        else:
            lines.append(_("Row “{field}”: column ({column}) is {a} but the rows add up to {b}.").format(
                field=p.field, column=p.rule, a=p.left, b=p.right))
    return "\n".join(lines)


def store_rows(session: Session, period_key: str, rows: list[DossierRow]) -> None:
    organization = the_organization(session)
    session.execute(sa.delete(DossierStats).where(DossierStats.organization_id == organization.id,
                                                  DossierStats.period_key == period_key))
    for position, row in enumerate(rows, start=1):
        session.add(DossierStats(organization_id=organization.id, period_key=period_key, field=row.field,
                                 position=position, **{name: getattr(row, name) for name in tracking.PART_FIELDS}))
    session.flush()


def stored_rows(session: Session, period_keys: list[str]) -> dict[str, list[DossierRow]]:
    organization = the_organization(session)
    rows: dict[str, list[DossierRow]] = defaultdict(list)
    for s in session.scalars(sa.select(DossierStats).where(
            DossierStats.organization_id == organization.id, DossierStats.period_key.in_(period_keys))
            .order_by(DossierStats.position, DossierStats.id)):
        rows[s.period_key].append(DossierRow(s.field, **{name: getattr(s, name) for name in tracking.PART_FIELDS}))
    return rows


def _row_info(row: DossierRow, position: int) -> DossierRowInfo:
    return DossierRowInfo(
        position=position, field=row.field, received=row.received_total, received_online=row.received_online,
        received_in_person=row.received_in_person, carried_over=row.carried_over, settled=row.settled_total,
        settled_early=row.settled_early, settled_on_time=row.settled_on_time, settled_late=row.settled_late,
        pending=row.pending_total, pending_within=row.pending_within, pending_late=row.pending_late,
    )


def dossier_table(session: Session, period_key: str) -> DossierTable:
    cutoff = the_organization(session).report_cutoff_day
    rows = stored_rows(session, [period_key]).get(period_key, [])
    total = tracking.total_row(rows, total_label())
    return DossierTable(
        period=periods.period(period_key, cutoff),
        rows=tuple(_row_info(r, i) for i, r in enumerate(rows, start=1)),
        total=_row_info(total, 0),
        on_time_rate=tracking.indicator_value(*tracking.on_time_figures(total)),
        online_rate=tracking.indicator_value(*tracking.online_figures(total)),
    )


# ---------------------------------------------------------------- indicators


def dossier_figure(name: str, formula: str | None, unit: str | None) -> str | None:
    """ON_TIME or ONLINE when the indicator's figure can be computed from Biểu 06, else None."""
    if formula and formula.strip():
        compact = re.sub(r"[\s()\[\]{}]", "", fold(formula))
        if "8+9+12/3" in compact:
            return ON_TIME
        if re.search(r"(?<![\d+/.,])4/3(?![\d/.,])", compact):
            return ONLINE
        return None
    text = " ".join(re.sub(r"[^\w]+", " ", fold(name)).split())
    if (unit or "%").strip() != "%" or "ty le" not in text or "ho so" not in text:
        return None
    if any(word in text for word in _EXCLUDED):
        return None
    if "giai quyet" in text and ("dung han" in text or "dung thoi han" in text) and "truc tuyen" not in text:
        return ON_TIME
    if "truc tuyen" in text and "dung han" not in text:
        return ONLINE
    return None


def derived_here(session: Session, indicator: Indicator, period_key: str) -> bool:
    """Whether the indicator's figure for the period is computed from Biểu 06: it maps to the form and the period
    has rows (then a figure typed for it would be ignored)."""
    if dossier_figure(indicator.name, indicator.formula, indicator.unit) is None:
        return False
    return bool(stored_rows(session, [period_key]).get(period_key))


@dataclass(frozen=True)
class Figure:
    value: float | None
    numerator: float | None
    denominator: float | None
    source: str | None  # "dossiers", "entered", None


NO_FIGURE = Figure(None, None, None, None)


def _period_figure(mapping: str | None, key: str, dossiers: dict[str, DossierRow], measured: Measured) -> Figure:
    if mapping and key in dossiers:
        take = tracking.on_time_figures if mapping == ON_TIME else tracking.online_figures
        numerator, denominator = take(dossiers[key])
        return Figure(tracking.indicator_value(numerator, denominator), numerator, denominator, "dossiers")
    if key not in measured:
        return NO_FIGURE
    entered_numerator, entered_denominator, value = measured[key]
    figure = tracking.indicator_value(entered_numerator, entered_denominator, value)
    return Figure(figure, entered_numerator, entered_denominator, "entered" if figure is not None else None)


def _year_to_date(indicator: Indicator, mapping: str | None, key: str, dossiers: dict[str, DossierRow],
                  measured: Measured) -> Figure:
    cumulative = periods.year_to_date_key(key)
    if cumulative is not None:
        figure = _period_figure(mapping, cumulative, dossiers, measured)
        if figure.value is not None:
            return figure
    keys = periods.tiling(periods.parse_key(key)[0], periods.month_span(key)[1], measured)
    if not keys:
        return NO_FIGURE
    parts = [measured[k] for k in keys]
    if all(n is not None and d is not None for n, d, _v in parts):
        numerator, denominator = sum(p[0] or 0 for p in parts), sum(p[1] or 0 for p in parts)
        return Figure(tracking.indicator_value(numerator, denominator), numerator, denominator, "entered")
    if all(v is not None and n is None for n, _d, v in parts) and (indicator.unit or "").strip() != "%":
        return Figure(float(sum(p[2] or 0 for p in parts)), None, None, "entered")
    return NO_FIGURE


def indicator_results(session: Session, plan: Plan, period_key: str) -> list[IndicatorResult]:
    indicators = list(plan.indicators)
    measured: dict[int, Measured] = defaultdict(dict)
    for m in session.scalars(sa.select(Measurement).where(
            Measurement.indicator_id.in_([i.id for i in indicators]),
            Measurement.period_key.like(f"{plan.year:04d}-%"))):
        measured[m.indicator_id][m.period_key] = (m.numerator, m.denominator, m.value)
    keys = [k for k in (period_key, periods.year_to_date_key(period_key)) if k]
    dossiers = {k: tracking.total_row(rows) for k, rows in stored_rows(session, keys).items() if rows}
    results = []
    for i in indicators:
        mapping = dossier_figure(i.name, i.formula, i.unit)
        now = _period_figure(mapping, period_key, dossiers, measured[i.id])
        ytd = _year_to_date(i, mapping, period_key, dossiers, measured[i.id])
        results.append(IndicatorResult(
            indicator_id=i.id, plan_id=plan.id, label=i.label, name=i.name, unit=i.unit, comparator=i.comparator,
            target=i.target, period_key=period_key, value=now.value, numerator=now.numerator,
            denominator=now.denominator, attainment=tracking.attainment(now.value, i.target, i.comparator),
            year_to_date_value=ytd.value,
            year_to_date_attainment=tracking.attainment(ytd.value, i.target, i.comparator),
            source=now.source, dossier_figure=mapping,
        ))
    return results
