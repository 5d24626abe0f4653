"""The read path's shortcuts of session 59 (under59) give what the plain way gives (issue 12).

As tests/test_read_fast_paths.py: each shortcut is checked against the computation it
replaces, so one that drifted fails here before it changes a reading.
"""

from __future__ import annotations

from question_set import LOCALES, tuning_rows

from bot import understand


def _phrase_sets(lexicon: understand.Lexicon) -> list[understand._PhraseSet]:
    """A lexicon's phrase sets held as attributes, alone or in a dict."""
    found: list[understand._PhraseSet] = []
    for value in vars(lexicon).values():
        if isinstance(value, understand._PhraseSet):
            found.append(value)
        elif isinstance(value, dict):
            found.extend(v for v in value.values() if isinstance(v, understand._PhraseSet))
    return found


def test_a_phrase_set_found_twice_in_a_message_gives_what_one_fresh_scan_gives() -> None:
    """_PhraseSet.find keeps its matches in the tokens (_Tokens.scanned): asked again, the
    same list; and it is the list a scan of freshly cut tokens gives, for every set."""
    for locale in LOCALES:
        lexicon = understand.lexicon(locale)
        sets = _phrase_sets(lexicon)
        assert len(sets) > 10
        for row in tuning_rows(locale)[::40]:
            tokens = lexicon._tokens(row["text"])
            for phrase_set in sets:
                first = phrase_set.find(tokens)
                assert phrase_set.find(tokens) is first
                assert first == phrase_set._find(lexicon._tokens(row["text"]))


def test_the_words_before_a_closing_tag_are_scanned_apart() -> None:
    """A message's first words (_Tokens.before) are new tokens with their own scans: none
    of the whole message's matches is given for them."""
    lexicon = understand.lexicon("en")
    tokens = lexicon._tokens("my posts move on their own, right?")
    markers = lexicon.question_words
    assert markers.find(tokens) is tokens.scanned[markers]
    body = tokens.before(2)
    assert body.scanned is not tokens.scanned
    assert markers.find(body) == markers._find(lexicon._tokens("my posts"))
