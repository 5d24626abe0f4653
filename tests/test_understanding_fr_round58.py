"""French classes of round 58's tuning half and training round 59, failing on main at
their first contact (learn28intl). The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("arrete de m envoyer tout ça stp", "dm"),
        ("vous pouvez arrêter de m'écrire, merci", "dm"),
        ("tu peux arreter de m ecrire maintenant", "dm"),
        ("stop les relances svp", "alias"),
        ("arrête les relances, j'ai compris", "export"),
        ("tu peux arrêter les notifs ?", "dm"),
    ],
)
def test_an_order_to_stop_writing_stops(text: str, where: str) -> None:
    """An order to stop in natural words: the infinitive after "tu peux / vous pouvez",
    the apostrophe left out ("m envoyer", "m ecrire", as phones type it), the bot's
    reminders called "relances" or "notifs"."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("comment arrêter les notifs de mastodon sur mon tel ?", "public"),
        ("mes abonnés vont recevoir des notifs ? faut arrêter les notifs avant ?", "dm"),
    ],
)
def test_a_question_about_notifications_is_no_stop(text: str, where: str) -> None:
    assert command_of(text, where) != "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("je me suis perdu, on reprend tout depuis le départ", "alias"),
        ("reprenons depuis le tout début svp", "export"),
        ("on refait tout du début, j'ai fait n'importe quoi", "dm"),
        ("reprends tout depuis le tout début stp", "profile"),
        ("mdr j'ai tout raté, on refait tout", "import"),
    ],
)
def test_starting_again_from_the_very_start_restarts(text: str, where: str) -> None:
    """ "depuis le tout début", "depuis le départ", "on refait tout": the walkthrough
    started over, as "depuis le début" already was; not resumed, not a question."""
    assert command_of(text, where) == "restart"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("on reprend où on en était ?", "dm"),
        ("mes posts depuis le tout début sont perdus ?", "dm"),
        ("j'ai 300 abonnés depuis le départ, normal ?", "followers"),
    ],
)
def test_since_the_start_in_a_question_restarts_nothing(text: str, where: str) -> None:
    assert command_of(text, where) != "restart"
