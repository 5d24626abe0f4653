"""Round 103's English held-out misses (retired, so tuned on): walkthrough words said in a
mention, and "reset" that asks about a password, not for the walkthrough over."""

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("start over", "restart"),
        ("restart please", "restart"),
        ("resume", "resume"),
        ("i forgot where we were.. keep going from before", "resume"),
    ],
)
def test_start_over_and_resume_are_read_in_a_mention(text: str, command: str) -> None:
    """Read as the walkthrough's own orders in public too, so the reply steers them to the
    DM (bot/respond.py) instead of answering whether to move at all."""
    assert command_of(text, "public") == command


@pytest.mark.parametrize("where", ["public", "dm"])
@pytest.mark.parametrize(
    "text", ["how do I reset password of my gmail", "how do i reset my password"]
)
def test_a_password_reset_is_not_the_walkthrough_over(text: str, where: str) -> None:
    """ "reset" anywhere in a message restarted the walkthrough (after a "start over?"):
    "how do i reset my password" asks about a password."""
    assert command_of(text, where) != "restart"


@pytest.mark.parametrize(
    "text", ["reset", "Reset the flow, I entered the wrong handle.", "reset my progress please"]
)
def test_reset_that_means_the_walkthrough_still_restarts(text: str) -> None:
    assert command_of(text, "dm") == "restart"


@pytest.mark.parametrize("where", ["public", "dm"])
def test_a_password_reset_in_japanese_is_not_the_walkthrough_over(where: str) -> None:
    """ "リセット" anywhere was the restart order, as "reset" was in English."""
    assert command_of("パスワードをリセットするには？", where) != "restart"


@pytest.mark.parametrize(
    "text", ["リセット", "リセットして", "いったんリセットして1からお願いします"]
)
def test_a_japanese_reset_of_the_walkthrough_still_restarts(text: str) -> None:
    assert command_of(text, "dm") == "restart"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("starting over, I messed up the handle", "alias"),
        ("startin over, made a hash of it", "move"),
        ("Might we begin again from the very start?", "import"),
    ],
)
def test_starting_over_and_a_might_we_request_restart(text: str, where: str) -> None:
    """ "starting over" (not "start ... over") and "Might we ...?" (a polite request, as
    "could we ...?") were read as asking whether to move at all."""
    assert command_of(text, where) == "restart"


def test_might_i_still_asks_a_question() -> None:
    assert command_of("might I ask how long the import takes?", "import") is None
