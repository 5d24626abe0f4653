"""The walkthrough's steps in order and by their titles, for /admin, /metrics and `stats`."""

from __future__ import annotations


def step_order() -> list[str]:
    from bot.walkthrough import StepTable

    order = ["choose_direction"]
    for steps in StepTable.load().order.values():
        order.extend(s for s in steps if s not in order)
    return order


def step_title(step: str) -> str:
    """The step's title as the walkthrough names it (replies/walkthrough/en.toml)."""
    from bot.walkthrough import Words

    if step == "none":
        return "Not started"
    return Words.load("en").titles.get(step) or step.replace("_", " ").capitalize()
