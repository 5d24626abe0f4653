"""The tables' "not this myth" words (a myth's `unless`) bound the model's least sure myth
(bot/interpret.py: second_opinion.MYTH_OWN) only in a message of one sentence, where the
tables themselves would weigh them (bot/understand.py Lexicon.rules_out)."""

from bot.interpret import lexicon


def test_the_true_order_said_back_rules_the_old_account_alias_out() -> None:
    text = (
        "je crée l'alias sur le nouveau compte et je lance le déménagement sur l'ancien, c'est ça ?"
    )
    assert lexicon("fr").rules_out("alias_on_old_account", text)


def test_words_in_another_sentence_rule_nothing_out() -> None:
    """Bookmarks named in a sentence of their own leave the CSV myth stated in the last."""
    one = "the bookmarks csv has my posts in it?"
    three = "I see Follows, Lists, Bookmarks. Posts row has no download. Expected a CSV for posts?"
    assert lexicon("en").rules_out("export_csv_of_posts", one)
    assert not lexicon("en").rules_out("export_csv_of_posts", three)


def test_a_myth_without_unless_words_is_never_ruled_out() -> None:
    assert not lexicon("en").rules_out("no_such_myth", "anything at all")
