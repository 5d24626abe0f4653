"""German classes of session 54 (de54): subjects lost beside another. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "welche csvs kann ich exportieren? sind lesezeichen auch drin?",
            {"csv_export", "bookmarks"},
        ),
        (
            "Welche CSV-Dateien gibt es beim Export? Sind die Filter dabei?",
            {"csv_export", "filters"},
        ),
        (
            "was für dateien gibt es im export? sind die blockierten auch dabei?",
            {"csv_export", "blocks"},
        ),
        ("was für csvs krieg ich da? sind die mutes auch dabei?", {"csv_export", "mutes"}),
        ("wo ist der export für meine listen?", {"csv_export"}),
    ],
)
def test_which_files_beside_a_list_asked_apart(text: str, subjects: set[str]) -> None:
    """Which CSVs or files the export has, asked in a question of its own beside whether one
    list is among them: both asked (LABELS: two questions), where a list named with the
    export alone asks about that list."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Angepinnte Toots und die Hashtags auf meinem Profil, muss ich das neu machen?",
            {"pinned_posts", "profile"},
        ),
        (
            "die hashtags im profil und die angehefteten beiträge, kommt das mit?",
            {"pinned_posts", "profile"},
        ),
        (
            "Gepinnte Posts und die Hashtags oben im Profil – wie krieg ich die rüber?",
            {"pinned_posts", "profile"},
        ),
        ("meine angepinnten beiträge oben im profil, kommen die mit?", {"pinned_posts"}),
    ],
)
def test_hashtags_in_the_profile_beside_pinned_posts(text: str, subjects: set[str]) -> None:
    """ "Hashtags im Profil" are the profile's featured hashtags: the profile is asked beside
    the pinned posts, where posts pinned "im Profil" only say where they are pinned."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "Alias hab ich auf dem neuen gesetzt, was mach ich jetzt auf dem alten?",
        "alias ist auf dem neuen angelegt, was mach ich jetzt auf dem alten?",
        "den alias hab ich gesetzt, was muss ich jetzt beim alten tun?",
        "alias aufm neuen erstellt. was muss ich jetzt auf dem alten tun?",
    ],
)
def test_the_alias_done_what_now_on_the_old_one(text: str) -> None:
    """The alias made on the new account, then what to do now on the old one: the next step,
    starting the move there, not the alias."""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "muss ich s archiv aafordere oder chan ich mi später no is alte konto iilogge?",
            {"archive", "old_account"},
        ),
        (
            "kann ich meinen alten account noch lesen? und was ist mit meinen dms",
            {"old_account", "direct_messages"},
        ),
        (
            "kann ich meinen alten account noch anschauen nach dem umzug und was passiert mit den"
            " lesezeichen",
            {"old_account", "bookmarks"},
        ),
        ("chan ich nach em zügle no is alte konto iilogge?", {"old_account"}),
    ],
)
def test_the_old_account_still_there_beside_another_question(text: str, subjects: set[str]) -> None:
    """Whether the old account can still be logged in to or read ("noch lesen", Swiss
    "iilogge": "ii-" for "ein-"), asked beside another subject: both asked."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "hör endlich auf mir zu schreiben",
        "hör endlich auf mir zu schreiben, ich hab keine zeit",
        "hör ma auf mir ständig zu schreiben, ich bin auf montage",
    ],
)
def test_stop_writing_with_a_word_between(text: str) -> None:
    """ "hör endlich/mal auf, mir (ständig) zu schreiben", a reason after it: stop."""
    assert command_of(text, "dm") == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "servus, ziehen meine follower mit um und wie lange dauert das?",
        "hey, werden meine follower übertragen und wie lang braucht das?",
        "moin, gehen die follower mit rüber und wie lange dauerts?",
        "hallo! kommen die follower mit und wie lange braucht es?",
    ],
)
def test_followers_along_and_how_long(text: str) -> None:
    """Whether the followers come along, joined by "und" to how long it takes: both asked."""
    assert subjects_of(text) == {"followers", "follower_timing"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("ich krieg nur folgeanfragen statt neuer follower, warum?", {"locked_account"}),
        ("statt follower bekomme ich lauter follow-anfragen", {"locked_account"}),
        ("auf dem neuen konto kommen anfragen statt follower, wieso?", {"locked_account"}),
        ("ich hab jetzt 40 folgeanfragen statt follower, was ist da los", {"locked_account"}),
        ("ich hab jetzt 300 follower statt 500, wieso?", {"follower_count_lower"}),
    ],
)
def test_requests_instead_of_followers(text: str, subjects: set[str]) -> None:
    """Follow requests come instead of followers: the locked account, no lower count."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        (
            "krieg ich probleme mit dem folgelimit, wenn ich die csv hochlade und schon 500"
            " leuten folge?",
            "public",
            {"follow_limit"},
        ),
        ("krieg ich dann stress mit dem folgelimit?", "import", {"follow_limit"}),
        ("kriegen meine follower das mit, wenn ich umziehe?", "public", {"notifications"}),
    ],
)
def test_trouble_with_is_no_noticing(text: str, where: str, subjects: set[str]) -> None:
    """ "krieg ich Probleme/Stress mit dem Limit": "mit" before what the trouble is with,
    not "mitkriegen" (to notice), which asks who is told."""
    assert subjects_of(text, where) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "ich hab noch ein paar halbfertige sachen rumliegen, was wird aus denen beim umzug?",
        "die halbfertigen texte in meinem konto, sind die nach dem umzug weg?",
        "der adventskalender soll jeden tag um 8 von allein erscheinen, klappt das nach dem"
        " umzug noch?",
        "die neujahrsgrüße sollen um mitternacht erscheinen, was passiert mit denen beim umzug?",
    ],
)
def test_drafts_and_scheduled_posts_told_not_named(text: str) -> None:
    """Half-finished posts ("halbfertige") and posts that "sollen ... erscheinen" (are to
    appear at a time): drafts and scheduled posts, not the move."""
    assert subjects_of(text) == {"scheduled_drafts"}


@pytest.mark.parametrize(
    "text",
    [
        "das passwort vom neuen oder vom alten konto?",
        "welches passwort will der hier, altes oder neues konto?",
        "kommt hier das passwort vom alten account rein?",
    ],
)
def test_which_password_at_the_move(text: str) -> None:
    """Which account's password the move form wants, asked at the move step: the move
    itself, not the old account."""
    assert subjects_of(text, "move") == {"move"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("no amoi zruck bitte, i hob an fehler gmacht", "export"),
        ("geh no amol zruck, da fehlt no wos", "profile"),
        ("kannst du noch mal zurück gehen, ich hab was vergessen", "alias"),
        ("bitte noch einmal zurück, ich muss was ändern", "import"),
        ("nomoi zruck", "archive"),
    ],
)
def test_once_more_back_at_a_step(text: str, where: str) -> None:
    """Bavarian "no amoi / no amol" (noch einmal) before "zruck": going back a step, not
    the "no" of "not yet"; and "noch (ein)mal zurück" inside a longer message."""
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("chasch mir uf franzesisch schriebe?", "language:fr"),
        ("chönntsch du änglisch schriebe, mis dütsch isch nöd so guet", "language:en"),
        ("chasch au spanisch schriebe?", "language:es"),
        ("kannst du mir franzesisch schreiben?", "language:fr"),
    ],
)
def test_swiss_write_in_another_language(text: str, command: str) -> None:
    """Swiss "schriebe" (schreiben) and "franzesisch", "änglisch": asking for replies in
    that language."""
    assert command_of(text, "dm") == command
