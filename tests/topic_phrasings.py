"""Natural phrasings for the subjects added in issue 12, per locale: each must be reachable.

Written by hand for these tests (not taken from the held-out sets, which are never read
while tuning). Each subject has at least two phrasings per locale; the tests check that
each one is understood as a question about exactly that subject.
"""

from __future__ import annotations

NEW_SUBJECTS = (
    "notifications", "what_others_see", "choose_server", "username", "duration",
    "server_closing", "other_software", "followed_hashtags", "verified_links",
    "scheduled_drafts", "keep_both_accounts", "follower_count_lower", "move_back",
    "follow_limit", "sso_no_password", "whether_to_move", "website_vs_app",
    "old_account_mentions", "followers_only_posts", "private_notes", "external_links",
    "old_server_gone", "move_progress",
)  # fmt: skip

PHRASINGS: dict[str, dict[str, list[str]]] = {
    "en": {
        "notifications": [
            "will my followers get notified?",
            "will people I follow be notified?",
            "do my followers get a notification when I move",
        ],
        "what_others_see": [
            "what do my followers see?",
            "what will people see on my old profile",
            "how does it look to others after I move?",
        ],
        "choose_server": [
            "how do I pick a new server?",
            "which server should I join",
            "any good instance you'd recommend for my move?",
        ],
        "username": [
            "can I keep my username?",
            "will my handle change",
            "do I get the same username on the new server",
        ],
        "duration": [
            "how long does the whole move take?",
            "how soon after creating the alias can I move",
            "how long will it take to migrate everything",
        ],
        "server_closing": [
            "my server is shutting down, what do I do?",
            "our instance is closing next month, help",
            "admin says the server will close soon",
        ],
        "other_software": [
            "can I move to GoToSocial?",
            "moving from akkoma to mastodon, does that work",
            "does this work with misskey or pixelfed",
        ],
        "followed_hashtags": [
            "do followed hashtags move?",
            "what about the hashtags I follow",
            "can I export my followed hashtags",
        ],
        "verified_links": [
            "will I lose my verified links?",
            "what happens to the green check on my website link",
            "do I need to redo rel=me",
        ],
        "scheduled_drafts": [
            "what happens to my scheduled posts?",
            "do drafts move",
            "I have a few scheduled toots, will they carry over",
        ],
        "keep_both_accounts": [
            "can I keep using both accounts?",
            "is it possible to use both at the same time",
            "can I keep posting from the old one too after moving",
        ],
        "follower_count_lower": [
            "why is my follower count lower on the new account?",
            "I have fewer followers after moving, why",
            "the follower count dropped after the move",
        ],
        "move_back": [
            "can I move back later?",
            "what if I want to go back to my old server",
            "is moving back possible",
        ],
        "follow_limit": [
            "is there a limit on how many accounts I can follow?",
            "import stopped at 7500 follows",
            "what's the follow limit",
        ],
        "sso_no_password": [
            "I log in with SSO and have no password",
            "my account doesn't have a password, how do I move",
            "we use single sign on at work, what do I type for the password",
        ],
        "whether_to_move": [
            "should I move at all or just start fresh?",
            "is it worth moving with only 20 followers",
            "would a new account instead of moving be better",
        ],
        "website_vs_app": [
            "can I do the move in the app?",
            "I only use my phone, can I migrate from there",
            "do I need a browser for this or does Ivory work",
        ],
        "old_account_mentions": [
            "what about mentions to my old account?",
            "will people still reach me if they mention my old handle",
            "do DMs to the old account get forwarded",
        ],
        "followers_only_posts": [
            "what happens to my followers-only posts?",
            "do my private posts move",
            "my followers only toots, where do they go",
        ],
        "private_notes": [
            "do my private notes on people move?",
            "what happens to the notes I wrote on accounts",
            "can I export my personal notes",
        ],
        "external_links": [
            "do I need to update links on my website?",
            "what about the link in bio on my other profiles",
            "my email signature links to my old profile",
        ],
        "old_server_gone": [
            "my old server is already gone, can I still move?",
            "the instance went offline before I moved",
            "my old server died, what now",
        ],
        "move_progress": [
            "how is my move going?",
            "did the move work?",
            "how many of my followers have moved so far",
        ],
    },
}

# Questions the bot used to answer wrongly (issue 12), and what they are about.
WRONG_BEFORE: dict[str, list[tuple[str, list[str]]]] = {
    "en": [
        ("what do my followers see?", ["what_others_see"]),
        ("will my followers get notified?", ["notifications"]),
        ("will people I follow be notified?", ["notifications"]),
        ("how do I pick a new server?", ["choose_server"]),
        ("what does and doesn't move?", ["overview"]),
    ],
}
