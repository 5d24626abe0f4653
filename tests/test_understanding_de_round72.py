"""German classes of session 39 (learn39-de), chosen on the tuning halves of rounds 69-71:
asked whether the posts are "drin" in the CSVs (the myth, at the export step too); the
followers told to follow "uns"/"mir" again with the move's time or place between; German's
own name in the dialects ("Dütsch", "Düütsch", "Deitsch") and "auf Deutsch bitte" beside an
apology; Swiss and Bavarian "Afang"/"Ofang" for starting over. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("sind meine tröts eigentlich auch in den csv-dateien drin?", "export"),
        ("san do meine beiträg a mit drin in de csv?", "export"),
        ("sind in der csv vom export auch meine toots dabei?", "public"),
        ("is in dene csv au mini beiträg drin?", "export"),
        ("und meine posts, sind die in einer von den csvs mit drin?", "export"),
        ("sin mien posts in de csv dor binnen?", "export"),
    ],
)
def test_asked_whether_the_posts_are_in_the_csv_is_the_myth(text: str, where: str) -> None:
    """Whether the posts are "drin" or "dabei" in the CSVs puts the claim that the export
    is a CSV of posts forward for a yes (LABELS: `archive` with `export_csv_of_posts`), at
    the export step too, where the CSVs are the step's own subject."""
    got = read_row({"text": text, "where": where})
    assert got.command is None, got
    assert got.understanding.kind == "myth", got
    assert set(got.understanding.myths) == {"export_csv_of_posts"}
    assert set(got.understanding.subjects) == {"archive"}


def test_which_lists_are_in_the_csv_is_no_myth() -> None:
    """Without the posts, "drin" asks what the CSVs hold (no claim)."""
    assert subjects_of("sind die lesezeichen in der csv drin?", "export") == {"bookmarks"}


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben 500 Follower. Müssen die uns nach dem Umzug alle neu folgen?",
        "müssen die mir nach dem umzug auf dem neuen konto alle wieder folgen?",
        "muss ich allen schreiben, damit mir jeder auf dem neuen account wieder folgt?",
        "ich hab 200 follower. muss ich die alle anschreiben, damit sie mir drüben wieder folgen?",
        "unser verein hat viele follower, miassn de uns nachm umzug olle neu folgn?",
    ],
)
def test_followers_told_to_follow_again_with_words_between(text: str) -> None:
    """ "uns ... alle neu folgen", "mir ... wieder folgt": the followers told to follow again
    with the move's time or place between put the refollow claim forward (LABELS:
    "müssen mir meine follower neu folgen?"); not the follows' "alle neu folgen"."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("chasch mer uf dütsch antworte?", "dm"),
        ("uf dütsch bitte", "export"),
        ("kannst op Düütsch snacken?", "dm"),
        ("auf Deitsch bitte", "alias"),
        ("auf deutsch bitte mein englisch ist nicht so gut", "dm"),
        ("bitte auf deutsch ich versteh das englische nicht", "import"),
    ],
)
def test_german_named_in_dialect_or_beside_an_apology(text: str, where: str) -> None:
    """Swiss "Dütsch" (with "uf" for "auf"), Low German "Düütsch", Bavarian and Palatine
    "Deitsch" name German; "auf Deutsch bitte" asks for it in a longer message, an
    apology for one's English beside it with no comma between (LABELS: language:de)."""
    assert command_of(text, where) == "language:de"


def test_a_profile_written_in_german_asks_for_no_language() -> None:
    """German named as what the profile is written in asks for no language."""
    assert subjects_of("mein profil ist auf deutsch, kommt die bio mit?") == {"profile"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("zrugg uf afang bitte, i ha mi vertoo", "alias"),
        ("zruck auf ofang bitte", "move"),
        ("bitte nomal vo afang a", "import"),
        ("alles uff anfang, ich hab's vermurkst", "export"),
    ],
)
def test_the_start_in_dialect_restarts(text: str, where: str) -> None:
    """Swiss "Afang" and Bavarian "Ofang" are "Anfang": "zrugg uf Afang", "vo Afang a"
    start the walkthrough over (restart), as "zurück auf Anfang" does."""
    assert command_of(text, where) == "restart"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Wie richte ich den Alias ein und wie lange dauert das Ganze?", {"alias", "duration"}),
        ("wie geht des mit dem alias un wie lang dauert des?", {"alias", "duration"}),
        ("wo mach ich den alias und wie lange dauert es dann?", {"alias", "duration"}),
    ],
)
def test_an_added_question_word_asks_apart(text: str, subjects: set[str]) -> None:
    """ "und" before a question word ("und wie lange", "und wann") opens a question of its
    own: the alias asked first stays beside how long the whole takes (LABELS: two
    questions in one message, both subjects)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "wie geht es mit meinem umzug?",
        "na, wie geht's meinem umzug?",
        "kommen meine follower schon an?",
        "wie geht's mit meim Umzug? kumme die follower schun aa?",
    ],
)
def test_how_my_move_is_going_in_public(text: str) -> None:
    """ "wie geht's mit meinem Umzug" asks how it goes, the followers "schon an" whether
    they arrive (LABELS: move_progress in public); "wie geht das mit dem Umzug" asks how."""
    assert subjects_of(text) == {"move_progress"}


def test_how_the_move_is_done_is_no_progress() -> None:
    """ "wie geht das mit dem Umzug?" asks how the move is done."""
    assert subjects_of("wie geht das mit dem umzug?") == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "ich hab ein paar hashtags abonniert. kommen die mit?",
        "i ha vieli hashtags abonniert, chömed die mit?",
        "hab hashtags wie #garten abonniert, was passiert mit denen?",
    ],
)
def test_hashtags_subscribed_with_the_verb_after(text: str) -> None:
    """The tags named, the verb "abonniert" after them: the followed hashtags."""
    assert subjects_of(text) == {"followed_hashtags"}


@pytest.mark.parametrize(
    "text",
    [
        "werden meine follower über den umzug in kenntnis gesetzt?",
        "wird man als follower verständigt, wenn ich umziehe?",
        "kriegen meine follower eine meldung, wenn sie auf einmal meinem neuen konto folgen?",
    ],
)
def test_followers_told_of_the_move_in_other_words(text: str) -> None:
    """Formal "in Kenntnis gesetzt", "verständigt", and a "Meldung" the followers get ask
    who is notified (LABELS: notifications)."""
    assert subjects_of(text) == {"notifications"}


def test_a_message_shown_to_me_is_no_notification() -> None:
    """A "Meldung" the member gets, no follower named, is no question of notifications."""
    got = read_row({"text": "ich bekomme immer die meldung dass das konto nicht gefunden wurde"})
    assert "notifications" not in got.understanding.subjects, got


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("warum sind erst 30 von 45 da?", "followers"),
        ("wieso sind nur 200 von 350 follower drüben?", "followers"),
        ("warum sind erst 80 von 120 followern angekommen?", "public"),
        ("nur 10 von 50 da, wieso", "dm"),
    ],
)
def test_only_some_of_the_count_there(text: str, where: str) -> None:
    """Only some of the old count there ("erst 30 von 45 da"), asked why: the lower
    follower count."""
    assert subjects_of(text, where) == {"follower_count_lower"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Wie ist der aktuelle Stand der Follower-Übertragung?", "dm"),
        ("was ist der stand der übertragung?", "dm"),
        ("wie ist der stand der übertragung", "move"),
    ],
)
def test_the_state_of_the_transfer_asks_progress(text: str, where: str) -> None:
    """The "Stand" (state) of the followers' transfer asks how the move goes (progress),
    not where the walkthrough stands."""
    assert command_of(text, where) == "progress"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("helf mer bitte beim umziehe", "public"),
        ("hilf mer bitte beim umzug", "public"),
        ("bitte schritt fer schritt beim umziehen helfen", "public"),
        ("helf mer Schritt fer Schritt beim Umzug", "dm"),
    ],
)
def test_help_me_move_in_palatine_and_hessian(text: str, where: str) -> None:
    """Palatine, Hessian and Swabian "helf mer"/"hilf mer" (hilf mir) and "fer" (für):
    asking for help moving, step by step, wishes the walkthrough (LABELS: start)."""
    assert command_of(text, where) == "start"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("sind meine nur-für-follower tröts auch im archiv drin?", "download"),
        ("sind im archiv auch die privaten beiträge dabei?", "archive"),
        ("sind meine follower only posts im archiv drin?", "public"),
    ],
)
def test_whether_the_archive_holds_followers_only_posts(text: str, where: str) -> None:
    """Whether the archive holds the followers-only posts is their question (their answer
    says the archive includes them), not one about the archive."""
    assert subjects_of(text, where) == {"followers_only_posts"}


def test_the_archive_asked_apart_stays_beside_followers_only_posts() -> None:
    """A question of its own about the archive stays."""
    text = "wie lade ich das archiv runter? und sind da auch die privaten posts drin?"
    assert subjects_of(text) == {"archive", "followers_only_posts"}


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        ("meine posts werden ja eh rüberkopiert", {"posts_move_automatically"}),
        ("hab gelesen, dass die tröts beim umzug mit rüberwandern", {"posts_move_automatically"}),
        ("die blockliste wandert eh mit rüber", {"blocks_move_automatically"}),
        ("meine gefolgten konten werden automatisch rübergezogen", {"follows_move_automatically"}),
    ],
)
def test_verbs_glued_to_over_there_move_a_thing(text: str, myths: set[str]) -> None:
    """Verbs glued to "rüber" ("rüberkopiert", "rüberwandern", "rübergezogen") move a thing
    as their plain forms do: stated, the claim that it moves along."""
    assert myths_of(text) == myths


def test_asked_whether_posts_are_copied_over_is_a_question() -> None:
    """Asked with the verb first, whether the posts are copied over is a question."""
    assert subjects_of("werden meine posts rüberkopiert?") == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "zieh mich um bitte, hab keinen plan wie das geht",
        "ziag mi um bitte",
        "i wü umziang, leg ma los?",
        "fang ma o",
        "i möcht zügle, fang mer aa",
    ],
)
def test_move_me_and_shall_we_start_in_dialect(text: str) -> None:
    """ "zieh mich um" (move me) said to the bot, and Bavarian "ma", Swiss and Palatine
    "mer" for "wir" ("fang ma o", "leg ma los", "fang mer aa": shall we start?) wish the
    walkthrough (LABELS: start)."""
    assert command_of(text, "dm") == "start"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("wat passeert mit mien Bidrääg?", {"posts"}),
        ("kaamt mien Bidrääg mit?", {"posts"}),
        ("wat warrt ut mien Leseteken?", {"bookmarks"}),
        ("kaamt mien Leseteken mit na dat niege Konto?", {"bookmarks"}),
    ],
)
def test_low_german_posts_and_bookmarks(text: str, subjects: set[str]) -> None:
    """Low German "Bidrääg" (Beiträge), "Leseteken" (Lesezeichen) and "ut" (aus): the
    posts and the bookmarks asked about."""
    assert subjects_of(text) == subjects
