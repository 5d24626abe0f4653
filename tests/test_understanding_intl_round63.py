"""French, Spanish and German classes of session 31 (learn31intl), chosen on the tuning
halves of rounds 57-62 (read by a second opinion trained without them and by the tables
alone) and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "mes blocages seront transférés tout seuls donc pas besoin de les exporter ?",
            "blocks_move_automatically",
        ),
        (
            "ma bannière va être copiée sur le nouveau compte donc je touche à rien ?",
            "avatar_header_transferred",
        ),
        (
            "mes abonnements sont recopiés sur le nouveau compte du coup pas besoin de les exporter ?",
            "follows_move_automatically",
        ),
        (
            "mes pouets suivent avec le compte du coup j'ai rien à faire ?",
            "posts_move_automatically",
        ),
        (
            "les gens que j'ai masqués passent automatiquement donc rien à faire de mon côté ?",
            "mutes_move_automatically",
        ),
    ],
)
def test_a_consequence_drawn_without_a_comma_states_the_claim(text: str, myth: str) -> None:
    """A claim, then the consequence drawn from it with no comma before "donc" / "du
    coup" ("… tout seuls donc pas besoin de les exporter ?"): the question still takes the
    claim for granted (LABELS: a myth put forward for a yes), as with the comma (`confirming`)
    and as English "… so I don't need to …?" (`markers`)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "mes masqués passent tout seuls sur le nouveau compte grave ?",
            "mutes_move_automatically",
        ),
        ("mes listes se transfèrent pas c ca ?", "lists_cannot_transfer"),
        ("mes pouets suivent automatiquement nn ?", "posts_move_automatically"),
        ("l'alias sur l'ancien compte, c ca ?", "alias_on_old_account"),
        ("mon avatar est recopié tout seul c bien ça ?", "avatar_header_transferred"),
    ],
)
def test_a_claim_closed_by_a_slang_tag_is_stated(text: str, myth: str) -> None:
    """A claim closed by a tag in slang or SMS spelling ("grave ?", "c ca ?", "c bien ça ?",
    "nn ?"): put forward for a yes, so stated (LABELS), as "c'est ça ?" and "hein ?" were."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "est-ce qu'ils devront me refollow un par un ?",
        "les gens devront me re-suivre à la main ?",
        "faut que tout le monde me refollow un à un ?",
        "ils vont devoir me suivre à nouveau, tous ?",
    ],
)
def test_being_followed_again_is_the_followers_refollowing(text: str) -> None:
    """ "me refollow", "me resuivre", "me suivre à nouveau": others following the member
    again are the followers, even unnamed ("ils", "les gens"), so the claim that they must
    is the refollow myth; "resuivre tout le monde" (the member follows) stays the follows."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    "text",
    [
        "si quelqu'un me mentionne sur mon ancien compte, je le verrai sur le nouveau ?",
        "qqn qui mentionne mon vieux compte après la migration, ça m'arrive où ?",
        "les gens qui continuent à mentionner mon ancien compte, je reçois la notif ?",
        "les mp que les gens enverront à mon vieux compte, ils arrivent sur le nouveau ?",
    ],
)
def test_mentions_of_the_old_account_after_the_move(text: str) -> None:
    """Someone mentioning or writing to the old account after the move ("mentionne mon
    ancien compte", "enverront à mon vieux compte"): old_account_mentions, not the old
    account's fate or the DMs that stay behind. The phrase names the account in full so it
    outweighs "mon ancien compte" alone (longer phrases win their words)."""
    assert subjects_of(text, "public") == {"old_account_mentions"}


@pytest.mark.parametrize(
    "text",
    [
        "l'export me sort un csv avec mes toots, je peux le lire dans excel ?",
        "j'ai exporté le csv de mes publications mais je trouve pas lequel c'est",
        "le csv avec tous mes pouets, je l'ouvre avec quoi ?",
        "j'ai téléchargé le fichier csv de mes messages, comment je le relis ?",
    ],
)
def test_using_the_csv_of_posts_takes_it_for_granted(text: str) -> None:
    """Opening, reading or finding "the CSV with my posts", or saying one exported it:
    asked as if it exists, the claim is taken for granted (presupposed_by), the posts-CSV
    myth ("y a un csv avec mes pouets ?" asks whether)."""
    assert myths_of(text) == {"export_csv_of_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "je pourrai continuer à poster sur l'ancien de temps en temps ?",
        "je peux continuer de poster sur mon vieux compte de temps en temps ?",
        "je pourrai publier de temps en temps sur l'ancienne instance ?",
        "je peux poster sur l'ancien compte une fois migré ?",
    ],
)
def test_going_on_posting_from_the_old_account_keeps_both(text: str) -> None:
    """The member going on posting from the old account ("je peux continuer à poster sur
    l'ancien") is keep_both_accounts (LABELS), as "je pourrai encore poster" was."""
    assert subjects_of(text, "public") == {"keep_both_accounts"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("mes abonnements ils suivent ou faut tout refaire", "follows"),
        ("les comptes que je suis, ils passent tout seuls ou je dois les réimporter", "follows"),
        ("mes masqués partent avec moi ou il faut les remettre à la main", "mutes"),
        ("mon avatar il est copié ou je dois le remettre", "profile"),
    ],
)
def test_an_either_or_tail_asks_without_a_question_mark(text: str, subject: str) -> None:
    """ "… ou faut tout refaire", "… ou je dois les réimporter" with no "?": the member
    offers both ways and believes neither, a question about the subject (LABELS), not the
    claim its first half says (as es.toml's "o hay que", "o tengo que")."""
    assert subjects_of(text, "public") == {subject}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("on lance le déménagement comment", "public"),
        ("concrètement la migration je la démarre comment", "public"),
        ("du coup on démarre la migration comment", "dm"),
        ("le bouton pour déménager il est où", "public"),
        ("je veux lancer le move, c'est quel bouton", "public"),
        ("on démarre la migration, c quel bouton", "dm"),
    ],
)
def test_a_question_word_ending_the_message_asks(text: str, where: str) -> None:
    """ "on lance le déménagement comment" with no "?": a question word closing the message
    asks (walkthrough `asking_ending`), and so does a clause opening "c'est quel" / "c quel"
    (`asking`); the start named beside it is asked about (how to start the move: LABELS, a
    question), not an order to start the walkthrough."""
    assert subjects_of(text, where) == {"move"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("pourriez-vous me dire si le transfert de mes abonnés se passe bien ?", "followers"),
        ("le transfert de mes abonnés se déroule-t-il correctement ?", "dm"),
        ("je voulais savoir si la migration avance comme prévu", "dm"),
        ("est-ce que le déménagement se déroule sans souci de votre côté ?", "followers"),
    ],
)
def test_asking_formally_how_the_transfer_goes_is_progress(text: str, where: str) -> None:
    """ "le transfert de mes abonnés se déroule-t-il …", "la migration avance": how the
    member's own move is going, asked formally in a DM or at a step (LABELS: progress)."""
    assert command_of(text, where) == "progress"


@pytest.mark.parametrize(
    "text",
    [
        "je voudrais poursuivre la procédure interrompue hier",
        "Bonsoir, pourrions-nous poursuivre la démarche ?",
        "je souhaite reprendre ce que nous avions interrompu",
        "on peut poursuivre ?",
    ],
)
def test_going_on_formally_is_resume(text: str) -> None:
    """ "poursuivre", "ce que nous avions interrompu": going on where the walkthrough
    paused, said formally (LABELS: resume), as "continuer" and "reprendre" were."""
    assert command_of(text, "dm") == "resume"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "mis seguidos se pasan solos asi que no tengo que exportar nada?",
            "follows_move_automatically",
        ),
        (
            "mis bloqueos se copian solos entonces no hace falta exportarlos?",
            "blocks_move_automatically",
        ),
        (
            "el avatar se copia solo asi q no necesito subirlo otra vez?",
            "avatar_header_transferred",
        ),
        (
            "los silenciados se van conmigo o sea que no tengo que hacer nada?",
            "mutes_move_automatically",
        ),
    ],
)
def test_a_spanish_consequence_drawn_without_a_comma_states_the_claim(text: str, myth: str) -> None:
    """ "… solos asi que no tengo que …?", "… entonces no hace falta …?" with no comma: the
    consequence takes the claim for granted (LABELS), as with the comma (`confirming`)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "mis toots se pasan solos a la cuenta nueva no? porfa dime que si",
            "posts_move_automatically",
        ),
        ("los bloqueos se copian solos verdad? dime q si 🙏", "blocks_move_automatically"),
        ("mi lista de seguidos se copia sola, no? decime que si", "follows_move_automatically"),
        ("el banner se pasa solo no? diganme que si porfa", "avatar_header_transferred"),
    ],
)
def test_a_plea_for_a_yes_after_the_claim_states_it(text: str, myth: str) -> None:
    """ "…, no? porfa dime que sí": the plea asks the bot to confirm the sentence before it,
    which the member puts forward for a yes (LABELS: the myth), as a tag alone did
    (`sources_after`)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "where", "subject"),
    [
        ("los hashtags que sigo vienen en algun csv?", "export", "followed_hashtags"),
        ("y los hashtags q sigo estan en alguno de esos archivos?", "export", "followed_hashtags"),
        ("esto de mudarse es cosa de minutos o de semanas?", "public", "duration"),
        ("la mudanza es cosa de 5 minutos o de dias?", "public", "duration"),
    ],
)
def test_spanish_hashtags_in_a_csv_and_a_matter_of_minutes(
    text: str, where: str, subject: str
) -> None:
    """Whether the followed hashtags are in one of the CSVs asks about the hashtags (they
    can't be exported), not the Export page; "¿es cosa de minutos o de días?" asks how
    long it takes (duration)."""
    assert subjects_of(text, where) == {subject}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "meine Follow-Liste wird eh kopiert, also brauch ich keinen Export, oder?",
            "follows_move_automatically",
        ),
        ("die followliste kommt automatisch mit oder?", "follows_move_automatically"),
        (
            "listen kann man eh nicht mitnehmen oder? hab ich irgendwo gelesen",
            "lists_cannot_transfer",
        ),
        (
            "meine Blockierungen werden automatisch übernommen. hab ich gehört",
            "blocks_move_automatically",
        ),
        ("die Beiträge ziehen automatisch mit um, stimmt des?", "posts_move_automatically"),
        ("meine stummgeschalteten wandern mit, stimmt det?", "mutes_move_automatically"),
    ],
)
def test_german_claims_named_by_follow_list_sources_after_and_dialect_tags(
    text: str, myth: str
) -> None:
    """ "Follow-Liste" is the follows (as "Following-Liste" was, not the lists); a source
    named in a sentence after the claim ("… oder? hab ich irgendwo gelesen",
    `sources_after`) and a dialect tag ("stimmt des?", "stimmt det?") state the claim
    (LABELS: a myth put forward for a yes)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "wo ist die csv mit meinen posts? brauch die fuers backup",
        "hab die csv mit meinen beiträgen runtergeladen, wie mach ich die auf?",
        "in welcher csv sind meine posts?",
        "wo find ich die tabelle mit allen meinen toots?",
    ],
)
def test_german_asking_where_the_csv_of_posts_is_takes_it_for_granted(text: str) -> None:
    """Asking where the CSV with one's posts is, which one it is, or how to open it takes
    for granted that it exists (presupposed_by, as en/fr): the posts-CSV myth. "sind meine
    posts in einer der csv dateien?" asks whether, a question."""
    assert myths_of(text) == {"export_csv_of_posts"}
