"""Alembic environment: runs on the connection that db.migrate hands over; batch mode for SQLite."""

from __future__ import annotations

from alembic import context

import tthc_desktop.db.models  # noqa: F401  (registers every table on Base.metadata)
from tthc_desktop.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through tthc_desktop.db.migrate, which provides the connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
