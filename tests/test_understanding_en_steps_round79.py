"""English classes of session 46 (en-steps): commands in DMs and at walkthrough steps,
chosen on the tuning halves of rounds 58-78. The phrasings are the tuner's own; none is a
row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("back off my shift now, where were we", "dm"),
        ("back from work, lets keep at it", "dm"),
        ("break's over, on with it", "dm"),
        ("off shift now, ready", "dm"),
        ("back from my break", "dm"),
        ("back from work, lets carry on", "alias"),
    ],
)
def test_back_from_work_resumes(text: str, where: str) -> None:
    """Back from work, a shift or a break ("back off my shift", "break's over"): resume
    (walkthrough/en.toml), not "back off" (stop), which now stands alone or with "now",
    "for", "a bit"."""
    assert read_row({"text": text, "where": where}).command == "resume"


@pytest.mark.parametrize(
    "text",
    ["back off", "back off please", "just back off for a while", "ugh back off bot"],
)
def test_back_off_still_stops(text: str) -> None:
    """ "back off" said as itself still stops."""
    assert read_row({"text": text, "where": "dm"}).command == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "delete my data, i mean you, the bot",
        "wipe my data (yours, the bot's)",
        "delete my data that you (the bot) keep",
        "delete everything you the bot know about me",
    ],
)
def test_bot_named_aside_forgets(text: str) -> None:
    """A deletion with the bot named as an aside ("you (the bot)", "yours, the bot's")
    says whose data: forget, not the question which (clarify_delete)."""
    assert read_row({"text": text, "where": "dm"}).command == "forget"


def test_bots_answer_is_no_aside() -> None:
    """ "the bot's" about something else is no aside naming the data's keeper."""
    row = {"text": "the bot's answer was wrong, can i delete my old account", "where": "dm"}
    assert read_row(row).command != "forget"


@pytest.mark.parametrize(
    "text",
    [
        "i only have 48 hours to grab it?",
        "so i gotta snag it within 48h?",
        "2 days to nab it or it's gone?",
        "48 hrs to grab the zip, yeah?",
    ],
)
def test_48_hours_to_grab_it(text: str) -> None:
    """Chat words for downloading ("grab", "snag", "nab") beside the 48 hours: the myth
    that the archive must be downloaded within 48 hours (intents/en.toml), also at the
    download step, not "how"."""
    reading = read_row({"text": text, "where": "download"})
    assert reading.command is None
    assert reading.understanding.myths == ["download_within_48_hours"]
