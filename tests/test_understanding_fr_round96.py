"""French classes of session 54 (fres54), chosen on rounds 94-95's tuning halves. The
phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, read_row


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("à quoi sert cette étape au juste ?", "export"),
        ("ça sert à quoi cette étape ??", "archive"),
        ("A QUOI SERT CETTE ETAPE", "import"),
        ("c'est quoi l'utilité de cette étape ?", "profile"),
        ("pourquoi cette étape, franchement ?", "alias"),
        ("cette étape sert à quoi exactement", "download"),
    ],
)
def test_what_this_step_is_for_asks_how_to_do_it(text: str, where: str) -> None:
    """ "à quoi sert cette étape ?" at a step: the step pointed at ("cette étape", not the
    move's "étapes") and what it is for asks how to do it (LABELS.md), not about the move."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    "text",
    [
        "salut tout le monde !",
        "bonsoir tout le monde, bonne soirée",
        "bonjour tout le monde 👋",
        "salut zot tout ! bonne journée",
        "bonjour zot, bonne fin de journée",
    ],
)
def test_a_hello_to_everyone_is_a_greeting(text: str) -> None:
    """A hello to everyone ("tout le monde", Réunion Creole "zot tout": you all) asks
    nothing: "tout" there is not everything that moves (overview)."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "greeting", got


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("merci de supprimer ce que le bot conserve sur notre compte", "public"),
        ("RGPD : merci d'effacer tout ce que ce bot garde sur nous", "dm"),
        ("supprimez ce que vous savez sur nous svp", "dm"),
        ("merci de m'oublier", "dm"),
        ("l'association souhaite que le bot efface les informations sur nous", "public"),
    ],
)
def test_forget_asked_politely_or_for_a_group(text: str, where: str) -> None:
    """ "merci de …" asks for something (please), and a group asks about "nous": what the
    bot keeps, said so, is forget, whatever thanks word opens it."""
    assert command_of(text, where) == "forget"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("mon vié compte, je pourrai continuer à poster dessus ?", "move"),
        ("et sur mon vié compte je continue à publier après ?", "export"),
        ("je peux continuer de poster sur l'ancien après le déménagement ?", "public"),
        ("é mon vié kont, mi continue poster dessi apré ?", "alias"),
    ],
)
def test_going_on_posting_from_the_old_account(text: str, where: str) -> None:
    """Going on posting from the old account ("continuer à poster", Réunion Creole "mon vié
    compte": my old account) is keeping both accounts (LABELS.md), at a step too: no
    "continue" (resume)."""
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "question", got
    assert set(got.understanding.subjects) == {"keep_both_accounts"}
