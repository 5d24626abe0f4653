"""English classes of session 53 (en53), chosen on the tuning halves of rounds 58–93: a
second question joined by "and" with no comma before it ("what happens to my old account
and can people still find me"), whose part asked nothing where no comma cut it, so a rule
for the first question dropped the second's subject; and a hello or the people addressed
opening the message with no comma ("y'all what ...", "hey guys how ..."), before which the
question word opened no clause; the CSV-of-posts claim with "the csv with my posts" (the
singular, which the plural "the csvs" of the Export page's files had matched) and the file
taken up again inside the verb phrase ("load it into", "put it into the new"); the wish to
start said "walk us through", "take me through", "talk me through", and "my art account"
(the account, not the posts "my art" names); a count of follows under the follow limit
(7,500: "i follow 3500 people, will they all get imported" asks about the import, not the
limit its "thousand" had read); "where is the export page? I can't find it on my phone" (the
page, not the app); a second question typed on with "also how long ..." or "and after that
how i start the moving" (a question word ends the "after" condition); at the alias step,
"i did it on the old account" ("it": the alias, made on the old account). The phrasings are the tuner's own; none is a
row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "what happens to my old account and will people know where i went",
        "what becomes of my old profile and can folks still find me through it",
        "what happens to the old account and will anyone see where i moved",
        "what will happen to my old account and can others see that i moved",
        "hey guys what happens to my old account and will people know where i went",
        "y'all what becomes of the old profile and can people still find me from it",
        "bro what happens to my old account and will everyone see that i moved",
    ],
)
def test_second_question_added_without_a_comma(text: str) -> None:
    """The old account's fate, then "and can/will people ..." what others see, one clause:
    two questions, both subjects."""
    assert subjects_of(text) == {"old_account", "what_others_see"}


@pytest.mark.parametrize(
    "text",
    [
        "got the csv with my posts, how do i put it into the new account",
        "got a csv of my posts from the export page, how do i load it into the new account",
        "downloaded the csv with my posts, now how do i load it onto the new server",
        "the csv with my toots from the export page, where do i upload it on the new server",
    ],
)
def test_csv_with_my_posts_then_loaded_into_it(text: str) -> None:
    """ "The csv with my posts" (one file), then "it" loaded or put into the new account:
    both claims, the archive's and that posts can be imported."""
    assert myths_of(text) == {"export_csv_of_posts", "posts_can_be_imported"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("walk us through moving our choir account", "public"),
        ("go on then, walk us through it", "public"),
        ("can you take me through moving my account", "public"),
        ("talk us through the move please", "dm"),
        ("could you take us through moving the club account", "dm"),
        ("walk me through moving my art account, step by step please", "public"),
    ],
)
def test_walk_us_take_me_talk_me_through(text: str, where: str) -> None:
    """ "Walk us / take me / talk me through" (a club's or family's account said as "us"),
    and an account named by what it posts ("my art account"): the wish to start."""
    assert read_row({"text": text, "where": where}).command == "start"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("i follow about two thousand five hundred people, will they all get imported", "import"),
        ("i follow around 4000 people, will they all get imported", "import"),
        ("i follow 3k accounts, will they all be imported on the new one", "import"),
        ("i follow nine thousand accounts, will they all get imported", "follow_limit"),
        ("i follow 9000 people, will they all get imported", "follow_limit"),
        ("we follow about 12k accounts, will the import work", "follow_limit"),
    ],
)
def test_follow_count_under_or_over_the_limit(text: str, subject: str) -> None:
    """A count of follows under the default follow limit (7,500) is no hint of the limit:
    "will they all get imported" asks about the import; from the limit on, the limit."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("where's the export bit, i cant see it on my phone", "export"),
        ("where is the archive button, i cannot find it in the app", "archive"),
        ("where is this export page, cannot find it on my ipad", "export"),
    ],
)
def test_step_page_asked_for_where_the_phone_is_where_it_was_looked_for(
    text: str, where: str
) -> None:
    """ "Where is the export page? can't find it on my phone" at its own step: how to do
    the step; the phone or app is only where the member looked."""
    assert read_row({"text": text, "where": where}).command == "how"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("where is the export page? cant see it anywhere on my phone", "csv_export"),
        ("where is the request your archive button? not on my phone anyway", "archive"),
    ],
)
def test_page_asked_for_where_the_phone_is_where_it_was_looked_for(text: str, subject: str) -> None:
    """The same in public: the page's subject, not which app to use."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "will my handle change? i printed it on our shop window also how long does the whole thing take",
            {"username", "duration"},
        ),
        (
            "does my handle change, i put it on business cards also how long does the move take",
            {"username", "duration"},
        ),
        ("my alias where it goes and after that how i start the moving?", {"alias", "move"}),
        ("the alias i put where and after that how i start the moving?", {"alias", "move"}),
        (
            "where do i put the alias and after that how do i start the move",
            {"alias", "move"},
        ),
    ],
)
def test_second_question_after_also_or_after_that(text: str, subjects: set[str]) -> None:
    """ "also how long ..." typed on after a story with no comma, and "and after that how
    do I ..." (a question word ends the "after" that opens no condition here): both
    questions asked."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "i did it on the old account",
        "i added it from my old account",
        "set it up on the old instance already",
        "made it on my old profile",
        "i put it in on the old server",
    ],
)
def test_alias_step_done_on_the_old_account_said_as_it(text: str) -> None:
    """At the alias step, "it" is the alias: made on the old account is the step done the
    wrong way (the claim answered), not "done"."""
    reading = read_row({"text": text, "where": "alias"})
    assert reading.command is None
    assert reading.understanding.myths == ["alias_on_old_account"]
