"""English classes of session 37 (learn37en), chosen on the tuning halves of rounds 58-68
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("peace be unto you, dear bot", "dm"),
        ("Good evening and peace be with you", "public"),
        ("namaste ji 🙏", "dm"),
        ("salaam, friend", "public"),
        ("selamat siang kak", "dm"),
        ("xin chào bot", "public"),
        ("kalimera!", "dm"),
        ("bula bula", "dm"),
        ("mhoro shamwari", "public"),
        ("wagwan bredren", "dm"),
    ],
)
def test_greetings_of_world_englishes(text: str, where: str) -> None:
    """ "peace be with you", "namaste", "selamat pagi", "bula": a greeting in a blessing or in
    the home words of a member writing English as a second language (South and Southeast
    Asia, the Pacific, Africa, the Caribbean) is a greeting, not an off-topic message
    (intents/en.toml kinds.greeting; none is a German, French, Spanish or Japanese word)."""
    assert read_row({"text": text, "where": where}).understanding.kind == "greeting"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("God bless you, you have been very patient", "dm"),
        ("bless you for this", "public"),
        ("asante sana rafiki", "dm"),
        ("terima kasih banyak!", "public"),
        ("vinaka vakalevu", "dm"),
        ("zikomo kwambiri", "followers"),
        ("efharisto poli", "dm"),
        ("tack så mycket, very clear", "public"),
        ("dhonnobad bhai", "dm"),
        ("khob khun ka 🙏", "public"),
        ("mahalo nui", "import"),
        ("tenk yu", "dm"),
    ],
)
def test_thanks_of_world_englishes(text: str, where: str) -> None:
    """ "God bless you", "asante sana", "terima kasih", "vinaka", "mahalo": thanks in a
    blessing or in the member's home words are thanks, not an off-topic message
    (intents/en.toml kinds.thanks; none is a German, French, Spanish or Japanese word)."""
    assert read_row({"text": text, "where": where}).understanding.kind == "thanks"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("followers arriving or not?", "dm"),
        ("are my followers coming yet or what", "dm"),
        ("so are people coming over or not", "followers"),
        ("followers started to arrive?", "dm"),
        ("my followers moving ok?", "followers"),
        ("is the follower transfer going well?", "dm"),
        ("any of them came yet?", "followers"),
    ],
)
def test_how_the_move_goes_said_plainly(text: str, where: str) -> None:
    """ "followers coming or not?", "are they arriving yet", "transfer going well?": how the
    member's own move is going, asked in a DM or at a step, is the progress command
    (LABELS.md), not a question about followers nor "not yet" (walkthrough/en.toml)."""
    assert command_of(text, where) == "progress"


@pytest.mark.parametrize(
    "text",
    [
        "wah gwan bot, di people weh follow mi, dem come cross when mi move?",
        "di folks weh follow mi, dem come too when mi move?",
        "everybody weh follow mi, dem go come wid mi to di new server?",
    ],
)
def test_creole_who_follow_me_are_the_followers(text: str) -> None:
    """ "di people dem weh follow mi": Creole and Pidgin "weh" (who, that), which the text
    rewrite reads as "where", before "follow" names the followers (intents/en.toml
    followers), also after a Creole greeting ("wah gwan")."""
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "angeblich werden Avatar und Biografie einfach kopiert",
        "Bio und Avatar werden ja kopiert, oder?",
        "mein Header und meine Bio werden automatisch mitkopiert, hab ich gelesen",
    ],
)
def test_avatar_and_bio_said_copied_are_both_myths(text: str) -> None:
    """A guard against retrain drift, in German (the phrase tables read it; the retrained
    second opinion had come to drop the avatar's myth): avatar or header and bio said to be
    copied are both myths, avatar_header_transferred and name_bio_copied (LABELS.md)."""
    assert myths_of(text) == {"avatar_header_transferred", "name_bio_copied"}


@pytest.mark.parametrize(
    "text",
    [
        "can i import my mutes on the new one",
        "can we import our lists too?",
        "how I import my blocks in new account?",
        "how we import the people we follow on new server",
        "can I import my bookmarks on the new account?",
        "I save recipes in bookmarks. How do I get them onto my new account?",
    ],
)
def test_bringing_a_list_over_said_as_english_learners_say_it(text: str) -> None:
    """ "how I import my follows?", "can I import my bookmarks?": a how-question without
    "do" (as many who learnt English as a second language ask) or a "can I import" asks how
    to import the list (LABELS.md: import), not whether it moves; bookmarks brought over
    too (intents/en.toml $how_to and the lists' import rules)."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "how i get the csv of my blocked accounts",
        "how we download the file of our lists",
        "how I export my bookmarks",
    ],
)
def test_getting_a_lists_file_is_the_export(text: str) -> None:
    """ "how I get the CSV of people I mute", "the filters JSON, where do I get it": the
    file of a list, its CSV or the filters' JSON (same Export page, 4.6+), is the export
    (LABELS.md: csv_export), not the list's own subject."""
    assert subjects_of(text) == {"csv_export"}
