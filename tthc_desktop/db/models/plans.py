"""The year's plan: its outline of groups and tasks, the units assigned, and its indicators."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tthc_desktop.db.base import Base, Timestamped
from tthc_desktop.db.models.documents import Document
from tthc_desktop.domain.enums import Comparator, OutlineKind, UnitRole


class Plan(Timestamped, Base):
    """A KSTT plan: the KH document, the decision issuing it (if any), and what its tables show."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organization.id", ondelete="RESTRICT"), index=True)
    year: Mapped[int] = mapped_column(index=True)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("document.id", ondelete="RESTRICT"), unique=True)
    decision_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("document.id", ondelete="SET NULL"), unique=True
    )
    # Columns as [{"key": "content", "title": "Nội dung công việc", "group": null}, ...]: keys from
    # domain.columns, titles exactly as the plan prints them.
    task_columns: Mapped[list[Any]] = mapped_column(default=list)
    indicator_columns: Mapped[list[Any]] = mapped_column(default=list)
    task_appendix_title: Mapped[str | None]
    indicator_appendix_title: Mapped[str | None]
    copied_from_id: Mapped[int | None] = mapped_column(sa.ForeignKey("plan.id", ondelete="SET NULL"))
    amends_id: Mapped[int | None] = mapped_column(sa.ForeignKey("plan.id", ondelete="SET NULL"))

    document: Mapped[Document] = relationship(foreign_keys=[document_id])
    decision: Mapped[Document | None] = relationship(foreign_keys=[decision_id])
    items: Mapped[list[OutlineItem]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True, order_by="OutlineItem.position"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True, order_by="Indicator.position"
    )


class OutlineItem(Timestamped, Base):
    """A row of the task table: a group (A, I, 1.1 ...) or a task. Siblings are ordered by position."""

    __tablename__ = "outline_item"
    # Groups and tasks share one table: load their own columns in the same SELECT, not one query per row.
    __mapper_args__ = {"polymorphic_on": "kind", "with_polymorphic": "*"}

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(sa.ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("outline_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    kind: Mapped[OutlineKind]
    label: Mapped[str | None]
    label_manual: Mapped[bool] = mapped_column(default=False)  # the clerk overrode automatic numbering
    text: Mapped[str]  # a group's title or a task's content

    plan: Mapped[Plan] = relationship(back_populates="items")
    parent: Mapped[OutlineItem | None] = relationship(back_populates="children", remote_side=[id])
    children: Mapped[list[OutlineItem]] = relationship(
        back_populates="parent", order_by="OutlineItem.position", cascade="all, delete-orphan", passive_deletes=True
    )


class TaskGroup(OutlineItem):
    __mapper_args__ = {"polymorphic_identity": OutlineKind.GROUP}


class Task(OutlineItem):
    """A task; the schedule is kept exactly as written, what it means is derived by the tracker."""

    __mapper_args__ = {"polymorphic_identity": OutlineKind.TASK}

    objective: Mapped[str | None] = mapped_column(use_existing_column=True)
    expected_result: Mapped[str | None] = mapped_column(use_existing_column=True)
    schedule_text: Mapped[str | None] = mapped_column(use_existing_column=True)
    note: Mapped[str | None] = mapped_column(use_existing_column=True)

    assignments: Mapped[list[UnitAssignment]] = relationship(
        foreign_keys="UnitAssignment.task_id",
        order_by="UnitAssignment.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    def units(self, role: UnitRole) -> list[str]:
        return [a.text for a in self.assignments if a.role is role]


class Indicator(Timestamped, Base):
    """A chỉ tiêu: a ratio of two named figures or a count, with its target and where it comes from."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(sa.ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    group_label: Mapped[str | None]
    group_title: Mapped[str | None]
    label: Mapped[str | None]
    name: Mapped[str]
    unit: Mapped[str | None]  # "%", "hồ sơ"
    comparator: Mapped[Comparator] = mapped_column(default=Comparator.AT_LEAST)
    target: Mapped[float | None]
    upstream_target: Mapped[float | None]
    last_year: Mapped[float | None]
    basis: Mapped[str | None]
    formula: Mapped[str | None]
    numerator_name: Mapped[str | None]
    denominator_name: Mapped[str | None]

    plan: Mapped[Plan] = relationship(back_populates="indicators")
    assignments: Mapped[list[UnitAssignment]] = relationship(
        foreign_keys="UnitAssignment.indicator_id",
        order_by="UnitAssignment.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    def units(self, role: UnitRole) -> list[str]:
        return [a.text for a in self.assignments if a.role is role]


class UnitAssignment(Base):
    """A lead or cooperating unit of a task or an indicator: a known Unit, or free text as written."""

    __tablename__ = "unit_assignment"
    __table_args__ = (
        sa.CheckConstraint("(task_id IS NULL) <> (indicator_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int | None] = mapped_column(sa.ForeignKey("outline_item.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    role: Mapped[UnitRole]
    position: Mapped[int]
    unit_id: Mapped[int | None] = mapped_column(sa.ForeignKey("unit.id", ondelete="SET NULL"))
    text: Mapped[str]  # as printed; kept when the unit is later renamed
