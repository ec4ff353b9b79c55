"""The declarative base: constraint names that migrations can address, enums stored by their values."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Annotated, Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column

from tthc_desktop.db.text import CleanJSON, Line, Text

# A string column that holds one line (mail headers, names, file names): `Mapped[OneLine]`.
OneLine = Annotated[str, "one line"]

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
        # Every string and JSON column holds printable text (db/text.py): no control character gets in or out.
        str: Text(),
        OneLine: Line(),
        dict[str, Any]: CleanJSON(),
        list[Any]: CleanJSON(),
    }


@sa.event.listens_for(Mapper, "mapper_configured")
def _clean_on_assignment(mapper: Mapper[Any], class_: type) -> None:
    """Text assigned to a mapped attribute is made printable at once, as it will be stored: what a service
    returns from the objects it just wrote is what a later read gives."""
    for prop in mapper.column_attrs:
        column_type = prop.columns[0].type
        if prop.parent is not mapper or not isinstance(column_type, Text | CleanJSON):
            continue

        def clean(_target: Any, value: Any, _old: Any, _initiator: Any, cleaner: Any = column_type.clean) -> Any:
            return cleaner(value)

        sa.event.listen(getattr(class_, prop.key), "set", clean, retval=True, propagate=True)


class Timestamped:
    """Created and updated times, set by the database (UTC)."""

    created_at: Mapped[datetime] = mapped_column(server_default=sa.func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        server_default=sa.func.current_timestamp(), onupdate=sa.func.current_timestamp()
    )
