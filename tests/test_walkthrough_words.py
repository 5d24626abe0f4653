"""The facts the walkthrough and its reminders state, checked on the words members receive.

Each test renders what the bot really sends (engine turns, composed reminders) in all five
languages and fails if a wrong or frightening sentence of issue 13 comes back. The facts
are in shared/research/mastodon-facts.md (§1.2, §1.3, §1.5, §1.7, §2, §9).
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from test_locales import QUOTES, SCRIPTS
from test_walkthrough_table import Remote, engine, member_at

from bot.clock import FakeClock
from bot.health import Health
from bot.incoming import Incoming
from bot.reminders import ReminderPlan, Reminders
from bot.verify import FOUND, Actor, Lookup

LOCALES = ["en", "de", "fr", "es", "ja"]

OLD_ACCOUNT = {
    "en": "old account",
    "de": "alte Konto",
    "fr": "ancien compte",
    "es": "cuenta antigua",
    "ja": "古いアカウント",
}
ONLY_COPY = {
    "en": "only copy",
    "de": "einzige Kopie",
    "fr": "seule copie",
    "es": "única copia",
    "ja": "唯一",
}
# The bot speaking of its own reminder window ("my", "mein", "ma/mes", "mi/me", 私).
MINE = {
    "en": r"\bmy\b",
    "de": r"\bmein",
    "fr": r"\b(ma|mes|m’)",
    "es": r"\b(mi|mis|me)\b",
    "ja": r"私",
}
# The window as if Mastodon had set it for the member.
YOUR_WINDOW = {
    "en": r"your \d+-hour window",
    "de": r"deinem \d+-Stunden-Fenster",
    "fr": r"votre délai de \d+",
    "es": r"tu plazo de \d+",
    "ja": r"ダウンロードする\d+時間の目安",
}
LAST_REMINDER = {
    "en": r"\blast reminder\b",
    "de": r"letzte Erinnerung",
    "fr": r"dernier rappel",
    "es": r"último recordatorio",
    "ja": r"最後のリマインダー",
}
OTHER_SERVERS = {
    "en": "other servers",
    "de": "anderen Servern",
    "fr": "autres serveurs",
    "es": "otros servidores",
    "ja": "他のサーバー",
}
FILTERS = {"en": "Filters", "de": "Filter", "fr": "Filtres", "es": "Filtros", "ja": "Filters"}
USERNAME = {
    "en": "username",
    "de": "Benutzernamen",
    "fr": "nom d’utilisateur",
    "es": "nombre de usuario",
    "ja": "ユーザー名",
}
SINGLE_SIGN_ON = {
    "en": "single sign-on",
    "de": "Single Sign-on",
    "fr": "SSO",
    "es": "inicio de sesión único",
    "ja": "SSO",
}
FOLLOW_LIMIT = re.compile(r"7[,.\u00a0\u202f ]?500")


def message(text: str, n: int = 1) -> Incoming:
    return Incoming(
        notification_id=str(n),
        status_id=str(1000 + n),
        acct="alice",
        account_id="1",
        username="alice",
        is_bot=False,
        visibility="direct",
        language=None,
        text=text,
        spoiler_text="",
        in_reply_to_id=None,
    )


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?。！])\s*", text) if s.strip()]


async def walk_to_the_end(locale: str, direction: str) -> list[str]:
    """Every reply of a whole walkthrough in the member's language, in order."""
    walk = engine()
    member, said = None, []
    script = list(SCRIPTS[locale])
    script[1] = "1" if direction == "away" else "2"
    for n, text in enumerate(script, 1):
        effects = await walk.handle(
            member, message("alice@new.example" if text == "NEW" else text, n), locale
        )
        member = effects.member
        said.append("\n".join(item.text for item in effects.outbox))
    assert member["step"] == "finished"
    return said


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_cooldown_is_named_only_for_the_account_that_moved(locale):
    leaving = (await walk_to_the_end(locale, "away"))[-1]
    cooldown = [s for s in sentences(leaving) if re.search(r"(?<!\d)30(?!\d)", s)]
    assert len(cooldown) == 1, leaving
    assert OLD_ACCOUNT[locale] in cooldown[0], cooldown
    arriving = (await walk_to_the_end(locale, "here"))[-1]
    assert not re.search(r"(?<!\d)30(?!\d)", arriving), arriving


def reminder_texts(locale: str, direction: str, retention_days: int = 3) -> list[str]:
    """The archive reminders in the order they fall due, as composed for a member."""
    clock = FakeClock()
    plan = ReminderPlan(archive_retention_days=retention_days)
    worker = Reminders(
        None, clock=clock, health=Health(), plan=plan, this_server="home.example"
    )  # compose() reads no storage
    requested = clock.now()
    member = {
        "acct": "alice",
        "locale": locale,
        "direction": direction,
        "step": "alias",
        "old_handle": "alice@old.example" if direction == "here" else None,
        "thread_acct": "alice",
    }
    texts = []
    for row in sorted(plan.archive("alice", requested), key=lambda r: r["due_at"]):
        clock.set(datetime.fromisoformat(row["due_at"]))
        reminder = {"id": 1, "kind": row["kind"], "context": row["context"]}
        texts.append(worker.compose(reminder, member).text)
    return texts


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("direction", ["away", "here"])
def test_archive_reminders_never_call_it_the_only_copy_nor_mastodons_window(locale, direction):
    texts = reminder_texts(locale, direction)
    window = f"{ReminderPlan().archive_window_hours:g}"
    for text in texts:
        assert ONLY_COPY[locale] not in text.lower(), text
        assert not re.search(YOUR_WINDOW[locale], text), text
        if window in text:  # the 48 hours are the bot's own, and it says so
            assert re.search(MINE[locale], text), text


@pytest.mark.parametrize("locale", LOCALES)
def test_no_last_reminder_is_followed_by_another(locale):
    *earlier, final = reminder_texts(locale, "away")
    for text in earlier:
        assert not re.search(LAST_REMINDER[locale], text, re.IGNORECASE), text
    assert re.search(LAST_REMINDER[locale], final, re.IGNORECASE), final


@pytest.mark.parametrize("locale", LOCALES)
def test_the_archive_is_kept_for_the_admins_retention_period(locale):
    # Leaving: the old account is on this server, whose ARCHIVE_RETENTION_DAYS is 3.
    for text in reminder_texts(locale, "away", retention_days=3)[::2]:  # half and expired
        assert "home.example" in text and re.search(r"(?<!\d)3(?!\d)", text), text
    # Arriving: the old account is elsewhere; this server's setting says nothing of it.
    for text in reminder_texts(locale, "here", retention_days=3)[::2]:
        assert "home.example" not in text and not re.search(r"(?<!\d)3(?!\d)", text), text
        assert re.search(r"(?<!\d)7(?!\d)", text), text  # Mastodon's default, named as such


class LockedRemote(Remote):
    async def lookup(self, handle: str, *, fresh: bool = False) -> Lookup:
        user, _, domain = handle.partition("@")
        actor = Actor(f"https://{domain}/users/{user}", handle, True, (), None)
        return Lookup(FOUND, handle, domain, actor)


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_locked_new_account_gets_requests_only_from_other_servers(locale):
    walk = engine(LockedRemote())
    found = await walk.handle(
        member_at("ask_new_handle", "away"), message("alice@new.example"), locale
    )
    text = found.outbox[0].text
    assert OTHER_SERVERS[locale] in text and "new.example" in text, text
    member = {**member_at("import", "away"), "new_locked": 1}
    followers = await walk.handle(member, message(SCRIPTS[locale][-3]), locale)
    assert followers.member["step"] == "followers"
    text = followers.outbox[0].text
    assert OTHER_SERVERS[locale] in text and "new.example" in text, text


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_import_step_lists_filters_and_the_export_step_the_follow_limit(locale):
    said = await walk_to_the_end(locale, "away")
    export, imported = said[3], said[7]
    assert FOLLOW_LIMIT.search(export), export
    if locale == "en":
        assert FILTERS[locale] in imported, imported
    else:
        assert FILTERS[locale] in QUOTES[locale].findall(imported), imported


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_move_step_tells_single_sign_on_accounts_to_type_their_username(locale):
    said = await walk_to_the_end(locale, "away")
    move = said[6]
    assert SINGLE_SIGN_ON[locale] in move and USERNAME[locale] in move, move


# How long this server keeps an archive, as the closing note says it: ARCHIVE_RETENTION_DAYS=0
# is Mastodon's blank retention period, kept until a new archive replaces it (facts §2).
KEPT_UNTIL_REPLACED = {
    "en": "until you request a new one",
    "de": "bis du ein neues anforderst",
    "fr": "jusqu'à ce que vous en demandiez une nouvelle",
    "es": "hasta que pidas uno nuevo",
    "ja": "新しいアーカイブを申請するまで",
}
DAYS_KEPT = {
    "en": r"kept (\d+) days",
    "de": r"(\d+) Tage aufbewahrt",
    "fr": r"conservée (\d+) jours",
    "es": r"se guarda (\d+) días",
    "ja": r"保存期間は (\d+) 日",
}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("retention_days", [0, 3])
def test_the_closing_note_states_this_servers_archive_retention(locale, retention_days):
    walk = engine()
    walk.plan = ReminderPlan(archive_retention_days=retention_days)
    walk.closes_at = datetime(2027, 2, 28)
    note = walk._closing_note(locale)
    assert "2027-02-28" in note
    days = re.search(DAYS_KEPT[locale], note)
    if retention_days:
        assert days is not None and days.group(1) == str(retention_days), note
        assert KEPT_UNTIL_REPLACED[locale] not in note
    else:
        assert days is None, note  # never "7 days" (or "0 days") for a server that keeps it
        assert KEPT_UNTIL_REPLACED[locale] in note, note
