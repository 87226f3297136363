"""Alembic environment for miljologg data files.

At runtime ``miljologg.db.database`` builds the config in code and passes an open connection in
``config.attributes["connection"]`` (inside its own transaction, foreign keys off until the final
check). A developer running the ``alembic`` command with the repo's ``alembic.ini`` gets the same
connection setup for the file named by ``-x db=PATH`` or ``sqlalchemy.url``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.engine import make_url

from miljologg.db.models import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write our column types as plain SQLAlchemy types, so a migration never imports models.

    A revision must keep working after the models change; on disk UTCDateTime is a DATETIME.
    """
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _configure(**kwargs: object) -> None:
    # Batch mode: SQLite alters most things by copying the table, which Alembic only does in
    # batch operations; the naming convention on the metadata lets it name the constraints.
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
        **kwargs,
    )


def _developer_file() -> Path:
    given = context.get_x_argument(as_dictionary=True).get("db")
    if given:
        return Path(given)
    text = config.get_main_option("sqlalchemy.url")
    url = make_url(text) if text else None
    if url is None or url.get_backend_name() != "sqlite" or not url.database:
        raise SystemExit("miljologg migrations: give a data file with -x db=PATH")
    return Path(url.database)


def run_migrations_offline() -> None:
    """``alembic upgrade --sql``: print the SQL instead of running it."""
    _configure(url="sqlite://", literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    _configure(connection=connection)
    # A no-op when the caller already holds a transaction, as miljologg always does.
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from miljologg.db.engine import migration_connection

    path = _developer_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with migration_connection(path) as own_connection:
        _run(own_connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
