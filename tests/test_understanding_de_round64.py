"""German classes of session 32 (learn32intl), chosen on the tuning halves of rounds 58-63
(read by a second opinion trained without them and by the tables alone) and checked on
rounds 16-56. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "meine blockierungen werden automatisch übertragen, hab ich das richtig verstanden?",
            "blocks_move_automatically",
        ),
        (
            "meine follows werden automatisch übernommen, habe ich das so richtig verstanden?",
            "follows_move_automatically",
        ),
        ("listen kann man nicht mitnehmen, richtig verstanden?", "lists_cannot_transfer"),
        (
            "mein profilbild wird automatisch übernommen, verstehe ich das richtig?",
            "avatar_header_transferred",
        ),
        (
            "meine beiträge ziehen automatisch mit um, hab ich das richtig verstanden?",
            "posts_move_automatically",
        ),
    ],
)
def test_a_claim_closed_by_asking_whether_it_was_understood_is_stated(text: str, myth: str) -> None:
    """ "…, hab ich das richtig verstanden?", "versteh ich das richtig?": the member puts
    what they understood forward for a yes, as with "seh ich das richtig?" (LABELS: the
    myth)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "miassn meine follower ma nochm umzug olle neich folgn?",
        "muass jeder follower mir donn neich folgn?",
    ],
)
def test_bavarian_must_follow_again_is_the_refollow_myth(text: str) -> None:
    """Bavarian "miassn" (müssen), "neich" (neu), "olle" (alle), "donn" (dann), "nochm"
    (nach dem), words the sound rules (`dialect`) do not reach: rewritten in de.toml."""
    assert myths_of(text) == {"followers_must_refollow"}


def test_bavarian_what_the_followers_see() -> None:
    assert subjects_of("wos segn meine follower, wenn i umziag?") == {"what_others_see"}


@pytest.mark.parametrize("text", ["i wü mei konto umziagn, hüf ma bitte", "i wü umziagn"])
def test_bavarian_wanting_to_move_is_start(text: str) -> None:
    """ "i wü … umziagn": ich will … umziehen, a request to be walked through the move."""
    assert command_of(text, "dm") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "kann ich mein altes konto nach dem umzug noch weiter benutzen?",
        "darf ich den alten account hinterher noch verwenden?",
        "lässt sich das alte profil nach dem umzug noch nutzen?",
        "kann ich den alten account nach dem umzug trotzdem noch benutzen?",
    ],
)
def test_using_the_old_account_after_the_move_keeps_both(text: str) -> None:
    """LABELS: "can I still use my old account after this?" is keep_both_accounts, as
    going on posting from it is; logging in to export from it stays old_account."""
    assert subjects_of(text) == {"keep_both_accounts"}


def test_logging_in_to_the_old_account_stays_the_old_account() -> None:
    assert subjects_of("kann ich mich danach noch ins alte konto einloggen?") == {"old_account"}
