"""In-memory records of the fake server (what Mastodon keeps in Postgres and Redis)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.fake.server import FakeMastodon

VISIBILITIES = ("public", "unlisted", "private", "direct")
POLICY_KEYS = (
    "for_not_following",
    "for_not_followers",
    "for_new_accounts",
    "for_private_mentions",
    "for_limited_accounts",
    "for_bots",
)
POLICY_VALUES = ("accept", "filter", "drop")
DEFAULT_POLICY = {
    "for_not_following": "accept",
    "for_not_followers": "accept",
    "for_new_accounts": "accept",
    "for_private_mentions": "filter",
    "for_limited_accounts": "filter",
    "for_bots": "accept",
}
NOTIFICATION_TYPES = (
    "mention",
    "status",
    "reblog",
    "follow",
    "follow_request",
    "favourite",
    "poll",
    "update",
    "admin.sign_up",
    "admin.report",
    "severed_relationships",
    "moderation_warning",
    "quote",
    "quoted_update",
    "added_to_collection",
    "collection_update",
)
FILTERABLE_TYPES = {
    "mention",
    "reblog",
    "follow",
    "follow_request",
    "favourite",
    "quote",
    "added_to_collection",
}
# Mastodon's default roles and the permissions the fake checks (config/roles.yml,
# app/models/user_role.rb): the admin accounts API needs manage_users (AccountPolicy#index?).
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "": frozenset(),
    "Moderator": frozenset(
        {"view_dashboard", "view_audit_log", "manage_users", "manage_reports", "manage_taxonomies"}
    ),
    "Admin": frozenset(
        {
            "view_dashboard",
            "view_audit_log",
            "manage_users",
            "manage_reports",
            "manage_taxonomies",
            "manage_announcements",
            "manage_settings",
        }
    ),
    "Owner": frozenset({"administrator"}),
}
GROUPED_TYPES = {"favourite", "reblog", "follow", "admin.sign_up"}


class Changes:
    """How many times anything an account entity shows changed, on any fake in the process
    (a field of an account, a follow, a counted status, a server's URL): a listing built at
    one count is still what the server would answer while the count stays the same. One
    count for every fake, as a remote account reads its profile from its home server."""

    count = 0

    @classmethod
    def bump(cls) -> None:
        cls.count += 1


@dataclass(eq=False)
class Account:
    """An account row as one server knows it.

    `domain` is None for the server's own users. A remote account backed by another
    FakeMastodon keeps that server's record in `origin` and reads its profile from it live
    (federation in the fake is instant); a remote account without one ("detached") lives
    only here, with URLs under https://<domain>.
    """

    server: FakeMastodon = field(repr=False)
    id: str
    username: str
    domain: str | None
    created_at: datetime
    display_name: str = ""
    note: str = ""
    locked: bool = False
    bot: bool = False
    discoverable: bool = True
    indexable: bool = False
    group: bool = False
    staff: bool = False
    silenced: bool = False
    suspended: bool = False
    disabled: bool = False  # the user's login is disabled (admin "Freeze"); the account shows
    locale: str | None = None  # the user's interface language (admin API `locale`)
    role: str = ""  # "", "Moderator", "Admin" or "Owner" (ROLE_PERMISSIONS)
    deleted: bool = False
    numeric_ap_id: bool = False
    # "Hide your social graph": the API lists no followers, the AP collection only its size.
    hide_collections: bool = False
    also_known_as: list[str] = field(default_factory=list)
    moved_to: Account | None = field(default=None, repr=False)
    origin: Account | None = field(default=None, repr=False)

    @property
    def local(self) -> bool:
        return self.domain is None

    @property
    def home(self) -> Account:
        """The record on the account's own server (itself for local/detached accounts)."""
        return self.origin if self.origin is not None else self

    @property
    def acct(self) -> str:
        return self.username if self.domain is None else f"{self.username}@{self.domain}"

    @property
    def url(self) -> str:
        return self.server.account_url(self)

    @property
    def uri(self) -> str:
        return self.server.account_uri(self)

    def json(self) -> dict[str, Any]:
        """The REST Account entity as its server serialises it."""
        return self.server.serialize_account(self)

    def __getitem__(self, key: str) -> Any:
        return self.json()[key]

    def __setattr__(self, name: str, value: Any) -> None:
        """Any field set (by the fake or straight by a test) is a change a listing shows."""
        object.__setattr__(self, name, value)
        Changes.bump()


@dataclass(eq=False)
class Status:
    id: str
    account: Account
    text: str
    visibility: str
    created_at: datetime
    spoiler_text: str = ""
    sensitive: bool = False
    language: str | None = "en"
    in_reply_to: Status | None = None
    in_reply_to_id: str | None = None
    in_reply_to_account_id: str | None = None
    mentions: list[Account] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    application: dict[str, Any] | None = None
    edited_at: datetime | None = None
    deleted: bool = False
    origin: Status | None = field(default=None, repr=False)
    home_recipients: set[str] = field(default_factory=set)
    copies: list[tuple[FakeMastodon, Status]] = field(default_factory=list, repr=False)


@dataclass(eq=False)
class Notification:
    id: int
    type: str
    created_at: datetime
    recipient: Account
    from_account: Account
    status: Status | None = None
    filtered: bool = False
    group_key: str = ""


@dataclass(eq=False)
class NotificationRequest:
    id: str
    recipient: Account
    from_account: Account
    created_at: datetime
    updated_at: datetime
    last_status: Status | None = None


@dataclass(eq=False)
class App:
    id: str
    name: str
    website: str | None
    redirect_uris: list[str]
    scopes: list[str]
    client_id: str
    client_secret: str


@dataclass(eq=False)
class Token:
    token: str
    account: Account | None
    app: App | None
    scopes: set[str]
    created_at: datetime
    revoked: bool = False
    scope: str = ""  # as granted, in request order (the token response's "scope")


@dataclass(eq=False)
class AuthCode:
    code: str
    app: App
    account: Account
    scopes: list[str]
    redirect_uri: str
    expires_at: float
    used: bool = False
