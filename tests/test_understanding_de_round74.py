"""German classes of session 41 (eu), chosen on the tuning halves of rounds 58-73, round 73
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("kann ich das zip auf dem neuen konto hochladen?", "download"),
        ("lässt sich die zip datei beim neuen server einspielen?", "archive"),
        ("kann man das backup auf der neuen instanz importieren?", "public"),
        ("die sicherung spiel ich dann auf dem neuen konto ein, geht das?", "export"),
    ],
)
def test_the_zip_or_backup_taken_to_the_new_account_is_the_myth(text: str, where: str) -> None:
    """The zip, backup or "Sicherung" itself uploaded to the new account, asked whether or
    not: that the posts can be imported is the claim put forward (LABELS: "can i upload my
    archive to restore my posts?")."""
    assert myths_of(text, where) == {"posts_can_be_imported"}


def test_importing_my_posts_asked_whether_stays_a_question() -> None:
    assert subjects_of("kann ich meine beiträge auf dem neuen konto importieren?") == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "Was zieht wirklich um beim Kontoumzug?",
        "was zieht denn eigentlich alles um beim serverumzug?",
        "beim instanzwechsel, was zieht da überhaupt um?",
        "was zieht bei so nem kontoumzug denn um",
    ],
)
def test_what_moves_asked_with_zieht_um_beside_the_moves_noun(text: str) -> None:
    """ "Was zieht (denn nun wirklich) um" asks what moves, as "was zieht mit" does, also
    beside the move's own compound noun "Kontoumzug" (LABELS: overview)."""
    assert subjects_of(text) == {"overview"}


@pytest.mark.parametrize(
    "text",
    [
        "was du über mich weißt soll weg",
        "was der bot über mich weiß, soll gelöscht werden",
        "was du über mich gespeichert hast muss weg",
        "alles was du von mir weißt kann weg",
    ],
)
def test_what_the_bot_knows_should_go_is_forget(text: str) -> None:
    """What the bot knows or keeps about me "soll weg" / "soll gelöscht werden": the erasing
    said with "weg" or the participle, not a question about what it keeps (LABELS:
    forget)."""
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "kann ich wieder zurück umziehen? und wie lange muss ich dann warten?",
        "kann ich später wieder zurück? wie lange muss ich warten?",
        "kann ich zurück auf meinen alten server wenn es mir nicht gefällt, und wie lange muss ich warten?",
    ],
)
def test_the_wait_before_moving_back_is_the_cooldown(text: str) -> None:
    """How long to wait before moving back is the cooldown (a second move), beside moving
    back itself, not how long a move takes."""
    assert subjects_of(text) == {"move_back", "cooldown"}


@pytest.mark.parametrize(
    "text",
    [
        "und meine stummgeschalteten? wie bring ich die rüber?",
        "und meine blockliste? wie krieg ich die aufs neue konto?",
        "und meine gesperrten accounts? wie krieg ich die rüber?",
    ],
)
def test_a_list_named_alone_then_how_to_bring_it_over_is_import(text: str) -> None:
    """A sentence that only names a list ("und meine Stummgeschalteten?") is what the next
    question, naming nothing else, takes up ("wie bring ich die rüber?"): one question, how
    to import it (LABELS: import)."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "bekommen meine follower eine mitteilung wenn ich umziehe?",
        "kriegen mini follower e mitteilig?",
        "kriegt ihr eine mitteilung, wenn ich umziehe?",
    ],
)
def test_a_mitteilung_the_followers_get_is_the_notification(text: str) -> None:
    """ "eine Mitteilung" (Swiss "e Mitteilig") the followers get: who is notified
    (LABELS: notifications), as "eine Meldung" is."""
    assert subjects_of(text) == {"notifications"}
