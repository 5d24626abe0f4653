"""English classes of session 52 (en52), chosen on the tuning halves of rounds 88–91: a
stated claim closed by the tag "is it?" ("my profile picture comes along automatically, is
it?"), read as a question where the claim had no put_forward_by of its own; a claim told as
done before "what now" in a DM ("i put the alias in the old instance, ok what now"), read
as where the walkthrough stands though the step it reports was done the wrong way; the
way a member signs in named at the move form ("i log in using google only", "logging with
my school account"), read as how to do the step; and Scots "ower" and "fae" / "tae"
answering which way ("ah'm comin ower fae mastodon.social"). The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "banner picture moves to the new instance automatically, is it?",
        "my profile picture comes along automatically, is it?",
        "my profile pic gets moved over automatically, is it?",
        "profile picture will be there on the new one automatically, is it?",
    ],
)
def test_claim_tagged_is_it(text: str) -> None:
    """A claim closed by "is it?" (Indian and South Asian English's tag, like "right?"):
    the claim put forward for a yes, the myth (LABELS.md)."""
    assert myths_of(text) == {"avatar_header_transferred"}


@pytest.mark.parametrize(
    "text",
    [
        "put the alias on the old server like the guide said, done, what now",
        "created the alias from the old account, ok what now",
        "alias done on my old account per the article, what now",
        "i put the alias in the old instance, ok what now",
        "the guide said alias goes on the old server so i did that, what now?",
    ],
)
def test_claim_done_then_what_now_in_a_dm(text: str) -> None:
    """The alias reported made on the old account, then "what now": the claim is
    answered, not where the walkthrough stands (the next step builds on the wrong one)."""
    reading = read_row({"text": text, "where": "dm"})
    assert reading.command is None
    assert reading.understanding.myths == ["alias_on_old_account"]


@pytest.mark.parametrize(
    "text",
    [
        "password? i always sign in using my work account",
        "what password does it want, I only ever used my google account to get in",
        "current password? i log in using google only",
        "what do i put for password, i use my school google account to log in",
    ],
)
def test_sign_in_way_named_at_the_move_form(text: str) -> None:
    """How the member signs in (a Google, school or work account) named at the move
    step's password field: the single sign-on question, not how to do the step."""
    reading = read_row({"text": text, "where": "move"})
    assert reading.command is None
    assert "sso_no_password" in reading.understanding.subjects


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("naw ah'm comin ower fae mastodon.social", "here"),
        ("I'm moving ower here fae fosstodon", "here"),
        ("naw, ah'm flittin ower tae mastodon.scot", "away"),
        ("aye, movin ower tae the scot one", "away"),
    ],
)
def test_scots_over_from_and_over_to(text: str, command: str) -> None:
    """Scots "ower ... fae" (over from) arrives; "ower tae" (over to) leaves."""
    assert read_row({"text": text, "where": "choose_direction"}).command == command


@pytest.mark.parametrize(
    "text",
    [
        "my posts came out as a csv from data export, then i just import it on the new server right?",
        "saved my posts as a csv from the export page, how do i import it over there",
        "the export gave me my posts as a spreadsheet, where do I upload it on the new one",
        "exported my posts to a csv, then i upload it to the new server, right?",
    ],
)
def test_csv_of_posts_then_imported_it(text: str) -> None:
    """The CSV-of-posts claim, then the file taken up again as "it" to be imported on the
    new server: both claims (the archive's and that posts can be imported)."""
    assert myths_of(text) == {"export_csv_of_posts", "posts_can_be_imported"}


def test_the_export_pages_csv_files_imported_are_no_posts_claim() -> None:
    """The Export page's CSV files, downloaded and imported: the import, no posts' claim."""
    assert subjects_of("i have the csv files downloaded, how do i import them on the new one") == {
        "import"
    }
