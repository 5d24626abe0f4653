"""All of a block's writes or none of them, whatever sqlite-utils does with one statement."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator


@contextlib.contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction around the block; a block inside another joins it.

    `with conn:` only commits or rolls back at its end, and sqlite-utils 4 commits every
    write its Database.execute runs while no transaction is open: under it each statement
    of a `with conn:` block was committed on its own, so a write refused half-way (a full
    disk, a constraint) left the block's first writes in place. BEGIN IMMEDIATE opens the
    transaction and takes the write lock at once (waiting out busy_timeout), so a block
    that reads before it writes never fails to upgrade its lock to another connection."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    else:
        conn.commit()
