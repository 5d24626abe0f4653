"""Server domains written inside a message, all locales (session 39, learn39-dom): a
domain names a server, and is neither words ("troet.cafe" is no "Tröt", a post; "io" no
iOS) nor a clause break at its dot ("auf chaos.social umziehen" is one clause, its verb's
frame whole). A handle typed without its first "@" ("me@mastodon.social") is one too.
The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, read_row

from bot.understand import lexicon


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Ich möchte mein Konto nach troet.cafe umziehen, wie fange ich an?", "public"),
        ("möchte mein Konto auf chaos.social umziehen, wie fange ich da an?", "public"),
        ("hilf mir beim Umzug nach troet.cafe", "public"),
        ("ich will zu troet.cafe wechseln, hilfst du mir?", "public"),
        ("want to take my account to hachyderm.io, how do I begin?", "public"),
    ],
)
def test_a_wish_to_move_naming_a_server_wishes_the_walkthrough(text: str, where: str) -> None:
    """A wish to move to a server named by its domain asks to be walked through
    (LABELS: start), as the same wish without the domain does."""
    assert command_of(text, where) == "start"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("mastodon.social", "ask_old_handle"),
        ("me@mastodon.social", "ask_old_handle"),
        ("troet.cafe", "ask_new_handle"),
        ("ich@troet.cafe", "ask_new_handle"),
        ("yo@masto.es", "ask_old_handle"),
    ],
)
def test_a_server_or_handle_given_at_the_handle_step_asks_nothing(text: str, where: str) -> None:
    """At the handle steps a server or a handle without its "@" is the answer being
    given (read by bot.verify.parse_address from the text itself), not a question about
    other software, posts ("troet") or a greeting ("yo")."""
    got = read_row({"text": text, "where": where})
    assert got.command is None
    assert got.understanding.kind not in ("question", "myth", "greeting")


@pytest.mark.parametrize("where", ["alias", "move"])
def test_finished_on_a_server_named_is_done(where: str) -> None:
    """ "pawoo.netで終わった" (finished it on pawoo.net) at a step is done, as
    "で終わった" is: the domain's letters are no Japanese word to weigh."""
    assert command_of("pawoo.netで終わった", where) == "done"


@pytest.mark.parametrize(
    ("text", "locale", "word"),
    [
        ("ya lo hice.es que no me sale el botón", "es", "hice"),
        ("I did it.it says not an alias", "en", "did"),
        ("gracias.de nada", "es", "gracias"),
        ("no lo encuentro.se me perdió el enlace", "es", "encuentro"),
        ("erledigt.es kommt ein Fehler", "de", "erledigt"),
    ],
)
def test_two_sentences_joined_at_a_word_like_ending_stay_words(
    text: str, locale: str, word: str
) -> None:
    """An ending that is also a word of ours ("es", "it", "de", "se") makes no domain of
    two sentences typed without a space: the word before the dot is still read."""
    assert word in lexicon(locale).tokens(text).words


@pytest.mark.parametrize(
    ("text", "locale", "server"),
    [
        ("me mudo a masto.es, ¿cómo empiezo?", "es", "masto"),
        ("ich zieh auf mastodon.de um", "de", "mastodon"),
        ("moving to social.tchncs.de next week", "en", "tchncs"),
    ],
)
def test_a_server_under_a_word_like_ending_is_still_a_server(
    text: str, locale: str, server: str
) -> None:
    """ "masto.es", "mastodon.de": a server's own name (or two dots) before the ending."""
    assert server not in lexicon(locale).tokens(text).words
