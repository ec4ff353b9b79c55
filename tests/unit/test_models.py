"""Constraints the database itself enforces, on a real file built by the migrations."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from tthc_desktop.db.models import Document, Plan, UnitAssignment
from tthc_desktop.domain.enums import DocumentType
from tthc_desktop.services.database import Database


def _document(organization_id: int, number: int | None, symbol: str = "KH-UBND", year: int = 2026) -> Document:
    return Document(organization_id=organization_id, type=DocumentType.PLAN, number=number, symbol=symbol,
                    year=year, place="Hành Dũng", subject="Thử")


def test_a_number_is_unique_within_its_year_and_symbol(database: Database, demo_plan_id: int) -> None:
    with database.session_factory() as session, pytest.raises(sa_exc.IntegrityError):
        with session.begin():
            session.add_all([_document(1, 5), _document(1, 5)])


def test_the_same_number_may_return_in_another_year_or_symbol(database: Database, demo_plan_id: int) -> None:
    with database.session_factory() as session, session.begin():
        session.add_all([_document(1, 5), _document(1, 5, year=2027), _document(1, 5, symbol="QĐ-UBND")])


def test_drafts_without_numbers_never_collide(database: Database, demo_plan_id: int) -> None:
    with database.session_factory() as session, session.begin():
        session.add_all([_document(1, None), _document(1, None), _document(1, None)])


def test_foreign_keys_are_enforced(database: Database) -> None:
    with database.session_factory() as session, pytest.raises(sa_exc.IntegrityError):
        with session.begin():
            session.add(_document(organization_id=999, number=1))


def test_a_unit_assignment_belongs_to_exactly_one_owner(database: Database, demo_plan_id: int) -> None:
    with database.session_factory() as session, pytest.raises(sa_exc.IntegrityError):
        with session.begin():
            session.add(UnitAssignment(role="lead", position=0, text="Văn phòng - Thống kê"))


def test_deleting_a_plan_row_removes_its_outline_and_indicators(database: Database, demo_plan_id: int) -> None:
    with database.session_factory() as session, session.begin():
        session.execute(sa.delete(Plan).where(Plan.id == demo_plan_id))
    with database.engine.connect() as connection:
        for table in ("outline_item", "indicator", "unit_assignment"):
            assert connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar() == 0


def test_enums_are_stored_as_their_readable_values(database: Database, demo_plan_id: int) -> None:
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT type, status FROM document ORDER BY id").all()
    assert sorted(tuple(r) for r in rows) == [("KH", "issued"), ("QĐ", "issued")]
