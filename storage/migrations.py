"""Schema changes, applied in order at start; PRAGMA user_version is the schema version.

Append a function to MIGRATIONS to change the schema; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from storage.transactions import atomic


def _001_spine(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    # A notification received but not yet handled. The payload is deleted once handled.
    db["inbox"].create(
        {"notification_id": int, "payload": str, "received_at": str}, pk="notification_id"
    )
    db["handled"].create(
        {"notification_id": int, "status_id": str, "handled_at": str, "outcome": str},
        pk="notification_id",
    )
    db["outbox"].create(
        {
            "id": int,
            "idempotency_key": str,
            "after_key": str,
            "priority": int,
            "kind": str,
            "recipient": str,
            "text": str,
            "visibility": str,
            "in_reply_to_id": str,
            "spoiler_text": str,
            "language": str,
            "source_status_id": str,
            "state": str,
            "attempts": int,
            "created_at": str,
            "not_before": str,
            "next_attempt_at": str,
            "first_attempt_at": str,
            "sent_at": str,
            "sent_status_id": str,
            "last_error": str,
        },
        pk="id",
        not_null={"idempotency_key", "state", "text", "visibility", "recipient"},
        defaults={"state": "pending", "attempts": 0, "spoiler_text": ""},
    )
    db["outbox"].create_index(["idempotency_key"], unique=True)
    db["outbox"].create_index(["state", "priority", "id"])
    db["errors"].create({"id": int, "at": str, "kind": str, "detail": str}, pk="id")


def _002_members_and_reminders(db: sqlite_utils.Database) -> None:
    # Only what the walkthrough needs: handles, step, timestamps. Never message text.
    db["members"].create(
        {
            "acct": str,
            "account_id": str,
            "direction": str,
            "step": str,
            "new_handle": str,
            "old_handle": str,
            "locale": str,
            "thread_status_id": str,
            "thread_acct": str,
            "paused": int,
            "nobot": int,
            "pending_confirmation": str,
            "started_at": str,
            "updated_at": str,
            "step_entered_at": str,
            "last_message_at": str,
            "archive_requested_at": str,
            "archive_downloaded_at": str,
            "moved_at": str,
            "finished_at": str,
            "new_locked": int,
        },
        pk="acct",
        defaults={"paused": 0, "nobot": 0},
    )
    db["reminders"].create(
        {
            "id": int,
            "acct": str,
            "kind": str,
            "due_at": str,
            "expires_at": str,
            "state": str,
            "created_at": str,
            "sent_at": str,
            "context": str,
        },
        pk="id",
        defaults={"state": "pending"},
    )
    db["reminders"].create_index(["state", "due_at"])
    db["reminders"].create_index(["acct", "kind"])


def _003_thread_roots(db: sqlite_utils.Database) -> None:
    # Which thread a reply belongs to, so public threads get a bounded number of answers.
    db["outbox"].add_column("thread_root", str)
    db["outbox"].create_index(["thread_root"])


def _004_send_times(db: sqlite_utils.Database) -> None:
    # When each status was posted, and nothing else: the posting budget counts these, so
    # forgetting a member (deleting the statuses sent to them) cannot make it over-post.
    db["sends"].create({"id": int, "sent_at": str}, pk="id")
    db["sends"].create_index(["sent_at"])
    db.execute(
        "INSERT INTO sends (sent_at) SELECT sent_at FROM outbox"
        " WHERE state = 'sent' AND sent_at IS NOT NULL ORDER BY sent_at"
    )


def _005_campaigns(db: sqlite_utils.Database) -> None:
    # A server closing: the campaign, who it reaches, the DM each wave queued, and counts
    # over time for /admin's chart. Handles only (the admin's server has them anyway).
    db["campaigns"].create(
        {
            "id": int,
            "closes_at": str,
            "started_at": str,
            "waves": str,  # JSON list of ISO times
            "reach": str,  # comma-separated sources
            "share": float,
            "state": str,  # active, stopped, closed
            "ended_at": str,
            "end_reason": str,
            "announcement_key": str,
            "announcement_status_id": str,
            "pinned": int,
            "unpinned": int,
            "audience_at": str,
        },
        pk="id",
        defaults={"state": "active", "pinned": 0, "unpinned": 0},
    )
    db["campaign_audience"].create(
        {
            "campaign_id": int,
            "acct": str,
            "account_id": str,
            "source": str,
            "locale": str,
            "last_active_at": str,
            "skip": str,  # bot, suspended, disabled, nobot, stopped; NULL: reachable
            "moved_at": str,
            "checked_at": str,
            "added_at": str,
        },
        pk=("campaign_id", "acct"),
    )
    db["campaign_sends"].create(
        {"campaign_id": int, "wave": int, "acct": str, "outbox_key": str, "queued_at": str},
        pk=("campaign_id", "wave", "acct"),
    )
    db["campaign_sends"].create_index(["outbox_key"])
    db["campaign_snapshots"].create(
        {"id": int, "campaign_id": int, "at": str, "counts": str}, pk="id"
    )


def _006_move_baseline(db: sqlite_utils.Database) -> None:
    # The old account's counts when the member reached the move step (progress reports).
    db["members"].add_column("baseline_followers", int)
    db["members"].add_column("baseline_following", int)


def _007_language_choice(db: sqlite_utils.Database) -> None:
    # 1 when the member chose their language ("language de"): it then outranks the text.
    db["members"].add_column("locale_chosen", int, not_null_default=0)


def _008_walkthrough_checks(db: sqlite_utils.Database) -> None:
    # Failed checks on the current step (the second one offers a way on), a digest of the
    # bot's last walkthrough message (never the same words twice in a row), when the alias
    # was seen, and the other server's software from NodeInfo. No member text.
    db["members"].add_column("check_failures", int)
    db["members"].add_column("last_said", str)
    db["members"].add_column("alias_seen_at", str)
    db["members"].add_column("other_software", str)


def _009_lease(db: sqlite_utils.Database) -> None:
    # Which process may run the bot on this database (one row): a second copy waits.
    db["lease"].create(
        {
            "name": str,
            "holder": str,
            "pid": int,
            "host": str,
            "acquired_at": str,
            "renewed_at": str,
            "expires_at": str,
        },
        pk="name",
    )


def _010_forget_after_send(db: sqlite_utils.Database) -> None:
    """A status being posted (or still queued) when its member says "forget me" is marked:
    once it is out, what it says and whom it was for are wiped from its row."""
    db["outbox"].add_column("forget_after_send", int, not_null_default=0)


def _011_moved_here(db: sqlite_utils.Database) -> None:
    """The member's new account on this server ("alice2@example.social"), once the server's
    API showed their old account moved to it: later messages from it need no lookup."""
    db["members"].add_column("moved_here", str)


def _012_undo(db: sqlite_utils.Database) -> None:
    """What a member's DM changed, kept only until the bot's reply to it goes out: if the
    member deletes the DM before then, the reply is cancelled and the change undone.
    `member` is the member's row before (JSON; NULL: there was none), `updated_at` the
    row's after, `added` and `cancelled` the reminder ids the DM scheduled and cancelled."""
    db["undo"].create(
        {
            "status_id": str,
            "acct": str,
            "member": str,
            "updated_at": str,
            "added": str,
            "cancelled": str,
            "created_at": str,
        },
        pk="status_id",
    )


def _013_handling_attempts(db: sqlite_utils.Database) -> None:
    """How many times handling of a received notification began. Handling that never ends
    (it hangs until a restart, or the process dies with it) leaves the count up, so the
    next start sees it and, after MAX_HANDLING_ATTEMPTS, gives up instead of trying again."""
    db["inbox"].add_column("attempts", int, not_null_default=0)


def _014_text_notification_ids(db: sqlite_utils.Database) -> None:
    """Notification ids as text: GoToSocial's are ULIDs, which an INTEGER PRIMARY KEY
    refuses. Mastodon's numbers are kept as their digits (the ids the server sent)."""
    db.execute(
        """CREATE TABLE inbox_text (notification_id TEXT PRIMARY KEY, payload TEXT,
           received_at TEXT, attempts INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute(
        """INSERT INTO inbox_text SELECT CAST(notification_id AS TEXT), payload, received_at,
           attempts FROM inbox"""
    )
    db.execute(
        """CREATE TABLE handled_text (notification_id TEXT PRIMARY KEY, status_id TEXT,
           handled_at TEXT, outcome TEXT)"""
    )
    db.execute(
        """INSERT INTO handled_text SELECT CAST(notification_id AS TEXT), status_id,
           handled_at, outcome FROM handled"""
    )
    for table in ("inbox", "handled"):
        db.execute(f"DROP TABLE {table}")
        db.execute(f"ALTER TABLE {table}_text RENAME TO {table}")


def _015_failing_since(db: sqlite_utils.Database) -> None:
    """When the server began failing a status (timeouts, 5xx, or its own statuses unreadable
    when the outbox must look), kept across retries and restarts: a status failing for a
    day is given up, the member told and /admin shown, instead of being tried forever."""
    db["outbox"].add_column("failing_since", str)


def _016_campaign_sends_by_account(db: sqlite_utils.Database) -> None:
    """Whether the campaign reached an account is asked once for each account of its
    audience (campaigns._REACHED, in every count, snapshot and check); the sends' key puts
    the wave between campaign and account, so each asked scanned all the campaign's sends:
    a closing server's 5,000 members cost 25 million rows a count."""
    db["campaign_sends"].create_index(["campaign_id", "acct"])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _001_spine,
    _002_members_and_reminders,
    _003_thread_roots,
    _004_send_times,
    _005_campaigns,
    _006_move_baseline,
    _007_language_choice,
    _008_walkthrough_checks,
    _009_lease,
    _010_forget_after_send,
    _011_moved_here,
    _012_undo,
    _013_handling_attempts,
    _014_text_notification_ids,
    _015_failing_since,
    _016_campaign_sends_by_account,
]


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the schema up to date; return the resulting version.

    Each migration and its version number are one transaction (atomic: sqlite-utils 4
    commits every statement run outside one), so a crash half-way leaves the version
    before it, whole, and the next start runs it again. The version is read again inside
    the transaction: a second copy starting at the same time waits for the first's
    migration instead of running it twice."""
    if _version(db) >= len(MIGRATIONS):
        return len(MIGRATIONS)
    for number, step in enumerate(MIGRATIONS, start=1):
        with atomic(db.conn):
            if _version(db) >= number:
                continue
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
    return len(MIGRATIONS)


def _version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])
