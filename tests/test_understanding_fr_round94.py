"""French classes of session 53 (fres53). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "claim", "myth"),
    [
        (
            "mes abonnements passent tout seuls sur le nouveau compte, donc je peux supprimer l'ancien ?",
            "follows",
            "follows_move_automatically",
        ),
        (
            "les pouets sont transférés tout seuls, alors je peux effacer l'ancien compte direct ?",
            "posts",
            "posts_move_automatically",
        ),
        (
            "mes blocages suivent d'office donc je peux supprimer mon ancien compte ?",
            "blocks",
            "blocks_move_automatically",
        ),
        (
            "mes posts suivent sur le nouveau compte, du coup je peux supprimer l'ancien ?",
            "posts",
            "posts_move_automatically",
        ),
    ],
)
def test_a_consequence_asked_after_the_claim_asks_its_own_subject(
    text: str, claim: str, myth: str
) -> None:
    """ "…, donc je peux supprimer l'ancien ?": the claim stated, then what the member means
    to do on its strength asked (a consequence word, then a yes/no question word): the myth,
    and deleting asked beside it (LABELS.md), as after "puisque …"."""
    got = read_row({"text": text}).understanding
    assert got.kind == "myth"
    assert set(got.subjects) == {claim, "delete_old_account"}
    assert set(got.myths) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "mes posts suivent automatiquement, donc je dois les prévenir ?",
        "le nom et la bio sont recopiés, alors pourquoi mon profil est vide ?",
    ],
)
def test_a_consequence_about_the_claim_itself_adds_nothing(text: str) -> None:
    """A consequence that refers back to the claim ("les") or challenges it ("pourquoi")
    follows the claim up: no second subject."""
    got = read_row({"text": text}).understanding
    assert got.kind == "myth"
    assert len(got.subjects) == 1


@pytest.mark.parametrize(
    ("text", "claim", "myth"),
    [
        (
            "mes posts partent avec moi automatiquement. Et mes abonnés, ils arrivent quand ?",
            "posts",
            "posts_move_automatically",
        ),
        (
            "les pouets suivent tout seuls. et les abonnés, quand est-ce qu'ils arrivent ?",
            "posts",
            "posts_move_automatically",
        ),
        (
            "mes blocages sont transférés automatiquement. et mes abonnés, ça prend combien de temps ?",
            "blocks",
            "blocks_move_automatically",
        ),
    ],
)
def test_how_long_followers_take_asked_after_a_claim_is_asked_too(
    text: str, claim: str, myth: str
) -> None:
    """ "…. et mes abonnés, ils arrivent quand ?": a sentence of its own after the claim asks
    how long the followers take, a subject a rule names from the followers and "quand" (no
    phrase of its own): asked beside the myth, as a subject a phrase names is."""
    got = read_row({"text": text}).understanding
    assert got.kind == "myth"
    assert set(got.subjects) == {claim, "follower_timing"}
    assert set(got.myths) == {myth}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("les posts ils sont dans quel fichier ?", "export"),
        ("c'est quel fichier pour mes toots ?", "export"),
        ("mes pouets se retrouvent dans quel fichier de l'export ?", "export"),
        ("dans quel fichier je retrouve mes publications ?", "public"),
    ],
)
def test_the_file_the_posts_are_in_is_the_archive(text: str, where: str) -> None:
    """ "les posts ils sont dans quel fichier ?": posts are only in the archive (LABELS.md:
    exporting posts is the archive), not in the Export page's CSVs, at the export step
    too."""
    assert subjects_of(text, where) == {"archive"}


@pytest.mark.parametrize(
    "text",
    [
        "je suis sur l'ancien compte dans la partie alias, je mets ici le pseudo du nouveau ?",
        "je suis sur l'ancien compte dans alias, je mets ici l'adresse du nouveau, c'est ça ?",
        "je suis sur mon ancien compte dans les alias, ici je mets le nouveau compte ?",
    ],
)
def test_at_the_old_accounts_alias_screen_asking_what_goes_here_is_the_myth(text: str) -> None:
    """ "je suis sur l'ancien compte dans la partie alias, je mets ici …?": doing it there
    takes the place for granted (LABELS.md: the claim put forward for a yes)."""
    got = read_row({"text": text, "where": "alias"}).understanding
    assert got.kind == "myth"
    assert got.myths == ["alias_on_old_account"]
