"""What every service needs: the open database and an injected clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session as OrmSession

from miljologg.db.database import Database

Row = TypeVar("Row")
Record = TypeVar("Record")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Context:
    """Shared by the services of one open data file."""

    db: Database
    now: Callable[[], dt.datetime] = field(default=utc_now)
    #: Bumped after every committed write, so readers can cache what they derived from the log.
    version: int = 0

    def today(self) -> dt.date:
        """The local calendar date; the user's day, not UTC's."""
        return self.now().astimezone().date()

    @contextmanager
    def write(self) -> Iterator[OrmSession]:
        """One transaction: everything inside commits together or not at all."""
        try:
            with self.db.session() as session, session.begin():
                yield session
        finally:
            # Also after a failed write: cheap, and a cache must never outlive doubt.
            self.version += 1

    def invalidate(self) -> None:
        """The file changed outside ``write`` (a restored backup): drop every cached derivation."""
        self.version += 1

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        with self.db.session() as session:
            yield session

    def all(self, query: Select[Row], record: Callable[[Row], Record]) -> tuple[Record, ...]:
        """Every row ``query`` selects, as records made while the session is still open."""
        with self.read() as s:
            return tuple(record(r) for r in s.execute(query).scalars())


class Service:
    """A service that needs nothing but the open file: it keeps the context as ``_ctx``."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
