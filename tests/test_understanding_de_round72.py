"""German classes of session 39 (learn39-de), chosen on the tuning halves of rounds 69-71:
asked whether the posts are "drin" in the CSVs (the myth, at the export step too); the
followers told to follow "uns"/"mir" again with the move's time or place between; German's
own name in the dialects ("Dütsch", "Düütsch", "Deitsch") and "auf Deutsch bitte" beside an
apology; Swiss and Bavarian "Afang"/"Ofang" for starting over. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("sind meine tröts eigentlich auch in den csv-dateien drin?", "export"),
        ("san do meine beiträg a mit drin in de csv?", "export"),
        ("sind in der csv vom export auch meine toots dabei?", "public"),
        ("is in dene csv au mini beiträg drin?", "export"),
        ("und meine posts, sind die in einer von den csvs mit drin?", "export"),
        ("sin mien posts in de csv dor binnen?", "export"),
    ],
)
def test_asked_whether_the_posts_are_in_the_csv_is_the_myth(text: str, where: str) -> None:
    """Whether the posts are "drin" or "dabei" in the CSVs puts the claim that the export
    is a CSV of posts forward for a yes (LABELS: `archive` with `export_csv_of_posts`), at
    the export step too, where the CSVs are the step's own subject."""
    got = read_row({"text": text, "where": where})
    assert got.command is None, got
    assert got.understanding.kind == "myth", got
    assert set(got.understanding.myths) == {"export_csv_of_posts"}
    assert set(got.understanding.subjects) == {"archive"}


def test_which_lists_are_in_the_csv_is_no_myth() -> None:
    """Without the posts, "drin" asks what the CSVs hold (no claim)."""
    assert subjects_of("sind die lesezeichen in der csv drin?", "export") == {"bookmarks"}


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben 500 Follower. Müssen die uns nach dem Umzug alle neu folgen?",
        "müssen die mir nach dem umzug auf dem neuen konto alle wieder folgen?",
        "muss ich allen schreiben, damit mir jeder auf dem neuen account wieder folgt?",
        "ich hab 200 follower. muss ich die alle anschreiben, damit sie mir drüben wieder folgen?",
        "unser verein hat viele follower, miassn de uns nachm umzug olle neu folgn?",
    ],
)
def test_followers_told_to_follow_again_with_words_between(text: str) -> None:
    """ "uns ... alle neu folgen", "mir ... wieder folgt": the followers told to follow again
    with the move's time or place between put the refollow claim forward (LABELS:
    "müssen mir meine follower neu folgen?"); not the follows' "alle neu folgen"."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("chasch mer uf dütsch antworte?", "dm"),
        ("uf dütsch bitte", "export"),
        ("kannst op Düütsch snacken?", "dm"),
        ("auf Deitsch bitte", "alias"),
        ("auf deutsch bitte mein englisch ist nicht so gut", "dm"),
        ("bitte auf deutsch ich versteh das englische nicht", "import"),
    ],
)
def test_german_named_in_dialect_or_beside_an_apology(text: str, where: str) -> None:
    """Swiss "Dütsch" (with "uf" for "auf"), Low German "Düütsch", Bavarian and Palatine
    "Deitsch" name German; "auf Deutsch bitte" asks for it in a longer message, an
    apology for one's English beside it with no comma between (LABELS: language:de)."""
    assert command_of(text, where) == "language:de"


def test_a_profile_written_in_german_asks_for_no_language() -> None:
    """German named as what the profile is written in asks for no language."""
    assert subjects_of("mein profil ist auf deutsch, kommt die bio mit?") == {"profile"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("zrugg uf afang bitte, i ha mi vertoo", "alias"),
        ("zruck auf ofang bitte", "move"),
        ("bitte nomal vo afang a", "import"),
        ("alles uff anfang, ich hab's vermurkst", "export"),
    ],
)
def test_the_start_in_dialect_restarts(text: str, where: str) -> None:
    """Swiss "Afang" and Bavarian "Ofang" are "Anfang": "zrugg uf Afang", "vo Afang a"
    start the walkthrough over (restart), as "zurück auf Anfang" does."""
    assert command_of(text, where) == "restart"
