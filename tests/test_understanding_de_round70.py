"""German classes of session 38 (learn38de), chosen on the tuning halves of rounds 56-69,
wrong command or kind first: at the followers' wait, "are some over yet?" and "has anything
happened yet?" said without the word "follower", in Bavarian, Palatine, Swiss and Low German
forms; the Swiss verb for moving house ("zügle", "zügeln") and "bim" (beim) in a wish to be
walked through. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("san scho welche do?", "followers"),
        ("sind welche drüben?", "followers"),
        ("sinn schon e paar welche rüwwer?", "followers"),
        ("na, sin scho welche rüba?", "dm"),
        ("hat sich scho was getan?", "followers"),
        ("tut sich schon was?", "followers"),
        ("hot sich scho wos getan?", "followers"),
        ("und, hat sich was getan?", "dm"),
    ],
)
def test_some_over_or_anything_happened_asks_how_the_move_goes(text: str, where: str) -> None:
    """While the followers come over, "welche" (some of them) "da", "do", "drüben", "rüber"
    and "hat sich was getan", "tut sich was" ask how the move goes
    (LABELS: progress), though they name no follower: nothing else is waited for there."""
    assert command_of(text, where) == "progress"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("i will zügle, hilfsch mer?", "dm"),
        ("ich möcht mis konto zügle", "dm"),
        ("chasch mer bim zügle hälfe?", "public"),
        ("kannsch mir bim umzug helfe?", "public"),
        ("i wett zügle, wie gohts los?", "dm"),
        ("ich möchte mein Konto zügeln, hilfst du mir?", "public"),
    ],
)
def test_the_swiss_verb_for_moving_wishes_the_walkthrough(text: str, where: str) -> None:
    """Swiss "zügle"/"zügeln" is "umziehen" (moving house), "bim" is "beim", "hälfe" is
    "helfen": a wish to move said with them asks to be walked through (LABELS: start)."""
    assert command_of(text, where) == "start"


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        (
            "die blockierten bleiben doch blockiert nachm umzug, oder?",
            {"blocks_move_automatically"},
        ),
        ("de blockiertn bleim eh blockiert, oda?", {"blocks_move_automatically"}),
        ("die gemuteten leute bleiben ja gemutet oder", {"mutes_move_automatically"}),
        ("meine stummgeschalteten bleiben doch stumm, gell?", {"mutes_move_automatically"}),
        ("listen san jo ned übertragbar, oder?", {"lists_cannot_transfer"}),
        ("listen sind ja leider nicht übertragbar", {"lists_cannot_transfer"}),
    ],
)
def test_blocks_said_to_stay_in_force_and_lists_not_transferable(
    text: str, myths: set[str]
) -> None:
    """Blocks and mutes said to stay in force after the move ("bleiben doch blockiert",
    Bavarian "bleim", "bleiben ja stumm") claim they move along; lists "nicht übertragbar"
    (an adjective in -bar) claim they cannot be taken along."""
    assert myths_of(text) == myths


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("bleiben die stumm nach dem umzug?", {"mutes"}),
        ("bleiben meine blockierten auch blockiert?", {"blocks"}),
        ("sind listen übertragbar?", {"lists"}),
    ],
)
def test_asked_whether_they_stay_in_force_is_a_question(text: str, subjects: set[str]) -> None:
    """Asked, with the verb first, whether blocks stay in force or lists are transferable:
    a question about them, no claim (LABELS: "do my posts move?")."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("hör fei auf mit dene nachrichten", "dm", "stop"),
        ("schick ma fei nix mehr", "followers", "stop"),
        ("sin de follower scho do?", "dm", "progress"),
        ("san meine follower jetzt scho do?", "followers", "progress"),
    ],
)
def test_the_particle_fei_and_bavarian_do_for_da(text: str, where: str, command: str) -> None:
    """Franconian and Bavarian "fei" (a particle, like "doch") hides no order; "do" is "da":
    the followers "scho do" ask how the move goes (a walkthrough phrase only: "do" as a
    word of the German questions' tables would count English "do" as German)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        ("muss uns dann jeder wieder folgen?", {"followers_must_refollow"}),
        ("müssen uns unsere follower nach dem umzug neu folgen?", {"followers_must_refollow"}),
        ("kann ich mein archiv einfach beim neuen konto importieren?", {"posts_can_be_imported"}),
        ("kann ich meine posts nicht einfach aus dem archiv hochladen?", {"posts_can_be_imported"}),
    ],
)
def test_an_account_of_several_and_simply_importing(text: str, myths: set[str]) -> None:
    """A shop, a club or a couple say "uns" (us): the followers who must follow "uns" again
    put the refollow claim forward as "mir" does; importing the archive "einfach" (simply)
    takes for granted that it can be done (LABELS: "can i upload my archive to restore my
    posts?")."""
    assert myths_of(text) == myths


def test_asking_whether_posts_can_be_imported_is_a_question() -> None:
    """Without "einfach", whether posts can be imported is asked (intents de.toml)."""
    assert subjects_of("kann ich meine posts importieren?") == {"posts"}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("schreib ma nix mehr", "followers", "stop"),
        ("schreib mir nichts mehr", "dm", "stop"),
        ("schreib ma nimma", "dm", "stop"),
        ("führ mi durch", "dm", "start"),
        ("begleit mi", "dm", "start"),
    ],
)
def test_write_me_no_more_and_lead_me_through_in_dialect(
    text: str, where: str, command: str
) -> None:
    """ "schreib mir nix mehr", Bavarian "nimma" (nicht mehr) stop the messages, though
    "schreiben ... nicht mehr" also names what the old account no longer gets; Bavarian
    and Swabian "mi" (mich): "führ mi durch", "begleit mi" ask to be walked through."""
    assert command_of(text, where) == command


def test_asked_whether_nobody_can_write_to_the_old_account_is_no_order() -> None:
    """Asked about the old account, "nichts mehr schreiben" is a question, not an order."""
    got = read_row({"text": "kann man mir aufs alte konto nichts mehr schreiben?", "where": "dm"})
    assert got.command is None, got


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("brauch ich nicht, ich folge kaum wem. weiter", "export"),
        ("überspringen, hab eh nix zum sichern. weiter", "archive"),
        ("brauch i ned, i hob koa profil. weida", "profile"),
    ],
)
def test_skipped_with_a_reason_then_go_on_skips(text: str, where: str) -> None:
    """The step skipped first ("brauch ich nicht", "überspringen"), a reason, then "weiter"
    on its own: the "go on" goes on without the step (skip), it reports nothing done."""
    assert command_of(text, where) == "skip"


def test_a_story_of_the_step_done_closed_by_go_on_is_done() -> None:
    """Without a skip first, a short closing "weiter" after what was done is still done."""
    assert command_of("bio und avatar sind drin. weiter", "profile") == "done"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("fang mer vun vörre aan", "import"),
        ("alles vun vürre bitte", "dm"),
        ("noch ens vun vürre", "alias"),
    ],
)
def test_kolsch_from_the_front_restarts(text: str, where: str) -> None:
    """Kölsch "vun vürre"/"vun vörre" is "von vorne": starting over (restart)."""
    assert command_of(text, where) == "restart"
