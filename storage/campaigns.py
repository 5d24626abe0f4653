"""SQL for a server-closing campaign (bot/campaign.py): the campaign, its audience, the DMs
each wave queued, and counts over time.

A mixin of Store, kept in its own file so the campaign's SQL does not crowd storage/db.py.
Times are passed in as values; nothing here reads a clock.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlite_utils

from storage.records import OutboxItem
from storage.transactions import atomic

# Steps that are not "in the middle of a walkthrough".
RESTING_STEPS = ("idle", "finished", "choose_direction")
CAMPAIGN_KIND = "campaign"
# A forgotten member's record of a DM the running campaign sent them: no handle, a digest
# of it (_forgotten_as), so a wave that finds the account again does not write twice.
FORGOTTEN = "forgotten:"
# An account of the audience the campaign reached: a DM of it sent, or sent before the
# member was forgotten (found again since: the record is theirs again, its DM wiped).
_REACHED = f"""EXISTS (SELECT 1 FROM campaign_sends s
                  LEFT JOIN outbox o ON o.idempotency_key = s.outbox_key
                  WHERE s.campaign_id = a.campaign_id AND s.acct = a.acct
                    AND (o.state = 'sent' OR s.outbox_key LIKE '{FORGOTTEN}%'))"""


def _ts(when: datetime) -> str:
    return when.isoformat(timespec="microseconds")


class CampaignStore:
    db: sqlite_utils.Database

    # -- the campaign ---------------------------------------------------------------------

    def create_campaign(
        self,
        *,
        closes_at: datetime,
        waves: list[datetime],
        reach: Iterable[str],
        share: float,
        now: datetime,
    ) -> int:
        """Record a new campaign; refuses while another one is active."""
        with atomic(self.db.conn):
            if self.db.execute("SELECT 1 FROM campaigns WHERE state = 'active'").fetchone():
                raise ValueError("a campaign is already running (campaign stop ends it)")
            cursor = self.db.execute(
                """INSERT INTO campaigns (closes_at, started_at, waves, reach, share, state)
                   VALUES (?, ?, ?, ?, ?, 'active')""",
                [
                    _ts(closes_at),
                    _ts(now),
                    json.dumps([_ts(w) for w in waves]),
                    ",".join(reach),
                    share,
                ],
            )
            return int(cursor.lastrowid or 0)

    def campaign(self, campaign_id: int | None = None) -> dict[str, Any] | None:
        """One campaign, or (without an id) the active one, else the latest."""
        if campaign_id is not None:
            rows = list(self.db["campaigns"].rows_where("id = ?", [campaign_id]))
        else:
            rows = list(
                self.db.query(
                    "SELECT * FROM campaigns ORDER BY state = 'active' DESC, id DESC LIMIT 1"
                )
            )
        return rows[0] if rows else None

    def active_campaign(self) -> dict[str, Any] | None:
        rows = list(self.db["campaigns"].rows_where("state = 'active'", order_by="id", limit=1))
        return rows[0] if rows else None

    def update_campaign(self, campaign_id: int, **fields: Any) -> None:
        allowed = {
            "announcement_key",
            "announcement_status_id",
            "pinned",
            "unpinned",
            "audience_at",
        }
        if not fields or set(fields) - allowed:
            raise ValueError(f"cannot update {sorted(set(fields) - allowed)}")
        with atomic(self.db.conn):
            self.db.execute(
                f"UPDATE campaigns SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                [*fields.values(), campaign_id],
            )

    def end_campaign(self, campaign_id: int, *, state: str, reason: str, now: datetime) -> bool:
        """Stop (by the admin) or close (the date passed); False if it had already ended.
        DMs it queued that have not gone out are cancelled."""
        with atomic(self.db.conn):
            changed = self.db.execute(
                """UPDATE campaigns SET state = ?, ended_at = ?, end_reason = ?
                   WHERE id = ? AND state = 'active'""",
                [state, _ts(now), reason, campaign_id],
            ).rowcount
            self.db.execute(
                """UPDATE outbox SET state = 'cancelled' WHERE state = 'pending'
                   AND (idempotency_key IN (
                            SELECT outbox_key FROM campaign_sends WHERE campaign_id = ?)
                        OR idempotency_key = (
                            SELECT announcement_key FROM campaigns WHERE id = ?))""",
                [campaign_id, campaign_id],
            )
            # No wave writes again: what kept forgotten members from a second DM goes.
            self._drop_forgotten(campaign_id)
            self.db.execute("DELETE FROM meta WHERE key = ?", [_salt_key(campaign_id)])
        return changed == 1

    # -- the audience ---------------------------------------------------------------------

    def add_audience(self, campaign_id: int, rows: Iterable[dict[str, Any]], now: datetime) -> int:
        """Add accounts found by a source; one already there keeps its first source, but a
        fresher skip reason, move or activity replaces the old one. Returns rows added."""
        added = 0
        stamp = _ts(now)
        with atomic(self.db.conn):
            forgotten = {
                acct
                for (acct,) in self.db.execute(
                    "SELECT DISTINCT acct FROM campaign_sends WHERE campaign_id = ? AND acct LIKE ?",
                    [campaign_id, f"{FORGOTTEN}%"],
                )
            }
            salt = self._salt(campaign_id) if forgotten else ""
            for row in rows:
                if forgotten:  # found again: the DMs sent before they were forgotten count
                    acct = row["acct"].lower()
                    digest = _forgotten_as(salt, acct)
                    if digest in forgotten:
                        self.db.execute(
                            "UPDATE campaign_sends SET acct = ? WHERE campaign_id = ? AND acct = ?",
                            [acct, campaign_id, digest],
                        )
                cursor = self.db.execute(
                    """INSERT INTO campaign_audience (campaign_id, acct, account_id, source,
                           locale, last_active_at, skip, moved_at, checked_at, added_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT(campaign_id, acct) DO UPDATE SET
                           account_id = COALESCE(excluded.account_id, account_id),
                           locale = COALESCE(locale, excluded.locale),
                           last_active_at = MAX(COALESCE(last_active_at, ''),
                                                COALESCE(excluded.last_active_at, '')),
                           skip = excluded.skip,
                           moved_at = COALESCE(moved_at, excluded.moved_at),
                           checked_at = excluded.checked_at""",
                    [
                        campaign_id,
                        row["acct"].lower(),
                        row.get("account_id"),
                        row["source"],
                        row.get("locale"),
                        row.get("last_active_at"),
                        row.get("skip"),
                        row.get("moved_at"),
                        stamp,
                        stamp,
                    ],
                )
                added += cursor.rowcount
        return added

    def audience(self, campaign_id: int) -> list[dict[str, Any]]:
        return list(
            self.db["campaign_audience"].rows_where(
                "campaign_id = ?", [campaign_id], order_by="acct"
            )
        )

    def mark_moved(self, campaign_id: int, acct: str, now: datetime) -> None:
        with atomic(self.db.conn):
            self.db.execute(
                """UPDATE campaign_audience SET moved_at = COALESCE(moved_at, ?), checked_at = ?
                   WHERE campaign_id = ? AND acct = ?""",
                [_ts(now), _ts(now), campaign_id, acct.lower()],
            )

    def mark_checked(self, campaign_id: int, accts: Iterable[str], now: datetime) -> None:
        with atomic(self.db.conn):
            self.db.conn.executemany(
                "UPDATE campaign_audience SET checked_at = ? WHERE campaign_id = ? AND acct = ?",
                [(_ts(now), campaign_id, acct.lower()) for acct in accts],
            )

    _REACHABLE = """a.campaign_id = ? AND a.skip IS NULL AND a.moved_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM members m WHERE m.acct = a.acct
                        AND (m.paused = 1 OR m.nobot = 1 OR m.moved_at IS NOT NULL))"""

    def reachable_count(self, campaign_id: int) -> int:
        return self.db.execute(
            f"SELECT COUNT(*) FROM campaign_audience a WHERE {self._REACHABLE}", [campaign_id]
        ).fetchone()[0]

    def due_recipients(self, campaign_id: int, wave: int, limit: int) -> list[dict[str, Any]]:
        """Reachable accounts this wave has not written to yet, most urgent first: members in
        the middle of a walkthrough, then by latest activity (theirs with the bot, or their
        last post), never-active last."""
        resting = ", ".join(f"'{s}'" for s in RESTING_STEPS)
        cursor = self.db.execute(
            f"""SELECT a.*, m.locale AS member_locale, m.step AS step,
                       m.thread_status_id AS thread_status_id, m.thread_acct AS thread_acct
                FROM campaign_audience a LEFT JOIN members m ON m.acct = a.acct
                WHERE {self._REACHABLE}
                  AND NOT EXISTS (SELECT 1 FROM campaign_sends s WHERE s.campaign_id = a.campaign_id
                                  AND s.wave = ? AND s.acct = a.acct)
                ORDER BY (m.step IS NOT NULL AND m.step NOT IN ({resting})) DESC,
                         MAX(COALESCE(a.last_active_at, ''), COALESCE(m.last_message_at, '')) DESC,
                         a.acct
                LIMIT ?""",
            [campaign_id, wave, limit],
        )
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def queue_campaign_dms(
        self, campaign_id: int, wave: int, items: list[tuple[str, OutboxItem]], now: datetime
    ) -> int:
        """Put this wave's DMs in the outbox and remember who got which, in one transaction;
        a member already written to in this wave is never queued twice, nor one no longer
        reachable (a "stop", #nobot or a move handled since due_recipients read them)."""
        stamp = _ts(now)
        queued = 0
        with atomic(self.db.conn):
            for acct, item in items:
                reachable = self.db.execute(
                    f"SELECT 1 FROM campaign_audience a WHERE {self._REACHABLE} AND a.acct = ?",
                    [campaign_id, acct.lower()],
                ).fetchone()
                if reachable is None:
                    continue
                cursor = self.db.execute(
                    """INSERT OR IGNORE INTO campaign_sends
                       (campaign_id, wave, acct, outbox_key, queued_at) VALUES (?, ?, ?, ?, ?)""",
                    [campaign_id, wave, acct.lower(), item.idempotency_key, stamp],
                )
                if cursor.rowcount:
                    self._enqueue(item, stamp)  # type: ignore[attr-defined]  # Store's
                    # The bot writes on its own, as a reminder does (Store.apply): a question
                    # it asked before ("start over?", "delete everything?") is let go, so
                    # an "ok" answering this DM cannot answer that.
                    self.db.execute(
                        "UPDATE members SET pending_confirmation = NULL WHERE acct = ?",
                        [acct.lower()],
                    )
                    queued += 1
        return queued

    def cancel_earlier_waves(self, campaign_id: int, wave: int) -> int:
        """A new wave replaces the last one's DMs that have not gone out yet (and what kept
        forgotten members from a second DM in those waves)."""
        with atomic(self.db.conn):
            self._drop_forgotten(campaign_id, before_wave=wave)
            return self.db.execute(
                """UPDATE outbox SET state = 'cancelled' WHERE state = 'pending'
                   AND idempotency_key IN (SELECT outbox_key FROM campaign_sends
                                           WHERE campaign_id = ? AND wave < ?)""",
                [campaign_id, wave],
            ).rowcount

    def local_members(self) -> list[dict[str, Any]]:
        """Members of this server who talked to the bot (local accounts have no domain)."""
        return list(
            self.db.query(
                """SELECT acct, account_id, locale, paused, nobot, moved_at, last_message_at
                   FROM members WHERE acct NOT LIKE '%@%' ORDER BY acct"""
            )
        )

    def campaign_outbox(self, campaign_id: int, since: datetime) -> dict[str, int]:
        """This campaign's statuses (its DMs and its public announcement) sent since a moment
        (a budget window's start) and still waiting: all of them count in its share."""
        row = self.db.execute(
            """SELECT COALESCE(SUM(o.state = 'sent' AND o.sent_at >= ?), 0),
                      COALESCE(SUM(o.state IN ('pending', 'sending')), 0)
               FROM outbox o
               WHERE o.idempotency_key IN (
                         SELECT outbox_key FROM campaign_sends WHERE campaign_id = ?)
                  OR o.idempotency_key = (
                         SELECT announcement_key FROM campaigns WHERE id = ?)""",
            [_ts(since), campaign_id, campaign_id],
        ).fetchone()
        return {"sent": int(row[0]), "waiting": int(row[1])}

    def campaign_sent_times(self, campaign_id: int) -> list[tuple[int, str]]:
        """(wave, sent_at) of every DM sent: for the benchmark and the tests' window checks."""
        rows = self.db.execute(
            """SELECT s.wave, o.sent_at FROM campaign_sends s
               JOIN outbox o ON o.idempotency_key = s.outbox_key
               WHERE s.campaign_id = ? AND o.state = 'sent' ORDER BY o.sent_at""",
            [campaign_id],
        ).fetchall()
        return [(int(w), str(at)) for w, at in rows]

    def reached_unmoved(
        self, campaign_id: int, checked_before: datetime, limit: int
    ) -> list[dict[str, Any]]:
        """Reached accounts not known to have moved, least recently checked first."""
        return list(
            self.db.query(
                f"""SELECT a.acct, a.account_id FROM campaign_audience a
                   WHERE a.campaign_id = ? AND a.moved_at IS NULL AND a.skip IS NULL
                     AND COALESCE(a.checked_at, '') < ?
                       AND {_REACHED}
                   ORDER BY COALESCE(a.checked_at, ''), a.acct LIMIT ?""",
                [campaign_id, _ts(checked_before), limit],
            )
        )

    def campaign_counts(self, campaign_id: int) -> dict[str, int]:
        """Reached, replied, walking through, archive requested, moved, not reached yet,
        cannot be reached (#nobot, stopped), and excluded (bots, suspended, disabled)."""
        campaign = self.campaign(campaign_id)
        started = campaign["started_at"] if campaign else ""
        resting = ", ".join(f"'{s}'" for s in ("idle", "finished"))
        row = self.db.execute(
            f"""WITH a AS (
                    SELECT a.acct, a.skip, a.moved_at, m.paused, m.nobot, m.step,
                           m.last_message_at, m.archive_requested_at,
                           m.moved_at AS member_moved_at,
                           {_REACHED} AS reached
                    FROM campaign_audience a LEFT JOIN members m ON m.acct = a.acct
                    WHERE a.campaign_id = ?)
                SELECT COUNT(*),
                  COALESCE(SUM(reached), 0),
                  COALESCE(SUM(reached AND last_message_at >= ?), 0),
                  COALESCE(SUM(step IS NOT NULL AND step NOT IN ({resting})
                               AND moved_at IS NULL AND member_moved_at IS NULL), 0),
                  COALESCE(SUM(archive_requested_at IS NOT NULL), 0),
                  COALESCE(SUM(moved_at IS NOT NULL OR member_moved_at IS NOT NULL), 0),
                  COALESCE(SUM(skip IS NULL AND moved_at IS NULL AND member_moved_at IS NULL
                               AND COALESCE(paused, 0) = 0 AND COALESCE(nobot, 0) = 0
                               AND NOT reached), 0),
                  COALESCE(SUM(moved_at IS NULL AND member_moved_at IS NULL
                               AND (skip IN ('nobot', 'stopped')
                                    OR (skip IS NULL AND (paused = 1 OR nobot = 1)))), 0),
                  COALESCE(SUM(moved_at IS NULL AND member_moved_at IS NULL
                               AND skip IN ('bot', 'suspended', 'disabled')), 0)
                FROM a""",
            [campaign_id, started],
        ).fetchone()
        keys = (
            "audience",
            "reached",
            "replied",
            "walking_through",
            "archive_requested",
            "moved",
            "not_reached_yet",
            "cannot_be_reached",
            "excluded",
        )
        return dict(zip(keys, (int(v) for v in row), strict=True))

    def not_moved(self, campaign_id: int) -> list[dict[str, Any]]:
        """For `campaign export`: accounts of the audience that have not moved (and are not
        bots, suspended or disabled), with whether the campaign reached them."""
        return list(
            self.db.query(
                f"""SELECT a.acct, a.source, a.skip, {_REACHED} AS reached
                   FROM campaign_audience a LEFT JOIN members m ON m.acct = a.acct
                   WHERE a.campaign_id = ? AND a.moved_at IS NULL AND m.moved_at IS NULL
                     AND COALESCE(a.skip, '') NOT IN ('bot', 'suspended', 'disabled')
                   ORDER BY a.acct""",
                [campaign_id],
            )
        )

    # -- counts over time -----------------------------------------------------------------

    def add_campaign_snapshot(
        self, campaign_id: int, counts: dict[str, int], now: datetime
    ) -> None:
        with atomic(self.db.conn):
            self.db["campaign_snapshots"].insert(
                {"campaign_id": campaign_id, "at": _ts(now), "counts": json.dumps(counts)}
            )

    def campaign_snapshots(self, campaign_id: int) -> list[dict[str, Any]]:
        return [
            {"at": row["at"], **json.loads(row["counts"])}
            for row in self.db["campaign_snapshots"].rows_where(
                "campaign_id = ?", [campaign_id], order_by="id"
            )
        ]

    def _forget_in_campaigns(self, acct: str) -> int:
        """Part of forgetting a member (Store._forget, inside its transaction, before their
        statuses go): the member leaves every campaign's audience and record of DMs.

        Of a DM a running campaign wrote to them (sent, or being sent), the record stays
        under a digest of their handle instead (salted by the campaign, never the handle): the
        audience's next refresh may find the account again, and the wave must not write to
        them twice. Found again, the record is theirs again (add_audience); the digests go
        when the next wave starts or the campaign ends."""
        acct = acct.lower()
        kept = self.db.execute(
            """SELECT s.campaign_id, s.wave FROM campaign_sends s
               JOIN campaigns c ON c.id = s.campaign_id AND c.state = 'active'
               JOIN outbox o ON o.idempotency_key = s.outbox_key
                            AND o.state IN ('sending', 'sent')
               WHERE s.acct = ?""",
            [acct],
        ).fetchall()
        for campaign_id, wave in kept:
            digest = _forgotten_as(self._salt(campaign_id), acct)
            self.db.execute(
                """UPDATE OR REPLACE campaign_sends SET acct = ?, outbox_key = ?
                   WHERE campaign_id = ? AND wave = ? AND acct = ?""",
                [digest, f"{digest}:w{wave}", campaign_id, wave, acct],
            )
        self.db.execute("DELETE FROM campaign_sends WHERE acct = ?", [acct])
        return self.db.execute("DELETE FROM campaign_audience WHERE acct = ?", [acct]).rowcount

    def _salt(self, campaign_id: int) -> str:
        """The campaign's salt for forgotten members' digests (random, made at the first
        need, kept until the campaign ends): read once per call that digests, not per row."""
        key = _salt_key(campaign_id)
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        if row is not None:
            return row[0]
        salt = secrets.token_hex(16)
        self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [key, salt])
        return salt

    def _drop_forgotten(self, campaign_id: int, *, before_wave: int | None = None) -> None:
        """Forget the digests of forgotten members (a wave over, or the campaign ended)."""
        self.db.execute(
            """DELETE FROM campaign_sends WHERE campaign_id = ? AND acct LIKE ?
               AND (? IS NULL OR wave < ?)""",
            [campaign_id, f"{FORGOTTEN}%", before_wave, before_wave],
        )


def _salt_key(campaign_id: int) -> str:
    return f"campaign_salt:{campaign_id}"


def _forgotten_as(salt: str, acct: str) -> str:
    """How a forgotten member's record of a campaign's DM names them: a digest of their
    handle salted by the campaign (CampaignStore._salt), never the handle."""
    return FORGOTTEN + hashlib.sha256(f"{salt}\n{acct.lower()}".encode()).hexdigest()[:32]
