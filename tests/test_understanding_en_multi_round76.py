"""English classes of session 43 (en-multi): public messages asking about two subjects at
once, chosen on the tuning halves of rounds 58-75. The phrasings are the tuner's own; none
is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "difference between export and archive?",
        "export vs archive whats the diff",
        "is the export the same thing as the archive",
        "whats the difference between the archive and the export",
        "archive or export, which one do i need",
        "do i need the export or the archive or both",
    ],
)
def test_export_compared_with_archive(text: str) -> None:
    """ "export vs archive?": the Export page compared with the archive asks about both,
    though the bare word "export" only hints at the page (intents/en.toml: the rule adding
    csv_export beside the archive compared)."""
    assert subjects_of(text, "public") == {"archive", "csv_export"}


@pytest.mark.parametrize(
    "text",
    [
        "alias first then move?",
        "alias first, then the move, or the reverse?",
        "do i need both the alias and the move?",
        "do i need the alias AND the move or only one",
        "is the alias and the move the same thing or two steps",
        "do i have to do the alias and also the move",
    ],
)
def test_alias_and_move_named_as_two_steps(text: str) -> None:
    """ "alias first, then the move, or the reverse?", "do I need the alias AND the move?":
    the two steps named together ask about both; "or the reverse" is the other order, no
    old account reversed (intents/en.toml: the order rule's cues)."""
    assert subjects_of(text, "public") == {"alias", "move"}


@pytest.mark.parametrize(
    "text",
    [
        "export where? import where?",
        "1) export where 2) import where",
        "where do i export? where do i import?",
        "Q: where is export? Q: where is import?",
        "re: csv - export where, import where",
    ],
)
def test_where_to_export_and_where_to_import(text: str) -> None:
    """ "1. Export where? 2. Import where?": where each of the two is done, both asked, in a
    numbered list or two short questions (intents/en.toml: "import where" named plainly,
    the rule adding csv_export beside it)."""
    assert subjects_of(text, "public") == {"csv_export", "import"}


@pytest.mark.parametrize(
    "text",
    [
        "my bookmarks and lists, do both come along?",
        "do my follows and my mutes both move over",
        "posts and pinned posts, both stay on the old acct?",
        "dms and drafts, are both of them lost?",
    ],
)
def test_both_of_the_things_named(text: str) -> None:
    """ "posts and pinned posts, both stay on the old account?": "both" is the two things
    named, no two accounts kept (intents/en.toml: the rule dropping keep_both_accounts)."""
    assert "keep_both_accounts" not in subjects_of(text, "public")
    assert len(subjects_of(text, "public")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "i want to know what moves and also can we keep the same handle name",
        "id like to know what transfers and whether my username stays the same",
        "what moves and also will my @ change",
        "need to know what will move, and can i keep my username",
    ],
)
def test_what_moves_then_a_second_question(text: str) -> None:
    """ "I want to know what moves and also can we keep the handle?": what moves asked,
    then another question; the other's plain name does not outweigh it (intents/en.toml:
    overview's strong "know what moves", "what moves and also")."""
    assert subjects_of(text, "public") == {"overview", "username"}


@pytest.mark.parametrize(
    "text",
    [
        "can i keep my name n will ppl see where i went",
        "can i keep my @ and will others see my new account",
        "can i keep my handle and can people see where i moved",
        "keep my username? and do people see a notice",
    ],
)
def test_keep_the_name_and_will_people_see(text: str) -> None:
    """ "can I keep my name n will ppl see where I went": two questions joined by "and",
    the handle and what others see; what others see does not take the handle's place
    (intents/en.toml: the what-others-see rule's `unless`)."""
    assert subjects_of(text, "public") == {"username", "what_others_see"}
