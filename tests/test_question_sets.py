"""Checks the issue-12 question sets (tests/data/heldout, tests/data/tuning) are well formed.

Why: the held-out figure is only honest if every row sits in the half the fixed split rule puts
it in, and the figures only mean something if every label is one the matcher can produce
(the contract in LABELS.md). This test never looks at the matcher.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from question_set import parsed

DATA = Path(__file__).parent / "data"
LOCALES = ("en", "de", "fr", "es", "ja")
MINIMUM = {"en": 170, "de": 75, "fr": 75, "es": 75, "ja": 75}

STEPS = {
    "choose_direction",
    "ask_new_handle",
    "ask_old_handle",
    "profile",
    "export",
    "archive",
    "alias",
    "move",
    "import",
    "followers",
    "download",
}
WHERE = {"public", "dm"} | STEPS
COMMANDS = {
    "start",
    "status",
    "back",
    "skip",
    "restart",
    "stop",
    "resume",
    "forget",
    "help",
    "done",
    "not_yet",
    "how",
    "away",
    "here",
    "clarify_delete",
    "progress",
} | {f"language:{loc}" for loc in LOCALES}
KINDS = {"question", "myth", "greeting", "thanks", "unknown"}
SUBJECTS = {
    # existing ids (replies/knowledge/en.toml)
    "posts",
    "boosts_favourites",
    "followers",
    "follows",
    "lists",
    "blocks",
    "mutes",
    "domain_blocks",
    "bookmarks",
    "filters",
    "profile",
    "pinned_posts",
    "direct_messages",
    "archive",
    "alias",
    "move",
    "redirect_only",
    "cooldown",
    "old_account",
    "delete_old_account",
    "follower_timing",
    "not_an_alias_error",
    "locked_account",
    "repost_tools",
    "why_no_posts",
    "csv_export",
    "import",
    "overview",
    # new ids for issue 12
    "notifications",
    "what_others_see",
    "choose_server",
    "username",
    "duration",
    "server_closing",
    "other_software",
    "followed_hashtags",
    "verified_links",
    "scheduled_drafts",
    "keep_both_accounts",
    "follower_count_lower",
    "move_back",
    "follow_limit",
    "sso_no_password",
    "whether_to_move",
    "website_vs_app",
    "old_account_mentions",
    "followers_only_posts",
    "private_notes",
    "external_links",
    "old_server_gone",
    "move_progress",
}
MYTHS = {
    "alias_on_old_account",
    "alias_starts_transfer",
    "export_csv_of_posts",
    "download_within_48_hours",
    "blocks_move_automatically",
    "mutes_move_automatically",
    "follows_move_automatically",
    "lists_cannot_transfer",
    "avatar_header_transferred",
    "name_bio_copied",
    "posts_move_automatically",
    "posts_can_be_imported",
    "followers_must_refollow",
}
ROW_KEYS = {"text", "where", "subjects", "kind", "myths", "command", "note"}


def is_heldout(text: str) -> bool:
    """The fixed split rule from LABELS.md: decided by the exact text, never by hand."""
    return hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0


def load(half: str, locale: str) -> dict:
    """A half as written (question_set.parsed: parsed once per process, a copy each call)."""
    return parsed(DATA / half / f"{locale}.toml")


def row_problems(row: dict) -> list[str]:
    """Every way a row breaks the LABELS.md contract (empty list when it keeps it)."""
    problems = []
    if set(row) - ROW_KEYS:
        problems.append(f"unknown keys {sorted(set(row) - ROW_KEYS)}")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append("no text")
    if row.get("where", "public") not in WHERE:
        problems.append(f"bad where {row.get('where')!r}")
    has_subjects, has_command = "subjects" in row, "command" in row
    if has_subjects == has_command:
        problems.append("needs exactly one of subjects / command")
    if has_command:
        if row["command"] not in COMMANDS:
            problems.append(f"bad command {row['command']!r}")
        if {"kind", "myths"} & set(row):
            problems.append("a command row has kind/myths")
    if has_subjects:
        subjects, kind = row["subjects"], row.get("kind", "question")
        if kind not in KINDS:
            problems.append(f"bad kind {kind!r}")
        if not set(subjects) <= SUBJECTS:
            problems.append(f"bad subjects {sorted(set(subjects) - SUBJECTS)}")
        if len(set(subjects)) != len(subjects):
            problems.append("repeated subject")
        if kind in ("question", "myth") and not subjects:
            problems.append(f"a {kind} with no subject")
        if kind == "unknown" and subjects:
            problems.append("an unknown row names subjects")
        if kind == "myth":
            myths = row.get("myths", [])
            if not myths or not set(myths) <= MYTHS:
                problems.append(f"bad myths {myths!r}")
        elif "myths" in row:
            problems.append("myths on a row that is not a myth")
    return problems


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("half", ["heldout", "tuning"])
def test_rows_keep_the_label_contract_and_the_split_rule(half: str, locale: str) -> None:
    data = load(half, locale)
    assert data["locale"] == locale
    assert data["rows"], "empty set"
    bad = {}
    for row in data["rows"]:
        problems = row_problems(row)
        if is_heldout(row["text"]) != (half == "heldout"):
            problems.append("in the wrong half for the split rule")
        if problems:
            bad[row.get("text")] = problems
    assert not bad


@pytest.mark.parametrize("locale", LOCALES)
def test_enough_rows_and_no_row_twice(locale: str) -> None:
    rows = load("heldout", locale)["rows"] + load("tuning", locale)["rows"]
    assert len(rows) >= MINIMUM[locale]
    keys = [(r["text"], r.get("where", "public")) for r in rows]
    assert len(keys) == len(set(keys)), "the same text at the same place is listed twice"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_new_subject_and_every_command_is_asked(locale: str) -> None:
    """The sets must exercise the topics members asked about, not just the old ones."""
    rows = load("heldout", locale)["rows"] + load("tuning", locale)["rows"]
    subjects = {s for r in rows for s in r.get("subjects", [])}
    commands = {r["command"] for r in rows if "command" in r}
    kinds = {r.get("kind", "question") for r in rows if "subjects" in r}
    assert SUBJECTS - subjects == set()
    assert {c for c in COMMANDS if not c.startswith("language:")} - commands == set()
    assert KINDS - kinds == set()
    assert any(c.startswith("language:") for c in commands)


def test_the_contract_check_rejects_bad_rows() -> None:
    """The checker itself must be able to fail, or the tests above prove nothing."""
    assert row_problems({"text": "do my posts move?", "subjects": ["posts"]}) == []
    assert row_problems({"text": "x", "subjects": ["post"]})
    assert row_problems({"text": "x", "subjects": ["posts"], "command": "done"})
    assert row_problems({"text": "x", "command": "finish"})
    assert row_problems({"text": "x", "where": "step9", "command": "done"})
    assert row_problems({"text": "x", "subjects": ["posts"], "kind": "myth"})
    assert row_problems({"text": "x", "subjects": ["posts"], "kind": "unknown"})
