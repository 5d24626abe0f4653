"""French classes of session 40 (fr-es), chosen on the tuning halves of rounds 58-72,
round 72 first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "le transfert des abonnés, je le lance où ?",
        "je démarre où le transfert de mes abonnés ?",
        "le transfert des abonnés se fait depuis quel compte ?",
        "la migration de mes abonnés, je la déclenche où ?",
        "c'est depuis quel compte qu'on lance le transfert des abonnés ?",
    ],
)
def test_where_the_followers_transfer_is_started_is_the_move(text: str) -> None:
    """The followers' transfer named first, then where or from which account it is started:
    how to do the move (it starts on the old account), not whether followers come."""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "ma cousine m'a dit que mes posts partent sur le nouveau compte, c'est ça ?",
        "mes photos partent sur la nouvelle instance avec le déménagement, c'est bien ça ?",
        "on m'a dit que mes pouets iront sur le nouveau compte tout seuls",
        "paraît que mes publications vont sur le nouveau compte quand je déménage",
    ],
)
def test_leaving_for_the_new_account_is_the_posts_moving(text: str) -> None:
    """ "partent sur le nouveau compte", "iront sur la nouvelle instance": the posts said to
    go over, a claim put forward (LABELS.md: the myth)."""
    assert myths_of(text) == {"posts_move_automatically"}


def test_whether_the_posts_go_over_asked_plainly_is_a_question() -> None:
    assert subjects_of("mes photos partent sur la nouvelle instance ?") == {"posts"}


@pytest.mark.parametrize(
    "text",
    ["bonjour, tout va bien ?", "salut le bot, tout roule ?", "coucou ! tout baigne ?"],
)
def test_small_talk_after_a_hello_is_a_greeting(text: str) -> None:
    """ "tout va bien ?", "tout roule ?": small talk, not "tout" as everything that moves."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "greeting", got


@pytest.mark.parametrize(
    "text",
    [
        "combien de temps avant que mes abonnés arrivent, pis est-ce qu'ils vont être avertis ?",
        "ça prend combien de temps pour que mes abonnés arrivent, pis est-ce qu'ils sont prévenus ?",
    ],
)
def test_how_long_the_followers_take_then_pis_whether_they_are_told(text: str) -> None:
    """Quebec's "pis" ("and") opening a second question: how long the followers
    take, and whether they are told, both asked."""
    assert subjects_of(text) == {"follower_timing", "notifications"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("mes abonnés vont-tu suivre, pis mes listes aussi ?", {"followers", "lists"}),
        ("je garde-tu mes signets pis mes filtres ?", {"bookmarks", "filters"}),
    ],
)
def test_pis_joins_what_is_asked_about(text: str, subjects: set[str]) -> None:
    """Quebec's "pis" joining the things asked about, as "et": each one asked."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "Il m'a été rapporté que les listes ne sont pas transférables. Pouvez-vous confirmer ?",
            "lists_cannot_transfer",
        ),
        (
            "On m'a indiqué que nos abonnements sont recopiés automatiquement. Est-ce exact ?",
            "follows_move_automatically",
        ),
        (
            "il m'a été dit que les comptes bloqués suivent d'office, je vous en demande confirmation",
            "blocks_move_automatically",
        ),
    ],
)
def test_a_claim_reported_in_formal_words(text: str, myth: str) -> None:
    """ "Il m'a été rapporté que…", "on m'a indiqué que…": a claim heard, put forward to be
    confirmed (LABELS.md: the myth); "pas transférables" is the lists' claim."""
    assert myths_of(text) == {myth}
