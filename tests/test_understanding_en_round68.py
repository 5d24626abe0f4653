"""English classes of session 36 (learn36en), chosen on the tuning halves of rounds 58-67
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("wah happen to mi DMs, an how long di move tek?", {"direct_messages", "duration"}),
        ("di people mi follow, dem come wid mi?", {"follows"}),
        ("wah happen to mi bookmarks dem when mi move?", {"bookmarks"}),
        ("how long fi di followers dem tek fi reach mi new account?", {"follower_timing"}),
        ("mi haffi fix up mi bio again pon di new account?", {"profile"}),
        ("wah mi fi do wid mi bookmarks before mi move?", {"bookmarks"}),
    ],
)
def test_caribbean_creole_function_words(text: str, subjects: set[str]) -> None:
    """ "wah happen to mi old account, an how long di followers dem tek fi reach": Creole
    and Pidgin function words ("wah" what, "mi"/"meh" my, "di" the, "dem" them, "pon" on,
    "fi" to, "tek" take, "haffi" have to, "wid" with) are read as the English words the
    phrases use (intents/en.toml [text] rewrite), so a second question after "an" and the
    nouns' own phrases are found as in standard English."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "mi put di alias pon mi old one, suh wah mi fi do now?",
        "alias done pon mi old account, suh now mi press move?",
    ],
)
def test_caribbean_creole_alias_on_the_old_account(text: str) -> None:
    """ "mi put di alias pon mi old account": the alias said to be on the old account, in
    Creole's "pon" (on) and "di" (the), is the myth (LABELS.md alias_on_old_account)."""
    assert myths_of(text) == {"alias_on_old_account"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Is there a cooling-off period following the migration before I may move again?",
            {"cooldown"},
        ),
        ("What happens to my bookmarks following the move?", {"bookmarks"}),
        ("Are my lists retained following a migration?", {"lists"}),
        ("Following my move, what do visitors to the former profile see?", {"what_others_see"}),
    ],
)
def test_following_as_a_formal_after(text: str, subjects: set[str]) -> None:
    """ "a waiting period following a move": "following" is a formal "after" before the move
    named, not the accounts the member follows (intents/en.toml, the move's context phrases
    "following the move" and kin use the word up; cooldown's "cooling-off period")."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "The server will cease operations at the end of the quarter. What ought I to do?",
        "Our instance is to be discontinued next month; what must I do before then?",
        "We have been informed the instance is being wound down. What is required of me?",
        "Notice has been given that the service will be decommissioned in thirty days. Advise, please.",
    ],
)
def test_a_closing_in_formal_words(text: str) -> None:
    """ "the server will cease operating at month end": a closing said in formal or legal
    words is server_closing (LABELS.md), not the stop command ("cease" alone no longer stops
    the bot: "cease sending", "cease messaging" and kin do, walkthrough/en.toml)."""
    assert subjects_of(text) == {"server_closing"}


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Kindly erase whatever records you hold concerning me.", "forget"),
        ("I request that all data you have retained regarding my person be deleted.", "forget"),
        ("I would like my account to be removed, please.", "clarify_delete"),
        ("I wish for my account to be erased, if you would.", "clarify_delete"),
        ("Kindly inform me at which stage of the procedure I presently find myself.", "status"),
        ("Would you be so kind as to remind me where I currently stand in the process?", "status"),
        ("Please cease sending me these reminders.", "stop"),
    ],
)
def test_commands_in_formal_words(text: str, command: str) -> None:
    """A solicitor's wording of a command: "records you hold concerning me" is the bot's own
    data (forget), "my account to be removed" names no owner (clarify_delete), "at which
    stage I presently find myself" is status (walkthrough/en.toml contains)."""
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("do my mutes come over and what about my filt", {"mutes", "filters"}),
        ("can i move my lists and my bookm", {"lists", "bookmarks"}),
        (
            "will my followers come along, and what about my hasht",
            {"followers", "followed_hashtags"},
        ),
        ("what happens to my scheduled posts and my draf", {"scheduled_drafts"}),
        ("quick one before my battery dies: does my usern", {"username"}),
    ],
)
def test_a_message_cut_off_mid_word(text: str, subjects: set[str]) -> None:
    """ "do bookmarks come w me and also filt": a message sent too soon or cut by a length
    limit ends in the first letters of a subject's word, read as that word where the
    letters are no English word of their own (intents/en.toml [text] rewrite: "filt",
    "bookm", "hasht", "draf", "usern")."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("how do i downlode my arkive", {"archive"}),
        ("wen i moov will my peple get told?", {"notifications"}),
        ("wat happens to my bloks and mewts wen i moov", {"blocks", "mutes"}),
        ("do i hav to deleet my old acount befor i moov", {"delete_old_account"}),
        ("how long do the folowers take to come thru", {"follower_timing"}),
    ],
)
def test_words_spelled_as_they_sound(text: str, subjects: set[str]) -> None:
    """ "wen i moov", "downlode my arkive": a dyslexic writer's or dictation's spelling by
    sound is read as the word (intents/en.toml [text] rewrite), where the typo correction,
    one or two letters off and only on longer words, does not reach."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "i herd the alias goes on the old acownt, is that rite?",
        "i herd u make the alias on ur old acount first, rite?",
    ],
)
def test_a_myth_spelled_as_it_sounds(text: str) -> None:
    """ "i herd the alias goes on the old acount is that rite": the myth that the alias is
    made on the old account, in spellings by sound ("herd", "rite", "ole")."""
    assert myths_of(text) == {"alias_on_old_account"}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("i havnt dun it yet", "archive", "not_yet"),
        ("sory havnt dun that yet", "export", "not_yet"),
        ("I'd rather not ask this publicly: do my DMs move with me?", "dm", None),
        ("I'd rather not say it in public, but can I delete my old account after?", "dm", None),
        ("i'd rather not", "archive", "skip"),
        ("I'd rather not bother with the export, next", "export", "skip"),
    ],
)
def test_sound_spellings_and_a_discreet_aside_at_a_step(
    text: str, where: str, command: str | None
) -> None:
    """ "havnt dun it yet" is not_yet (walkthrough/en.toml spellings: "havnt", "dun"); "I'd
    rather not ask this publicly: ..." asks its question, it does not skip the step: "rather
    not" skips where it is said of the step ("rather not bother", "i'd rather not" alone)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("bookmarks move?", {"bookmarks"}),
        ("lists transfer? yes/no", {"lists"}),
        ("pinned posts carry over?", {"pinned_posts"}),
        ("do my blocked accounts come to the new server too? hope not lol", {"blocks"}),
    ],
)
def test_a_bare_question_whether_a_thing_moves(text: str, subjects: set[str]) -> None:
    """ "posts move?", "mutes transfer? yes/no": asking whether a thing moves is its subject
    (LABELS.md), not the myth that it moves automatically; taught to the second opinion,
    which read some such as the myth."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects", "myths"),
    [
        (
            "my blocks move automatically, good. next question: mutes?",
            {"blocks", "mutes"},
            {"blocks_move_automatically"},
        ),
        (
            "BLOCKS ME HAVE. THEY MOVE AUTOMATIC. MUTES?",
            {"blocks", "mutes"},
            {"blocks_move_automatically"},
        ),
        (
            "my follows come along by themselves, great. lists?",
            {"follows", "lists"},
            {"follows_move_automatically"},
        ),
        (
            "MY POSTS MOVE AUTOMATIC. GOOD. ANOTHER QUESTION: BOOKMARKS?",
            {"posts", "bookmarks"},
            {"posts_move_automatically"},
        ),
    ],
)
def test_a_bare_question_after_a_stated_myth(
    text: str, subjects: set[str], myths: set[str]
) -> None:
    """ "BLOCKS ME MAKE, THEY MOVE AUTOMATIC. GOOD. NEXT QUESTION: MUTES?": after a stated
    myth, a sentence that only names another thing and asks, or opens with "next question",
    asks about it too (bot/understand.py _asked_beside_claim; intents/en.toml
    other_thing_turns), as "what about mutes?" did; ASL gloss and telegraphic English ask
    so."""
    assert myths_of(text) == myths
    got = read_row({"text": text, "where": "public"})
    assert set(got.understanding.subjects) == subjects
