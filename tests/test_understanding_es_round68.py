"""Spanish classes of session 36 (learn36fres), chosen on the tuning halves of rounds 58-67
(read by the tables alone) and checked on rounds 16-56. The phrasings are the tuner's own;
none is a row of the question sets. Each class failed with the phrase tables alone
(BOT_SECOND_OPINION=off) before its fix."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, myths_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("regresa pa atrás un paso porfa", "export"),
        ("andá pa atrás che", "import"),
        ("échate pa tras un paso", "profile"),
        ("un pasito pa atrás porfa", "import"),
        ("nde, volvé pa atrás", "alias"),
    ],
)
def test_going_back_pa_atras_is_back(text: str, where: str) -> None:
    """ "pa atrás", "pa' tras", "un pasito": "para atrás" as spoken (Andean, Central
    American, Paraguayan), with voseo ("andá", "volvé")."""
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("me salgo de aquí, esta es la vieja", "away"),
        ("me retiro de esta instancia", "away"),
        ("ya me largo de este servidor, la vieja es esta", "away"),
        ("Abandono este servidor para instalarme en uno distinto.", "away"),
        ("llegué acá la semana pasada, mi cuenta vieja está en otro lado", "here"),
        ("recién llegué, mi cuenta vieja está en otro server", "here"),
    ],
)
def test_leaving_or_arriving_in_other_words(text: str, command: str) -> None:
    """At choose_direction: "me salgo", "me retiro", "me largo", "esta es la vieja" leave;
    "llegué acá", "recién llegué", "mi cuenta vieja está en otro lado" arrive."""
    assert command_of(text, "choose_direction") == command


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Por favor respóndame en francés, lo leo mejor", "language:fr"),
        ("contésteme en inglés por favor, mi español es de una aplicación", "language:en"),
        ("escríbame en alemán, se lo agradezco", "language:de"),
        ("hábleme en francés, uso un traductor", "language:fr"),
    ],
)
def test_a_language_asked_for_with_usted(text: str, command: str) -> None:
    """The usted forms of the verbs of speaking ("respóndame", "contésteme", "escríbame",
    "hábleme"), a reason after them (a translating app) naming no question."""
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("aguyjevete", "thanks"),
        ("gracias mae, pura vida", "thanks"),
        ("dios se lo pague joven", "thanks"),
        ("mba'éichapa", "greeting"),
        ("qué pedo carnal", "greeting"),
        ("imaynalla", "greeting"),
    ],
)
def test_greetings_and_thanks_of_paraguay_costa_rica_and_the_andes(text: str, kind: str) -> None:
    """Guaraní "aguyje", "mba'éichapa", Costa Rican "pura vida", Chicano "carnal", Quechua "imaynalla",
    "Dios se lo pague": thanks and greetings, answered in Spanish."""
    locale, got = first_contact({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == kind, got
    assert locale == "es"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "mi primo dice que los toots se pasan solos a la cuenta nueva, ¿verdá?",
            "posts_move_automatically",
        ),
        ("dizque el nombre y la bio se copian solos, ta?", "name_bio_copied"),
        ("¿verdad que los bloqueos se pasan solitos?", "blocks_move_automatically"),
        (
            "o sea que mis posts aparecen en la nueva cuenta cuando termine, cierto po?",
            "posts_move_automatically",
        ),
        ("hay que descargar el zip en 2 días o se pierde, verdá?", "download_within_48_hours"),
    ],
)
def test_a_claim_someone_makes_put_forward_is_the_myth(text: str, myth: str) -> None:
    """ "dice que", "dizque", "¿verdad que …?", a tag of Andalusia or Extremadura
    ("¿verdá?"), Uruguay ("ta?") or Chile ("cierto po?"): the claim put forward for a yes
    (LABELS: the myth); posts that "aparecen en la nueva" are posts moving."""
    assert myths_of(text) == {myth}
