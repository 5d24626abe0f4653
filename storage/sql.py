"""The few conveniences storage/ took from sqlite-utils, over the standard library's sqlite3.

sqlite-utils' import cost the bot 4.3 MB of RSS from start-up on (with click, pluggy and
dateutil, which it imports at its top level), for a dozen calls: execute with its commit
rule, query and rows_where as dicts, insert and upsert of one record. The migrations are
written in the SQL sqlite-utils 4.2 ran for them (storage/migrations.py), so a database
made here and one made before have the same schema, text for text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

Params = Sequence[Any] | Mapping[str, Any]

# Statements after which an open transaction is the caller's, not execute()'s to commit.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


class Database:
    """One connection, used as sqlite-utils 4's Database was: a write that execute() runs
    while no transaction is open is committed at once; inside one (storage/transactions
    .atomic()) it joins it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Params | None = None) -> sqlite3.Cursor:
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, () if parameters is None else parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                # the failed statement opened an implicit transaction nothing would end
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, parameters: Params | None = None) -> Iterator[dict[str, Any]]:
        """The rows of a SELECT as dicts, fetched as they are iterated."""
        return _dicts(self.execute(sql, parameters))

    def __getitem__(self, name: str) -> Table:
        return Table(self, name)


class Table:
    """One table of a Database, by name."""

    def __init__(self, db: Database, name: str) -> None:
        self.db = db
        self.name = name
        self.last_rowid: int | None = None

    def insert(self, record: Mapping[str, Any]) -> Table:
        """INSERT one record (its keys are the columns); last_rowid is its rowid."""
        columns = ", ".join(_quote(c) for c in record)
        cursor = self.db.execute(
            f"INSERT INTO {_quote(self.name)} ({columns}) VALUES ({_marks(record)})",
            [_value(v) for v in record.values()],
        )
        self.last_rowid = cursor.lastrowid
        return self

    def upsert(self, record: Mapping[str, Any], *, pk: str) -> Table:
        """INSERT one record, or UPDATE the columns it names of the row with its `pk`."""
        columns = ", ".join(_quote(c) for c in record)
        others = [c for c in record if c != pk]
        action = (
            "DO UPDATE SET " + ", ".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in others)
            if others
            else "DO NOTHING"
        )
        cursor = self.db.execute(
            f"INSERT INTO {_quote(self.name)} ({columns}) VALUES ({_marks(record)})"
            f" ON CONFLICT({_quote(pk)}) {action}",
            [_value(v) for v in record.values()],
        )
        self.last_rowid = cursor.lastrowid
        return self

    def update(self, pk_value: Any, updates: Mapping[str, Any]) -> Table:
        """Set columns of the row whose (one-column) primary key is pk_value."""
        (pk,) = self.pks
        assignments = ", ".join(f"{_quote(c)} = ?" for c in updates)
        self.db.execute(
            f"UPDATE {_quote(self.name)} SET {assignments} WHERE {_quote(pk)} = ?",
            [*(_value(v) for v in updates.values()), pk_value],
        )
        return self

    def rows_where(
        self,
        where: str | None = None,
        parameters: Params | None = None,
        *,
        order_by: str | None = None,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        sql = f"SELECT * FROM {_quote(self.name)}"
        if where is not None:
            sql += f" WHERE {where}"
        if order_by is not None:
            sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.db.query(sql, parameters or [])

    @property
    def rows(self) -> Iterator[dict[str, Any]]:
        return self.rows_where()

    def get(self, pk_value: Any) -> dict[str, Any]:
        """The row whose (one-column) primary key is pk_value; LookupError if none."""
        (pk,) = self.pks
        for row in self.rows_where(f"{_quote(pk)} = ?", [pk_value]):
            return row
        raise LookupError(f"no row of {self.name} with {pk} {pk_value!r}")

    @property
    def pks(self) -> list[str]:
        info = self.db.execute(f"PRAGMA table_info({_quote(self.name)})").fetchall()
        return [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]]

    @property
    def columns(self) -> list[str]:
        return [row[1] for row in self.db.execute(f"PRAGMA table_info({_quote(self.name)})")]

    def exists(self) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [self.name]
            ).fetchone()
            is not None
        )


def _dicts(cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    names = [column[0] for column in cursor.description or ()]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _marks(record: Mapping[str, Any]) -> str:
    return ", ".join("?" * len(record))


def _value(value: Any) -> Any:
    """What sqlite-utils stored for a value sqlite3 takes no adapter for: JSON for a dict,
    list or tuple, ISO 8601 for a time."""
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, default=repr, ensure_ascii=False)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _first_keyword(sql: str) -> str:
    """The statement's first keyword, upper-cased, past blanks, semicolons and comments."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            end = i
            while end < n and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            return sql[i:end].upper()
    return ""
