"""SQLite through sqlite-utils: the queue, the cursor, members and reminders.

Every method is synchronous and short. `apply(effects)` is the one place where a
handled notification, the member's new state and the replies it causes are written
together, so a crash leaves either all of them or none.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TypeVar

import sqlite_utils

from storage.campaigns import CampaignStore
from storage.migrations import MIGRATIONS, migrate
from storage.records import Effects, OutboxItem
from storage.transactions import atomic

T = TypeVar("T")
SENDS_KEPT = timedelta(days=8)  # longer than the budget window and /admin's 7 days
PAGE_CACHE_KB = 512  # SQLite's page cache per connection (its default: 2,000 KB)
# Prepared statements the store's connection keeps (Python's default: 128). Opening the
# store runs the migrations' 138 statements, which filled the default cache with 0.23 MB
# of SQLite's memory for the life of the process; a mention handled runs about 22 again
# and again (bench/latency.py --varied: 107 distinct in 1,000 mentions, a few dozen
# seldom: forgetting a member, a campaign's sends), well within these.
STATEMENTS_KEPT = 64


class UnreadableRow(ValueError):
    """A stored value that cannot be read (a time that is not a time: a bug, or an admin's
    hand in the file). Names the row, so that the caller can fail that row alone instead
    of meeting the same error at every look."""

    def __init__(self, table: str, row_id: int, column: str) -> None:
        super().__init__(f"{table} row {row_id}: {column} is not a time")
        self.table, self.row_id, self.column = table, row_id, column


class TimeSource(Protocol):
    """Whatever tells the store the time (the bot passes its Clock, tests a fake one).

    Storage takes the time as a value from its caller and imports nothing from `bot/`:
    it knows nothing of the process it runs in.
    """

    def now(self) -> datetime: ...


class WallClock:
    """The time when nobody gives one (the admin commands)."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def _ts(when: datetime) -> str:
    """Sortable UTC text timestamps (ISO 8601, microseconds)."""
    return when.isoformat(timespec="microseconds")


class Store(CampaignStore):
    def __init__(self, db: sqlite_utils.Database, clock: TimeSource) -> None:
        self.db = db
        self.clock = clock

    @classmethod
    def open(cls, path: Path | str, clock: TimeSource | None = None) -> Store:
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_owner_only(path)
        conn = sqlite3.connect(
            str(path), check_same_thread=False, timeout=5.0, cached_statements=STATEMENTS_KEPT
        )
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        # Deleted rows (handled DMs, forgotten members) are overwritten, not left in free pages.
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        # SQLite's own page cache, 2 MB by default, fills as the file grows past it and was
        # the bot's main growth while running (bench/latency.py, 3,000 mentions: peak RSS
        # 1.4 MB lower at 512 KB). Pages it no longer holds come from the OS's file cache.
        conn.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KB}")
        db = sqlite_utils.Database(conn)
        migrate(db)
        return cls(db, clock or WallClock())

    def close(self) -> None:
        self.db.conn.close()

    def scrub(self) -> bool:
        """Copy the write-ahead log into the database and empty it, so that deleted rows
        (a forgotten member, swept data) are gone from every file, not just from the
        database (secure_delete zeroes them there). False if a reader kept the log busy."""
        busy, _, _ = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy == 0

    def backup(self, destination: Path | str) -> Path:
        """A consistent copy while the bot runs (SQLite's online backup), owner-only (0600)."""
        destination = Path(destination)
        destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _create_owner_only(destination, fresh=True)
        target = sqlite3.connect(str(destination))
        try:
            self.db.conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            target.close()
        return destination

    # -- the lease: one running copy per database ---------------------------------------

    def take_lease(
        self,
        holder: str,
        *,
        pid: int,
        host: str,
        now: datetime,
        ttl: timedelta,
        gone: Callable[[dict[str, Any]], bool] = lambda row: False,
        name: str = "bot",
    ) -> dict[str, Any] | None:
        """Take (or keep) the lease; None when this holder has it now, otherwise the row of
        the holder that has it. A lease past its expiry, or whose holder `gone` says has
        stopped, is taken over."""
        self.db.execute("BEGIN IMMEDIATE")  # two copies starting at once: one wins
        try:
            cursor = self.db.execute("SELECT * FROM lease WHERE name = ?", [name])
            row = cursor.fetchone()
            if row is not None:
                current = dict(zip([c[0] for c in cursor.description], row, strict=True))
                mine = current["holder"] == holder
                if not mine and current["expires_at"] > _ts(now) and not gone(current):
                    self.db.execute("ROLLBACK")
                    return current
            self.db.execute(
                """INSERT INTO lease (name, holder, pid, host, acquired_at, renewed_at, expires_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, pid = excluded.pid,
                     host = excluded.host, acquired_at = excluded.acquired_at,
                     renewed_at = excluded.renewed_at, expires_at = excluded.expires_at""",
                [name, holder, pid, host, _ts(now), _ts(now), _ts(now + ttl)],
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return None

    def renew_lease(self, holder: str, *, now: datetime, ttl: timedelta, name: str = "bot") -> bool:
        """Extend the lease; False if this holder no longer has it (another copy took it)."""
        with atomic(self.db.conn):
            return (
                self.db.execute(
                    "UPDATE lease SET renewed_at = ?, expires_at = ? WHERE name = ? AND holder = ?",
                    [_ts(now), _ts(now + ttl), name, holder],
                ).rowcount
                == 1
            )

    def release_lease(self, holder: str, *, name: str = "bot") -> None:
        with atomic(self.db.conn):
            self.db.execute("DELETE FROM lease WHERE name = ? AND holder = ?", [name, holder])

    # -- what the bot learned about its server at start (for forget, check) -------------

    def remember_server(self, domain: str, web_host: str) -> None:
        """The server's own domain (as in handles) and the host of its web address."""
        with atomic(self.db.conn):
            for key, value in (("server_domain", domain), ("server_web_host", web_host)):
                self.db["meta"].upsert({"key": key, "value": value.lower()}, pk="key")

    def remember_budget(self, status_budget: int) -> None:
        """The running bot's STATUS_BUDGET, for `campaign start` and `status`, which run in
        a shell whose settings may differ from the bot's."""
        self.set_meta("status_budget", str(status_budget))

    def remembered_budget(self) -> int | None:
        value = self.get_meta("status_budget")
        return int(value) if value is not None else None

    def server(self) -> tuple[str | None, str | None]:
        """(domain, web host) as remembered at the last start, or None if never started."""
        return self.get_meta("server_domain"), self.get_meta("server_web_host")

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    @staticmethod
    def latest_schema_version() -> int:
        return len(MIGRATIONS)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        with atomic(self.db.conn):
            yield self.db

    def now(self) -> str:
        return _ts(self.clock.now())

    # -- meta and the notification cursor ---------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with atomic(self.db.conn):
            self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    def cursor(self) -> str | None:
        """The newest notification id caught up to, as the server wrote it."""
        return self.get_meta("notification_cursor")

    def advance_cursor(self, notification_id: str | int) -> bool:
        """Move the catch-up cursor forward only; never back. Ids are ordered by length,
        then as text (bot.mastodon_api.id_order): numbers, and ULIDs, in their order.
        Returns whether it moved."""
        with atomic(self.db.conn):
            moved = self.db.execute(
                """INSERT INTO meta (key, value) VALUES ('notification_cursor', ?)
                   ON CONFLICT(key) DO UPDATE SET value = excluded.value
                   WHERE length(meta.value) < length(excluded.value)
                      OR (length(meta.value) = length(excluded.value)
                          AND meta.value < excluded.value)""",
                [str(notification_id)],
            )
        return moved.rowcount == 1

    # -- inbox: received notifications, kept until handled ------------------------------

    def receive(self, notification_id: str | int, payload: str) -> bool:
        """Record a notification; False if it was already received or handled."""
        with atomic(self.db.conn):
            if self.db.execute(
                "SELECT 1 FROM handled WHERE notification_id = ?", [str(notification_id)]
            ).fetchone():
                return False
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO inbox (notification_id, payload, received_at) VALUES (?, ?, ?)",
                [str(notification_id), payload, self.now()],
            )
            return cursor.rowcount == 1

    def receive_with_context(
        self,
        notification_id: str | int,
        payload: str,
        *,
        acct: str | None = None,
        reply_to: str | None = None,
    ) -> dict[str, Any] | None:
        """receive(), and for a fresh mention the reads its handling needs, in the same trip
        to the database thread: the member writing (by acct) and the thread of the status
        it replies to. None if the notification was already received or handled."""
        if not self.receive(notification_id, payload):
            return None
        context: dict[str, Any] = {}
        if acct is not None:
            context["member"] = self.find_member(acct, moved_here=True)
        if reply_to is not None:
            context["thread_root"] = self.thread_root_of(reply_to)
        return context

    def begin_attempt(self, notification_id: str | int) -> int:
        """Count one more start of handling a received notification; return the count so
        far (0: not in the inbox). Written before the handling, so a start that never ends
        (a hang, a crash) is still counted at the next one."""
        with atomic(self.db.conn):
            self.db.execute(
                "UPDATE inbox SET attempts = attempts + 1 WHERE notification_id = ?",
                [str(notification_id)],
            )
            row = self.db.execute(
                "SELECT attempts FROM inbox WHERE notification_id = ?", [str(notification_id)]
            ).fetchone()
        return int(row[0]) if row else 0

    def unhandled(self) -> list[str]:
        """Payloads received before a crash or restart and not handled yet, oldest first."""
        rows = self.db.execute(
            "SELECT payload FROM inbox ORDER BY length(notification_id), notification_id"
        ).fetchall()
        return [row[0] for row in rows]

    def known(self, notification_ids: Collection[str]) -> set[str]:
        """Which of these notifications are received already (in the inbox, or handled):
        one query for a catch-up's whole page, which receive() would turn away one by one."""
        ids = [str(i) for i in notification_ids]
        found: set[str] = set()
        for at in range(0, len(ids), 400):  # within any SQLite's 999 parameters
            chunk = ids[at : at + 400]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(
                f"""SELECT notification_id FROM handled WHERE notification_id IN ({marks})
                    UNION SELECT notification_id FROM inbox WHERE notification_id IN ({marks})""",
                chunk + chunk,
            ).fetchall()
            found.update(row[0] for row in rows)
        return found

    def is_handled(self, notification_id: str | int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM handled WHERE notification_id = ?", [str(notification_id)]
        ).fetchone()
        return row is not None

    def status_was_answered(self, status_id: str) -> bool:
        """An edited status arrives again with the same status id: answer it only once."""
        row = self.db.execute(
            "SELECT 1 FROM handled WHERE status_id = ? AND outcome = 'answered'", [status_id]
        ).fetchone()
        return row is not None

    # -- the one write path for a handled event ------------------------------------------

    def apply(
        self, effects: Effects, *, status_id: str | None = None, outcome: str = "answered"
    ) -> bool:
        """Write a handled notification (or fired reminder) and everything it causes at once;
        False when nothing was written (a reminder no longer pending when it fired)."""
        now = self.now()
        with atomic(self.db.conn):
            reminder_id = (
                effects.fired_reminder_id
                if effects.fired_reminder_id is not None
                else effects.looked_reminder_id
            )
            if reminder_id is not None and not self._still_pending(reminder_id):
                # Between the worker's read of the member and this write, the member said
                # "stop" (the reminder cancelled) or "forget me" (deleted), or it was dropped:
                # nothing of it is written, nor sent.
                return False
            if effects.forget_member:
                self._forget(effects.forget_member)
            if effects.notification_id is not None:
                self.db.execute(
                    "DELETE FROM inbox WHERE notification_id = ?", [str(effects.notification_id)]
                )
                self.db.execute(
                    """INSERT OR IGNORE INTO handled (notification_id, status_id, handled_at, outcome)
                       VALUES (?, ?, ?, ?)""",
                    [str(effects.notification_id), status_id, now, outcome],
                )
            undo = self._undo_for(effects, status_id, now)
            if effects.member is not None:
                member = dict(effects.member)
                member["updated_at"] = now
                self.db["members"].upsert(member, pk="acct", alter=False)
            for acct, kind in effects.cancel_reminders:
                where, args = "acct = ? AND state = 'pending'", [acct]
                if kind is not None:
                    where, args = f"{where} AND kind = ?", [acct, kind]
                if undo is not None:
                    undo["cancelled"].extend(
                        r[0]
                        for r in self.db.execute(f"SELECT id FROM reminders WHERE {where}", args)
                    )
                self.db.execute(f"UPDATE reminders SET state = 'cancelled' WHERE {where}", args)
            for recipient in effects.cancel_unasked:
                self.db.execute(
                    """UPDATE outbox SET state = 'cancelled' WHERE state = 'pending'
                       AND source_status_id IS NULL AND lower(recipient) = ?""",
                    [recipient.lower()],
                )
            for reminder in effects.reminders:
                table = self.db["reminders"].insert(
                    {**reminder, "state": "pending", "created_at": now}, alter=False
                )
                if undo is not None:
                    undo["added"].append(table.last_rowid)
            if undo is not None:
                self.db["undo"].upsert(
                    {
                        **undo,
                        "added": json.dumps(undo["added"]),
                        "cancelled": json.dumps(undo["cancelled"]),
                    },
                    pk="status_id",
                )
            if effects.fired_reminder_id is not None:
                self.db.execute(
                    "UPDATE reminders SET state = 'sent', sent_at = ? WHERE id = ?",
                    [now, effects.fired_reminder_id],
                )
                if effects.outbox:
                    # The bot wrote on its own (a nudge, a reminder, a report): a question it
                    # asked before ("start over?", "delete everything?") is let go, as the
                    # member's next message lets it go. Their "ok" answers this message.
                    self.db.execute(
                        """UPDATE members SET pending_confirmation = NULL
                           WHERE acct = (SELECT acct FROM reminders WHERE id = ?)""",
                        [effects.fired_reminder_id],
                    )
            for item in effects.outbox:
                self._enqueue(item, now)
            if effects.forget_member:
                # The confirmation ("I deleted everything") is queued after the deletion:
                # it goes out, then is wiped like the member's other statuses.
                self._forget_after_send(effects.forget_member)
        if effects.forget_member:
            self.scrub()  # "forget me": gone from the log file too
        return True

    def _still_pending(self, reminder_id: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM reminders WHERE id = ? AND state = 'pending'", [reminder_id]
        ).fetchone()
        return row is not None

    def _undo_for(self, effects: Effects, status_id: str | None, now: str) -> dict[str, Any] | None:
        """For a member's DM that changes their row and is answered by DM: how to undo it
        (their row as it was), in case they delete the DM before the answer goes out."""
        member = effects.member
        if member is None or status_id is None or effects.notification_id is None:
            return None
        if not any(
            item.visibility == "direct" and item.source_status_id == status_id
            for item in effects.outbox
        ):
            return None
        before = self.member(member["acct"])
        return {
            "status_id": status_id,
            "acct": member["acct"],
            "member": json.dumps(before) if before is not None else None,
            "updated_at": now,
            "added": [],
            "cancelled": [],
            "created_at": now,
        }

    def _undo(self, status_id: str) -> bool:
        """The member deleted this DM before any of the bot's reply to it went out: what it
        changed is undone (their row as it was, the reminders it scheduled cancelled, those
        it cancelled pending again), unless a later message has changed their row since."""
        row = self.db.execute(
            "SELECT acct, member, updated_at, added, cancelled FROM undo WHERE status_id = ?",
            [status_id],
        ).fetchone()
        if row is None:
            return False
        self.db.execute("DELETE FROM undo WHERE status_id = ?", [status_id])
        acct, before, updated_at, added, cancelled = row
        current = self.member(acct)
        if current is None or current["updated_at"] != updated_at:
            return False  # forgotten, or moved on by a later message: that one stands
        if before is None:
            self.db.execute("DELETE FROM members WHERE acct = ?", [acct])
        else:
            self.db["members"].upsert(json.loads(before), pk="acct", alter=False)
        for ids, state, was in (
            (added, "cancelled", "pending"),
            (cancelled, "pending", "cancelled"),
        ):
            chosen = json.loads(ids)
            if chosen:
                self.db.execute(
                    f"""UPDATE reminders SET state = ? WHERE state = ? AND acct = ?
                        AND id IN ({", ".join("?" for _ in chosen)})""",
                    [state, was, acct, *chosen],
                )
        return True

    def _enqueue(self, item: OutboxItem, now: str) -> None:
        row = asdict(item)
        row["not_before"] = _ts(item.not_before) if item.not_before else None
        row.update(
            state="pending", attempts=0, created_at=now, next_attempt_at=row["not_before"] or now
        )
        self.db.execute(
            f"INSERT OR IGNORE INTO outbox ({', '.join(row)}) VALUES ({_placeholders(row)})",
            list(row.values()),
        )

    def enqueue(self, *items: OutboxItem) -> None:
        with atomic(self.db.conn):
            for item in items:
                self._enqueue(item, self.now())

    # -- the outbox ----------------------------------------------------------------------

    def reset_inflight(self) -> int:
        """After a crash, statuses that were being sent go back to the queue (the key dedupes)."""
        with atomic(self.db.conn):
            return self.db.execute(
                "UPDATE outbox SET state = 'pending' WHERE state = 'sending'"
            ).rowcount

    def next_sendable(
        self,
        *,
        max_priority: int | None = None,
        busy: set[str] | frozenset[str] = frozenset(),
        skip: set[int] | frozenset[int] = frozenset(),
    ) -> dict[str, Any] | None:
        """The most urgent pending status whose time has come and whose thread parent is sent,
        to none of the `busy` recipients (lower case: a status to each is being posted), and
        none of the `skip` ids (given up, though storage refused to mark them so)."""
        sql = """
            SELECT o.*, parent.sent_status_id AS parent_status_id FROM outbox o
            LEFT JOIN outbox parent ON parent.idempotency_key = o.after_key
            WHERE o.state = 'pending' AND o.next_attempt_at <= ?
              AND (o.after_key IS NULL OR parent.state = 'sent')
        """
        params: list[Any] = [self.now()]
        if max_priority is not None:
            sql += " AND o.priority <= ?"
            params.append(max_priority)
        if skip:
            sql += f" AND o.id NOT IN ({_placeholders(skip)})"
            params.extend(sorted(skip))
        if busy:
            sql += f" AND lower(o.recipient) NOT IN ({_placeholders(busy)})"
            params.extend(sorted(busy))
        sql += " ORDER BY o.priority, o.id LIMIT 1"
        cursor = self.db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def claim_next(
        self,
        *,
        sent: list[tuple[int, str]] | tuple[int, str] | None = None,
        max_priority: int | None = None,
        busy: set[str] | frozenset[str] = frozenset(),
        skip: set[int] | frozenset[int] = frozenset(),
    ) -> dict[str, Any] | None:
        """Record the sends since the last claim and claim the next sendable status, in one go.

        One call instead of three keeps the outbox to one trip to the database thread per
        status, which is most of the bot's own latency.
        """
        for posted in [sent] if isinstance(sent, tuple) else sent or []:
            self.mark_sent(*posted)
        row = self.next_sendable(max_priority=max_priority, busy=busy, skip=skip)
        if row is not None:
            self.mark_sending(row["id"])
            row["attempts"] += 1
        return row

    def next_attempt_time(
        self, *, max_priority: int | None = None, skip: set[int] | frozenset[int] = frozenset()
    ) -> datetime | None:
        """When the earliest row that could be sent (parent sent, priority allowed) is due.
        UnreadableRow when that row's time is not a time."""
        sql = """
            SELECT o.id, o.next_attempt_at FROM outbox o
            LEFT JOIN outbox parent ON parent.idempotency_key = o.after_key
            WHERE o.state = 'pending' AND (o.after_key IS NULL OR parent.state = 'sent')
        """
        params: list[Any] = []
        if max_priority is not None:
            sql += " AND o.priority <= ?"
            params.append(max_priority)
        if skip:
            sql += f" AND o.id NOT IN ({_placeholders(skip)})"
            params.extend(sorted(skip))
        sql += " ORDER BY o.next_attempt_at LIMIT 1"  # MIN(), with the row it comes from
        row = self.db.execute(sql, params).fetchone()
        if row is None:
            return None
        try:  # NULL sorts first: a row without a time is never due, so it is unreadable too
            return datetime.fromisoformat(row[1])
        except (TypeError, ValueError):
            raise UnreadableRow("outbox", row[0], "next_attempt_at") from None

    def mark_sending(self, outbox_id: int) -> None:
        with atomic(self.db.conn):
            self.db.execute(
                """UPDATE outbox SET state = 'sending', attempts = attempts + 1,
                   first_attempt_at = COALESCE(first_attempt_at, ?) WHERE id = ?""",
                [self.now(), outbox_id],
            )

    def restart_tries(self, outbox_id: int) -> str:
        """The row's earlier tries are known to have posted nothing: its Idempotency-Key's
        hour counts from now (returned)."""
        now = self.now()
        with atomic(self.db.conn):
            self.db.execute("UPDATE outbox SET first_attempt_at = ? WHERE id = ?", [now, outbox_id])
        return now

    def recorded_statuses(self, status_ids: Collection[str]) -> set[str]:
        """Which of these posted statuses are already recorded as some row's."""
        if not status_ids:
            return set()
        rows = self.db.execute(
            f"SELECT sent_status_id FROM outbox WHERE sent_status_id IN ({_placeholders(status_ids)})",
            list(status_ids),
        )
        return {r[0] for r in rows}

    def mark_sent(self, outbox_id: int, status_id: str) -> None:
        """Record a posted status. Recording is retried after a failure part-way through a
        list (the outbox records several at its next claim): one already recorded is left
        alone, so the budget's `sends` count it once. A row that is gone (its member
        forgotten meanwhile) still counts: the status was posted."""
        recorded = self.db.execute(
            "SELECT 1 FROM outbox WHERE id = ? AND state = 'sent'", [outbox_id]
        ).fetchone()
        if recorded is not None:
            return
        now = self.now()
        with atomic(self.db.conn):
            self.db.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, sent_status_id = ?, last_error = NULL WHERE id = ?",
                [now, status_id, outbox_id],
            )
            # The answer is out: deleting the DM no longer undoes what it changed.
            self.db.execute(
                """DELETE FROM undo WHERE status_id =
                   (SELECT source_status_id FROM outbox WHERE id = ?)""",
                [outbox_id],
            )
            wiped = self._wipe_forgotten()
            # The budget's own record: a time and nothing about the member.
            self.db.execute("INSERT INTO sends (sent_at) VALUES (?)", [now])
            self.db.execute(
                "DELETE FROM sends WHERE sent_at < ?", [_ts(self.clock.now() - SENDS_KEPT)]
            )
        if wiped:
            self.scrub()

    def retry_later(
        self,
        outbox_id: int,
        when: datetime,
        error: str,
        *,
        count_attempt: bool = True,
        failing: bool = False,
    ) -> None:
        """Back to pending until `when`. `failing`: the server failed it (not a 429, not the
        disk), and failing_since keeps when that began."""
        with atomic(self.db.conn):
            # Only a row still being sent: one cancelled meanwhile stays cancelled.
            self.db.execute(
                f"""UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ?
                    {"" if count_attempt else ", attempts = attempts - 1"}
                    {", failing_since = COALESCE(failing_since, ?)" if failing else ""}
                    WHERE id = ? AND state = 'sending'""",
                [_ts(when), error[:300], *([self.now()] if failing else []), outbox_id],
            )

    def give_up(self, outbox_id: int, error: str, *, state: str = "failed") -> list[int]:
        """Mark a status failed (or cancelled), and the later parts of its thread with it;
        return all ids."""
        failed = [outbox_id]
        with atomic(self.db.conn):
            pending = [outbox_id]
            while pending:
                current = pending.pop()
                self.db.execute(
                    "UPDATE outbox SET state = ?, last_error = ? WHERE id = ?",
                    [state, error[:300], current],
                )
                key = self.db.execute(
                    "SELECT idempotency_key FROM outbox WHERE id = ?", [current]
                ).fetchone()[0]
                children = [
                    r[0]
                    for r in self.db.execute(
                        "SELECT id FROM outbox WHERE after_key = ? AND state = 'pending'", [key]
                    )
                ]
                failed.extend(children)
                pending.extend(children)
            wiped = self._wipe_forgotten()
        if wiped:
            self.scrub()
        return failed

    def resplit(self, outbox_id: int, texts: list[str]) -> list[str]:
        """Replace a refused status by shorter parts, in its place in the thread.

        The parts reply one to the next; the first takes the row's place (what it replied
        to), and what followed the row follows the last part. The row goes: it was never
        posted. Returns the parts' keys.
        """
        with atomic(self.db.conn):
            cursor = self.db.execute("SELECT * FROM outbox WHERE id = ?", [outbox_id])
            values = cursor.fetchone()
            if values is None:
                return []
            row = dict(zip([c[0] for c in cursor.description], values, strict=True))
            now = self.now()
            keys: list[str] = []
            for index, text in enumerate(texts):
                key = f"{row['idempotency_key']}/r{index}"
                item = OutboxItem(
                    idempotency_key=key,
                    text=text,
                    visibility=row["visibility"],
                    recipient=row["recipient"],
                    in_reply_to_id=row["in_reply_to_id"] if index == 0 else None,
                    after_key=row["after_key"] if index == 0 else keys[-1],
                    spoiler_text=row["spoiler_text"] or "",
                    language=row["language"],
                    priority=row["priority"],
                    kind=row["kind"],
                    source_status_id=row["source_status_id"],
                    thread_root=row["thread_root"],
                )
                self._enqueue(item, now)
                keys.append(key)
            if keys:
                self.db.execute(
                    "UPDATE outbox SET after_key = ? WHERE after_key = ?",
                    [keys[-1], row["idempotency_key"]],
                )
                # A forgotten member's parts are wiped once out, as the row would have been.
                self.db.execute(
                    f"""UPDATE outbox SET forget_after_send = ?
                        WHERE idempotency_key IN ({", ".join("?" for _ in keys)})""",
                    [row["forget_after_send"], *keys],
                )
            self.db.execute("DELETE FROM outbox WHERE id = ?", [outbox_id])
        return keys

    def cancel_for_status(self, status_id: str) -> int:
        """A member deleted their status: drop replies to it that have not gone out yet.

        A reply being posted right now is marked too: if the post succeeds it is recorded
        as sent after all, if it has to be retried it is not retried.
        """
        with atomic(self.db.conn):
            out = self.db.execute(
                """SELECT 1 FROM outbox WHERE source_status_id = ?
                   AND state IN ('sending', 'sent')""",
                [status_id],
            ).fetchone()
            cancelled = self.db.execute(
                """UPDATE outbox SET state = 'cancelled'
                   WHERE source_status_id = ? AND state IN ('pending', 'sending')""",
                [status_id],
            ).rowcount
            if out is None:  # the member never saw an answer: as if never sent
                self._undo(status_id)
            self.db.execute("DELETE FROM undo WHERE status_id = ?", [status_id])
            wiped = self._wipe_forgotten()
        if wiped:
            self.scrub()
        return cancelled

    def thread_root_of(self, status_id: str | None) -> str | None:
        """The thread a status replying to one of the bot's statuses belongs to, if known."""
        if status_id is None:
            return None
        row = self.db.execute(
            "SELECT thread_root FROM outbox WHERE sent_status_id = ?", [status_id]
        ).fetchone()
        return row[0] if row and row[0] else None

    def answers_in_thread(self, thread_root: str) -> int:
        """Answers (first parts, not continuations) the bot gave or queued in a thread."""
        return self.db.execute(
            """SELECT COUNT(*) FROM outbox WHERE thread_root = ? AND after_key IS NULL
               AND kind NOT IN ('late_notice') AND state IN ('pending', 'sending', 'sent')""",
            [thread_root],
        ).fetchone()[0]

    def last_text_to(self, acct: str) -> str | None:
        """The text of the last status the bot queued for this member (cancelled ones
        aside): the words they read last from it, to say something else than the same."""
        row = self.db.execute(
            """SELECT text FROM outbox WHERE lower(recipient) = ? AND state != 'cancelled'
               ORDER BY id DESC LIMIT 1""",
            [acct.lower()],
        ).fetchone()
        return row[0] if row else None

    def kind_of_sent(self, status_id: str) -> str | None:
        """What the bot's posted status `status_id` was (its outbox kind: "campaign",
        "nudge_1", "reply", ...), or None when it is not one of the bot's."""
        row = self.db.execute(
            "SELECT kind FROM outbox WHERE sent_status_id = ? LIMIT 1", [str(status_id)]
        ).fetchone()
        return row[0] if row else None

    def wrote_unasked_since(self, accts: Collection[str], since: str) -> bool:
        """Whether the bot posted a member a status of its own accord (a nudge, a reminder,
        a progress report, a campaign DM: no status of theirs answered) after `since`, their
        last message, to any of `accts` (their account, and the new one it writes to after
        the move): what they write next answers that. Not a re-check's news ("I can see the
        alias now"), which gives them the next step itself."""
        names = sorted({acct.lower() for acct in accts})
        row = self.db.execute(
            f"""SELECT 1 FROM outbox WHERE state = 'sent' AND source_status_id IS NULL
               AND lower(recipient) IN ({_placeholders(names)}) AND sent_at > ?
               AND kind NOT LIKE 'recheck%'""",
            [*names, since],
        ).fetchone()
        return row is not None

    def told_late_since(self, acct: str, since: datetime) -> bool:
        """Whether this member was already told, in this budget window, that answers are late."""
        row = self.db.execute(
            "SELECT 1 FROM outbox WHERE kind = 'late_notice' AND lower(recipient) = ? AND created_at >= ?",
            [acct.lower(), _ts(since)],
        ).fetchone()
        return row is not None

    def queue_depth(self) -> int:
        return self.db.execute(
            "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')"
        ).fetchone()[0]

    def sent_since(self, since: datetime) -> int:
        """Statuses posted since then, forgotten members' included (for the posting budget)."""
        return self.db.execute(
            "SELECT COUNT(*) FROM sends WHERE sent_at >= ?", [_ts(since)]
        ).fetchone()[0]

    def outbox_rows(self, **where: Any) -> list[dict[str, Any]]:
        """For tests and the admin commands: rows matching simple equality filters."""
        clause = " AND ".join(f"{k} = ?" for k in where) or "1"
        return list(self.db["outbox"].rows_where(clause, list(where.values()), order_by="id"))

    # -- errors, for /admin and /metrics -------------------------------------------------

    def record_error(self, kind: str, detail: str) -> None:
        with atomic(self.db.conn):
            self.db["errors"].insert({"at": self.now(), "kind": kind, "detail": detail[:300]})
            self.db.execute("DELETE FROM errors WHERE id <= (SELECT MAX(id) - 500 FROM errors)")

    def recent_errors(self, limit: int = 20) -> list[dict[str, Any]]:
        return list(self.db["errors"].rows_where(order_by="id desc", limit=limit))

    # -- members -------------------------------------------------------------------------

    def member(self, acct: str) -> dict[str, Any] | None:
        rows = list(self.db["members"].rows_where("acct = ?", [acct.lower()]))
        return rows[0] if rows else None

    def find_member(self, acct: str, *, moved_here: bool = False) -> dict[str, Any] | None:
        """The member writing from acct: their own account, or the new one they moved to.

        moved_here: a local acct ("alice2", no domain) also finds the member whose new handle
        is that name on some server ("alice2@…"), in the same query: the caller must check
        the server and the move before taking it as theirs (a candidate, not an answer).
        """
        acct = acct.lower()
        local = f"{acct}@" if moved_here and "@" not in acct else None
        rows = list(
            self.db.query(
                """SELECT * FROM members WHERE acct = ? OR lower(new_handle) = ?
                   OR (? IS NOT NULL AND substr(lower(new_handle), 1, length(?)) = ?)
                   ORDER BY acct = ? DESC, lower(new_handle) = ? DESC""",
                [acct, acct, local, local, local, acct, acct],
            )
        )
        return rows[0] if rows else None

    def record_moved_here(self, acct: str, handle: str) -> None:
        """The server's API showed this member's old account moved to `handle`, an account
        on this server: stored, so their later messages from it cost no lookup."""
        with atomic(self.db.conn):
            self.db.execute(
                "UPDATE members SET moved_here = ? WHERE acct = ?", [handle.lower(), acct.lower()]
            )

    def _forget(self, acct: str, *, by_admin: bool = False) -> dict[str, int]:
        """Forget a member, by their own "forget me" or by an admin's `forget` (inside the
        caller's transaction); rows deleted per table. No row names them any more (their
        campaign rows too), but for a "stop" they said, which outlives both as it outlives
        retention: no reminder and no campaign DM may write to them because they also asked
        to be forgotten (counted as "stop_kept").

        The two paths differ only in what is on its way: replies to the member's own
        messages still queued go out (their farewell, a thread not cut in half), then are
        wiped, and what the bot queued unasked is cancelled; an admin's forget drops every
        status only queued to them and their unhandled messages. The status being posted
        at that moment goes out, then is wiped."""
        acct = acct.lower().lstrip("@")
        stopped = next(self.db["members"].rows_where("acct = ? AND paused = 1", [acct]), None)
        finished = "'sent', 'failed', 'cancelled'" + (", 'pending'" if by_admin else "")
        if not by_admin:
            # What the bot queued on its own (a fired reminder, a nudge, a campaign DM) goes
            # as their reminders go, as a "stop" cancels it: nothing unasked after the
            # farewell. Replies to them still go out, and so does the rest of a thread
            # whose first status is out or going.
            self.db.execute(
                """WITH RECURSIVE unasked(key) AS (
                       SELECT idempotency_key FROM outbox
                       WHERE state = 'pending' AND source_status_id IS NULL
                         AND after_key IS NULL AND lower(recipient) = ?
                       UNION SELECT o.idempotency_key FROM outbox o
                       JOIN unasked u ON o.after_key = u.key)
                   UPDATE outbox SET state = 'cancelled'
                   WHERE state = 'pending' AND idempotency_key IN unasked""",
                [acct],
            )
        # Before their statuses go: which DMs of a campaign went out to them.
        campaign = self._forget_in_campaigns(acct)
        self.db.execute("DELETE FROM undo WHERE acct = ?", [acct])
        counts = {
            "members": self.db.execute("DELETE FROM members WHERE acct = ?", [acct]).rowcount,
            "reminders": self.db.execute("DELETE FROM reminders WHERE acct = ?", [acct]).rowcount,
            "outbox": self.db.execute(
                f"DELETE FROM outbox WHERE lower(recipient) = ? AND state IN ({finished})", [acct]
            ).rowcount
            + self._forget_after_send(acct),
            "inbox": self.db.execute(
                "DELETE FROM inbox WHERE lower(json_extract(payload, '$.account.acct')) = ?",
                [acct],
            ).rowcount
            if by_admin
            else 0,
            "campaign": campaign,
            "stop_kept": 0,
        }
        if stopped is not None:
            kept = self._keep_stop(acct, stopped["account_id"], stopped["nobot"])
            counts["stop_kept"] = 1
            if {**stopped, "updated_at": None} == {**kept, "updated_at": None}:
                counts["members"] -= 1  # it was the stop alone already: nothing deleted
        return counts

    def _keep_stop(self, acct: str, account_id: str | None, nobot: int | None) -> dict[str, Any]:
        """Of a member who said "stop", the wish alone: the account, paused (and #nobot as
        last seen), with no handle, step, time or thread. Returns the row as stored."""
        self.db["members"].insert(
            {
                "acct": acct,
                "account_id": account_id,
                "step": "idle",
                "paused": 1,
                "nobot": nobot or 0,
                "updated_at": self.now(),
            },
            alter=False,
        )
        return self.db["members"].get(acct)

    def _forget_after_send(self, acct: str) -> int:
        """Statuses to a forgotten member still queued or being posted go out (a thread is
        not cut in half), but nothing of the member stays once they are out: marked here,
        wiped by _wipe_forgotten when each one is sent, failed or cancelled."""
        return self.db.execute(
            """UPDATE outbox SET forget_after_send = 1
               WHERE lower(recipient) = ? AND state IN ('pending', 'sending')""",
            [acct],
        ).rowcount

    def _wipe_forgotten(self) -> int:
        """Finished statuses of forgotten members keep only what the outbox's threads need
        (their keys, state and the bot's own status id): no text, no member, no status of
        theirs. A campaign DM's key names its member (camp1:w1:alice) and no thread needs
        it: renamed. The caller scrubs the log after its transaction when this wiped a row."""
        return self.db.execute(
            """UPDATE outbox SET recipient = '', text = '', spoiler_text = '',
                      in_reply_to_id = NULL, source_status_id = NULL, thread_root = NULL,
                      forget_after_send = 0,
                      idempotency_key = CASE WHEN kind = 'campaign'
                          THEN 'forgotten:' || id ELSE idempotency_key END
               WHERE forget_after_send = 1 AND state NOT IN ('pending', 'sending')"""
        ).rowcount

    # -- reminders -----------------------------------------------------------------------

    def claim_due_reminders(
        self, limit: int = 50, *, skip: set[int] | frozenset[int] = frozenset()
    ) -> list[dict[str, Any]]:
        """Pending reminders whose time has come, oldest first (firing marks them sent), but
        none of the `skip` ids (failed, though storage refused to mark them so)."""
        where, params = "state = 'pending' AND due_at <= ?", [self.now(), *sorted(skip)]
        if skip:
            where += f" AND id NOT IN ({_placeholders(skip)})"
        return list(
            self.db["reminders"].rows_where(where, params, order_by="due_at, id", limit=limit)
        )

    def reminded_since(self, acct: str, since: datetime) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM reminders WHERE acct = ? AND state = 'sent' AND sent_at >= ?",
            [acct.lower(), _ts(since)],
        ).fetchone()
        return row is not None

    def drop_reminder(self, reminder_id: int, why: str) -> None:
        with atomic(self.db.conn):
            self.db.execute(
                "UPDATE reminders SET state = 'dropped', context = ? WHERE id = ?",
                [json.dumps({"dropped": why}), reminder_id],
            )

    def next_reminder_time(
        self, *, skip: set[int] | frozenset[int] = frozenset()
    ) -> datetime | None:
        sql = "SELECT MIN(due_at) FROM reminders WHERE state = 'pending'"
        if skip:
            sql += f" AND id NOT IN ({_placeholders(skip)})"
        row = self.db.execute(sql, sorted(skip)).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def reminders(self, acct: str | None = None, state: str | None = None) -> list[dict[str, Any]]:
        clauses, params = [], []
        if acct is not None:
            clauses.append("acct = ?")
            params.append(acct.lower())
        if state is not None:
            clauses.append("state = ?")
            params.append(state)
        return list(
            self.db["reminders"].rows_where(
                " AND ".join(clauses) or None, params, order_by="due_at"
            )
        )

    # -- admin: figures, forgetting, retention (bot/admin.py, bot/web/, retention.py) --

    def members_per_step(self) -> dict[str, int]:
        """How many members are on each step (no handles: for stats, /metrics and /admin)."""
        rows = self.db.execute(
            "SELECT COALESCE(step, 'none'), COUNT(*) FROM members GROUP BY 1 ORDER BY 1"
        ).fetchall()
        return {str(step): int(count) for step, count in rows}

    def member_counts(self) -> dict[str, int]:
        row = self.db.execute(
            """SELECT COUNT(*), COALESCE(SUM(finished_at IS NOT NULL), 0),
                      COALESCE(SUM(paused = 1), 0) FROM members"""
        ).fetchone()
        return {"members": row[0], "finished": row[1], "paused": row[2]}

    def reminders_pending(self) -> int:
        row = self.db.execute("SELECT COUNT(*) FROM reminders WHERE state = 'pending'")
        return int(row.fetchone()[0])

    def reminders_pending_by_kind(self) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT kind, COUNT(*) FROM reminders WHERE state = 'pending' GROUP BY 1"
        ).fetchall()
        return {str(kind): int(count) for kind, count in rows}

    def oldest_waiting_since(self, now: datetime) -> datetime | None:
        """Since when the longest-waiting status that could already go out has waited (its
        creation, or its not-before time): how far behind the outbox is."""
        row = self.db.execute(
            """SELECT MIN(COALESCE(not_before, created_at)) FROM outbox
               WHERE state IN ('pending', 'sending') AND COALESCE(not_before, created_at) <= ?""",
            [_ts(now)],
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def reminders_due_between(self, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """Pending reminders due in [start, end): kind and due time only."""
        cursor = self.db.execute(
            """SELECT kind, due_at FROM reminders
               WHERE state = 'pending' AND due_at >= ? AND due_at < ? ORDER BY due_at, id""",
            [_ts(start), _ts(end)],
        )
        return [{"kind": kind, "due_at": due_at} for kind, due_at in cursor.fetchall()]

    def reminders_by_kind_and_state(self) -> dict[str, dict[str, int]]:
        result: dict[str, dict[str, int]] = {}
        for kind, state, count in self.db.execute(
            "SELECT kind, state, COUNT(*) FROM reminders GROUP BY 1, 2 ORDER BY 1, 2"
        ):
            result.setdefault(kind, {})[state] = count
        return result

    def sent_by_kind_since(self, since: datetime | None = None) -> dict[str, int]:
        sql = "SELECT kind, COUNT(*) FROM outbox WHERE state = 'sent'"
        params: list[Any] = []
        if since is not None:
            sql += " AND sent_at >= ?"
            params.append(_ts(since))
        rows = self.db.execute(sql + " GROUP BY 1 ORDER BY 1", params).fetchall()
        return {str(kind): int(count) for kind, count in rows}

    def outbox_states(self) -> dict[str, int]:
        rows = self.db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY 1").fetchall()
        return {str(state): int(count) for state, count in rows}

    def handled_outcomes(self) -> dict[str, int]:
        rows = self.db.execute("SELECT outcome, COUNT(*) FROM handled GROUP BY 1").fetchall()
        return {str(outcome): int(count) for outcome, count in rows}

    def errors_by_kind(self) -> dict[str, int]:
        rows = self.db.execute("SELECT kind, COUNT(*) FROM errors GROUP BY 1 ORDER BY 1").fetchall()
        return {str(kind): int(count) for kind, count in rows}

    def recent_activity(self, limit: int = 15) -> list[dict[str, Any]]:
        """The latest handled notifications and sent statuses: when and what, never who or text."""
        cursor = self.db.execute(
            """SELECT at, what, detail FROM (
                   SELECT handled_at AS at, 'received' AS what, outcome AS detail FROM handled
                   UNION ALL
                   SELECT sent_at, 'sent', kind FROM outbox WHERE state = 'sent'
               ) ORDER BY at DESC LIMIT ?""",
            [limit],
        )
        return [{"at": at, "what": what, "detail": detail} for at, what, detail in cursor]

    def activity_per_hour(self, start: datetime, hours: int) -> list[dict[str, Any]]:
        """Notifications handled and statuses sent in each hour from `start` (an hour
        boundary, UTC), oldest first: counts only, for the admin page's chart."""
        end = start + timedelta(hours=hours)
        counts: dict[str, dict[str, int]] = {}
        for column, sql in (
            (
                "received",
                "SELECT substr(handled_at, 1, 13), COUNT(*) FROM handled "
                "WHERE handled_at >= ? AND handled_at < ? GROUP BY 1",
            ),
            (
                "sent",  # the budget's own record of posts: forgetting a member keeps it
                "SELECT substr(sent_at, 1, 13), COUNT(*) FROM sends "
                "WHERE sent_at >= ? AND sent_at < ? GROUP BY 1",
            ),
        ):
            for hour, count in self.db.execute(sql, [_ts(start), _ts(end)]):
                counts.setdefault(hour, {})[column] = int(count)
        out = []
        for n in range(hours):
            hour = start + timedelta(hours=n)
            found = counts.get(_ts(hour)[:13], {})
            out.append(
                {"hour": hour, "received": found.get("received", 0), "sent": found.get("sent", 0)}
            )
        return out

    def forget_everything(self, acct: str) -> dict[str, int]:
        """An admin deletes a member's data on request (`python -m bot forget`): the same
        as their own "forget me" (a "stop" they said is kept alone, "stop_kept": 1), but
        every status only queued to them and their unhandled messages go too."""
        with atomic(self.db.conn):
            counts = self._forget(acct, by_admin=True)
        self.scrub()
        return counts

    def retention_sweep(self, cutoff: datetime) -> dict[str, int]:
        """Delete what is older than the cutoff (RETENTION_DAYS ago).

        Members whose walkthrough finished or went silent before the cutoff (no message,
        step change or finish since) go with their reminders and the statuses addressed
        to them; of a member who said "stop" only that wish stays (the account, paused,
        #nobot: no handle, step, time or thread), so that no campaign writes to them
        later. Posted, failed and cancelled statuses, handled-notification records and
        errors older than the cutoff go too. Pending work and the unhandled inbox stay.
        """
        when = _ts(cutoff)
        with atomic(self.db.conn):
            gone = self.db.execute(
                """SELECT acct, account_id, paused, nobot FROM members WHERE MAX(
                       COALESCE(last_message_at, ''), COALESCE(finished_at, ''),
                       COALESCE(step_entered_at, ''), COALESCE(started_at, '')) < ?
                   AND NOT (paused = 1 AND COALESCE(
                       last_message_at, finished_at, step_entered_at, started_at) IS NULL)""",
                [when],
            ).fetchall()
            counts = {"members": 0, "reminders": 0, "outbox": 0, "handled": 0, "errors": 0}
            for acct, account_id, paused, nobot in gone:
                counts["members"] += self.db.execute(
                    "DELETE FROM members WHERE acct = ?", [acct]
                ).rowcount
                if paused:  # the wish not to be written to outlives the rest
                    self._keep_stop(acct, account_id, nobot)
                counts["reminders"] += self.db.execute(
                    "DELETE FROM reminders WHERE acct = ?", [acct]
                ).rowcount
                counts["outbox"] += self.db.execute(
                    """DELETE FROM outbox WHERE lower(recipient) = ?
                       AND state IN ('sent', 'failed', 'cancelled')""",
                    [acct],
                ).rowcount
            counts["reminders"] += self.db.execute(
                """DELETE FROM reminders WHERE state != 'pending' AND created_at < ?
                   AND acct NOT IN (SELECT acct FROM members)""",
                [when],
            ).rowcount
            counts["outbox"] += self.db.execute(
                """DELETE FROM outbox WHERE state IN ('sent', 'failed', 'cancelled')
                   AND COALESCE(sent_at, created_at) < ?
                   AND idempotency_key NOT IN (
                       SELECT after_key FROM outbox
                       WHERE state IN ('pending', 'sending') AND after_key IS NOT NULL)""",
                [when],
            ).rowcount
            counts["handled"] = self.db.execute(
                "DELETE FROM handled WHERE handled_at < ?", [when]
            ).rowcount
            self.db.execute("DELETE FROM undo WHERE created_at < ?", [when])  # never answered
            counts["errors"] = self.db.execute("DELETE FROM errors WHERE at < ?", [when]).rowcount
        # Also empties the log of every handled message's text deleted since the last sweep.
        self.scrub()
        return counts

    @staticmethod
    def inspect(path: Path | str) -> dict[str, Any]:
        """For `python -m bot check`: the file's schema version, read-only, creating nothing."""
        path = Path(path)
        info: dict[str, Any] = {
            "path": str(path.resolve()),
            "exists": path.is_file(),
            "schema_version": None,
            "latest_schema_version": len(MIGRATIONS),
            "error": None,
        }
        if not info["exists"]:
            return info
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
            try:
                info["schema_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
        except sqlite3.Error as error:
            info["error"] = str(error)
        return info


def _create_owner_only(path: Path, *, fresh: bool = False) -> None:
    """Create the file readable by its owner only (0600) before SQLite opens it: SQLite
    gives its -wal and -shm files the database file's mode. An existing file is left as
    it is (unless fresh: then it is replaced)."""
    if fresh:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


# Trouble that passes once the other process, the disk or the admin is done, by SQLite's
# primary result code (https://sqlite.org/rescode.html): busy or locked (a backup, another
# process), disk full, I/O error, read-only file, a file that cannot be opened, WAL locking.
# Every other code fails the same way every time: SQLITE_ERROR (no such table or column, bad
# SQL), a constraint, a mismatch, misuse, a malformed file.
_TRANSIENT_CODES = frozenset(
    {
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PROTOCOL,
    }
)
# SQLite's own messages for those codes (sqlite3ErrStr), for an error that carries no code.
_TRANSIENT_MESSAGES = (
    "database is locked",
    "database table is locked",
    "database or disk is full",
    "disk i/o error",
    "attempt to write a readonly database",
    "unable to open database file",
    "locking protocol",
)


def _placeholders(values: Collection[object]) -> str:
    """One "?" per value, for a list of values that go in as parameters."""
    return ", ".join("?" for _ in values)


def is_transient_storage_error(error: BaseException) -> bool:
    """Trouble with the disk or the file (locked, busy, full, read-only, I/O) that goes away
    once the admin or the other process is done: worth retrying. Anything else SQLite
    raises (a constraint, a missing column, bad SQL) fails the same way every time.

    Told by the result code Python (3.11+) puts on an error raised from within SQLite, not
    by words in its message: "no such column: fullname" is OperationalError too, and SQLite
    writes extended codes (SQLITE_IOERR_WRITE), whose low byte is the primary one. An error
    raised without a code (by hand, or by the sqlite3 module itself, as on a closed
    connection) counts as transient only if it says what SQLite says for those codes."""
    if not isinstance(error, sqlite3.OperationalError):  # what the sqlite3 module raises for
        return False  # each of those codes (a constraint is IntegrityError, and so on)
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _TRANSIENT_CODES
    text = str(error).lower()
    return any(text.startswith(words) for words in _TRANSIENT_MESSAGES)


def describe_storage_error(error: BaseException) -> str:
    """A sentence an admin can act on, for the errors a VPS actually produces."""
    text = str(error).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return "the disk holding DATABASE_PATH is full: free space; nothing was lost, retrying"
    if "locked" in text or "busy" in text:
        return "the database is locked (a backup or another process?): retrying"
    if "readonly" in text or "read-only" in text:
        return "the database file is read-only: check its permissions"
    if "unable to open" in text:
        return "the file cannot be opened or created there"
    return f"storage error: {type(error).__name__}"


class Database:
    """Runs Store methods on one dedicated thread: one writer, and a free event loop."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    async def tell_admin(self, kind: str, detail: str) -> bool:
        """List a fault on /admin (the errors table) if storage takes it; False if not. A
        worker reporting one fault is never stopped by a second one: the count and the log
        line it wrote still tell."""
        try:
            await self.run(self.store.record_error, kind, detail)
        except sqlite3.Error:
            return False
        return True

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        self.store.close()


def timestamp(when: datetime) -> str:
    return _ts(when)


def after(when: datetime, **delta: float) -> str:
    return _ts(when + timedelta(**delta))


def try_writing_beside(path: Path) -> str | None:
    """Do what `run` does where the database would live: make its directory, create an
    SQLite file, write to it; then remove what was made. None if it worked, else why not."""
    made: list[Path] = []
    probe = path.with_name(f".{path.name}.check-{os.getpid()}")
    try:
        missing = [p for p in [path.parent, *path.parent.parents] if not p.exists()]
        for directory in reversed(missing):
            directory.mkdir()
            made.append(directory)
        if not path.parent.is_dir():
            return f"{next(p for p in path.parents if p.exists())} is a file, not a directory"
        if path.exists() and not path.is_file():
            return "it is a directory, not a file"
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            return "the file is not readable and writable by this user"
        conn = sqlite3.connect(str(probe), timeout=2.0)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("CREATE TABLE probe (x)")
            conn.execute("INSERT INTO probe VALUES (1)")
            conn.commit()
        finally:
            conn.close()
        return None
    except (OSError, sqlite3.Error) as error:
        if isinstance(error, OSError) and error.strerror:
            return error.strerror.lower()
        return str(error) or type(error).__name__
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{probe}{suffix}").unlink()
        for directory in reversed(made):
            with contextlib.suppress(OSError):
                directory.rmdir()
