"""Long replies split where a reader expects: between paragraphs, then sentences; never
inside brackets or quotes (issue 13: "(Back to step 3: Download the CSV files." then ") Say…")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text import split_status, status_length

BACK = '(Back to step 3: Download the CSV files.) Say "done", "not yet", or "how?".'


def balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count('"') % 2 == 0


def test_a_bracketed_sentence_stays_whole():
    answer = "Your follows move by export and import. " * 6 + BACK
    limit = len("@alice ") + len(answer) - 20  # the bracket would be cut by a plain split
    statuses = split_status(answer, limit, prefix="@alice ")
    assert len(statuses) == 2
    assert all(balanced(s) for s in statuses), statuses
    assert any("(Back to step 3: Download the CSV files.)" in s for s in statuses), statuses


def test_quotes_and_brackets_in_every_script_keep_their_sentence():
    for text in (
        "Schreib „fertig.“ Dann geht es weiter. Danach „weiter.“ Ende.",
        "Dites « c’est fait. » Ensuite « ok. » Fin.",
        # Long enough that many limits split it, like the others (26 characters split at 1).
        "「完了。」と送ってください。次の手順へ進みます。「OK。」と書けば続きます。「戻る。」なら前の手順へ。終わり。",
        "Say “done.” Then go on. Then “ok.” The end.",
    ):
        splits = 0
        for limit in range(25, len(text) + 2):
            try:
                statuses = split_status(text, limit)
            except ValueError:
                continue
            splits += len(statuses) > 1
            pairs = [("«", "»"), ("「", "」")]
            pairs.append(("„", "“") if "„" in text else ("“", "”"))
            for status in statuses:
                for opener, closer in pairs:
                    assert status.count(opener) == status.count(closer), (limit, statuses)
            assert "".join(statuses).replace(" ", "") == text.replace(" ", "")
        assert splits >= 15, (text, splits)  # real splits were checked, not one whole status


def test_paragraphs_are_preferred_to_sentences_when_it_costs_no_status():
    first = "First paragraph, sentence one. " * 3 + "Sentence four."
    second = "Second paragraph. " * 5 + "Its end."
    text = f"{first}\n\n{second}"
    limit = len(first) + 30  # greedy would pull part of the second paragraph into the first
    statuses = split_status(text, limit)
    assert statuses == [first, second]


def test_a_smiley_or_list_number_does_not_stop_sentences_splitting():
    text = "Step 1) open the page. " * 8 + "Done :) thanks."
    statuses = split_status(text, 60)
    assert all(status_length(s) <= 60 for s in statuses)
    assert " ".join(statuses).split() == text.split()


sentence = st.builds(
    lambda words, wrap, end: wrap[0] + " ".join(words) + end + wrap[1],
    st.lists(st.sampled_from(["move", "your", "followers", "the", "alias", "CSV"]), min_size=1,
             max_size=6),
    st.sampled_from([("", ""), ("(", ")"), ('"', '"'), ("«", "»"), ("「", "」")]),
    st.sampled_from([".", "!", "?", "。"]),
)  # fmt: skip
paragraph = st.lists(sentence, min_size=1, max_size=6).map(" ".join)
document = st.lists(paragraph, min_size=1, max_size=4).map("\n\n".join)


@settings(max_examples=200, deadline=None)
@given(document, st.integers(min_value=70, max_value=300))
def test_any_text_splits_within_the_limit_keeping_every_word_and_every_pair(text, limit):
    statuses = split_status(text, limit, prefix="@alice ")
    assert all(status_length(s) <= limit for s in statuses)
    said = " ".join(s.removeprefix("@alice ") for s in statuses)
    assert said.split() == text.split()
    for status in statuses:  # each pair is shorter than a status, so none is ever cut
        assert balanced(status), statuses
        assert status.count("«") == status.count("»") and status.count("「") == status.count("」")
