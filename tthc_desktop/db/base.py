"""The declarative base: constraint names that migrations can address, enums stored by their values."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    # Enums are stored as their values ("QĐ", "draft"), as plain strings: readable in any SQLite tool.
    type_annotation_map = {
        enum.Enum: sa.Enum(
            enum.Enum,
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda members: [member.value for member in members],
            validate_strings=True,
        ),
        dict[str, Any]: sa.JSON,
        list[Any]: sa.JSON,
    }


class Timestamped:
    """Created and updated times, set by the database (UTC)."""

    created_at: Mapped[datetime] = mapped_column(server_default=sa.func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        server_default=sa.func.current_timestamp(), onupdate=sa.func.current_timestamp()
    )
