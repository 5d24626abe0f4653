"""French classes of session 52 (frde52). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "dites-moi ce qui part et ce qui reste. merci",
        "je veux savoir ce qui passe et ce qui reste sur l'ancien. merci bien",
        "pouvez-vous m'expliquer ce qui suit et ce qui ne suit pas ? merci",
        "j'aimerais comprendre ce qui reste et ce qui part. Merci.",
        "EXPLIQUEZ-MOI CE QUI PART ET CE QUI RESTE SVP. MERCI",
        "ce qui part, ce qui reste, je comprends rien. merci",
    ],
)
def test_what_goes_and_what_stays_said_after_savoir_then_thanks_asks_the_overview(
    text: str,
) -> None:
    """ "je voudrais savoir ce qui part et ce qui reste. Merci.": the two sides asked as a
    pair in an indirect question, as "qu'est-ce qui part et qu'est-ce qui reste ?" asks them;
    the thanks after it closes the question, it is no thanks alone."""
    got = read_row({"text": text}).understanding
    assert got.kind == "question"
    assert set(got.subjects) == {"overview"}


@pytest.mark.parametrize(
    "text",
    [
        "les comptes que notre association suit, ils passent sur le nouveau compte ?",
        "Les comptes que la médiathèque suit (mairie, cinéma, météo locale) seront-ils conservés ?",
        "les comptes que mon entreprise suit vont suivre sur la nouvelle instance ?",
        "et les comptes que nous suivons (presse, météo), on les garde ?",
    ],
)
def test_the_accounts_a_club_or_we_follow_are_the_follows(text: str) -> None:
    """ "les comptes que le club suit", "que nous suivons": the accounts followed, as "que je
    suis", with a club's, a shop's or a library's account as the one who follows; a weather
    or news account named among them is no off-topic question."""
    assert subjects_of(text) == {"follows"}
