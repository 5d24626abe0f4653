"""JSON shapes of Mastodon 4.6 entities, key order as ActiveModelSerializers emits them.

Older `version`s drop the fields that did not exist yet (see the wire-format notes), so a
fake started with version="4.3.0" answers like a 4.3 server.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.clock import iso
from bot.fake.models import (
    DEFAULT_POLICY,
    POLICY_KEYS,
    Account,
    App,
    Notification,
    NotificationRequest,
    Status,
)

if TYPE_CHECKING:
    from bot.fake.server import FakeMastodon

# --- encodings ------------------------------------------------------------------------------


def rails_json(data: Any) -> bytes:
    """`render json:` bytes: compact, UTF-8, with <, > and & as \\u003c, \\u003e, \\u0026."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return text.encode("utf-8")


def node_json(data: Any) -> str:
    """JSON.stringify as the streaming server emits it (no HTML escaping)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _midnight(when: datetime) -> datetime:
    return when.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


# --- accounts -------------------------------------------------------------------------------


def account_json(
    srv: FakeMastodon, a: Account, *, nested: bool = False, credential: bool = False
) -> dict[str, Any]:
    home = a.home
    v46 = srv.version_tuple >= (4, 6)
    missing_avatar = f"{srv.base_url}/avatars/original/missing.png"
    missing_header = f"{srv.base_url}/headers/original/missing.png"
    last_status = srv.last_status_at(a)
    d: dict[str, Any] = {
        "id": a.id,
        "username": a.username,
        "acct": a.acct,
        "display_name": home.display_name,
        "locked": home.locked,
        "bot": home.bot,
        "discoverable": home.discoverable,
        "indexable": home.indexable,
        "group": home.group,
        "created_at": iso(_midnight(home.created_at)),
        "note": srv.note_html(a),
        "url": a.url,
        "uri": a.uri,
        "avatar": missing_avatar,
        "avatar_static": missing_avatar,
    }
    if v46:
        d["avatar_description"] = ""
    d["header"] = missing_header
    d["header_static"] = missing_header
    if v46:
        d["header_description"] = ""
    d["followers_count"] = srv.followers_count(a)
    d["following_count"] = srv.following_count(a)
    d["statuses_count"] = srv.statuses_count(a)
    d["last_status_at"] = last_status.strftime("%Y-%m-%d") if last_status else None
    d["hide_collections"] = home.hide_collections
    if v46:
        d["show_media"] = True
        d["show_media_replies"] = True
        d["show_featured"] = True
    if a.local:
        d["noindex"] = False
    if v46:
        if a.local:
            d["feature_approval"] = {
                "automatic": ["public"],
                "manual": [],
                "current_user": "automatic",
            }
        else:
            d["feature_approval"] = {"automatic": [], "manual": [], "current_user": "missing"}
    if a.silenced:
        d["limited"] = True
    if home.suspended:
        # REST::AccountSerializer blanks a suspended account's profile and says so.
        d["display_name"] = ""
        d["note"] = ""
        d["suspended"] = True
    if credential:
        d["source"] = {
            "privacy": "public",
            "sensitive": False,
            "language": None,
            "note": a.note,
            "fields": [],
            "follow_requests_count": srv.follow_requests_count(a),
            "hide_collections": False,
            "discoverable": a.discoverable,
            "indexable": a.indexable,
            "attribution_domains": [],
        }
        if srv.version_tuple >= (4, 5):
            d["source"]["quote_policy"] = "public"
        d["role"] = {
            "id": "-99",
            "name": "",
            "permissions": "0",
            "color": "",
            "highlighted": False,
        }
    moved = srv.moved_account(a)
    if moved is not None and not nested:
        d["moved"] = account_json(srv, moved, nested=True)
    d["emojis"] = []
    if a.local:
        d["roles"] = []
    d["fields"] = []
    return d


def admin_account_json(srv: FakeMastodon, a: Account) -> dict[str, Any]:
    """REST::Admin::AccountSerializer: the user's side (login, role, locale) around the
    public account. `suspended` and `disabled` are separate: status=active lists both
    usable and disabled accounts (AccountFilter: active = without_suspended)."""
    role = a.role or ""
    return {
        "id": a.id,
        "username": a.username,
        "domain": a.domain,
        "created_at": iso(a.created_at),
        "email": f"{a.username}@mail.{srv.domain}" if a.local else None,
        "ip": None,
        "confirmed": True,
        "suspended": a.suspended,
        "silenced": a.silenced,
        "sensitized": False,
        "disabled": a.disabled,
        "approved": True,
        "locale": a.locale,
        "invite_request": None,
        "ips": [],
        "account": account_json(srv, a),
        "role": {
            "id": {"Moderator": "1", "Admin": "2", "Owner": "3"}.get(role, "-99"),
            "name": role,
            "permissions": "0",
            "color": "",
            "highlighted": bool(role),
        },
    }


def mention_json(a: Account) -> dict[str, Any]:
    return {"id": a.id, "username": a.username, "url": a.url, "acct": a.acct}


# --- statuses -------------------------------------------------------------------------------


def status_json(
    srv: FakeMastodon, s: Status, viewer: Account | None, *, source: bool = False
) -> dict[str, Any]:
    v = srv.version_tuple
    d: dict[str, Any] = {
        "id": s.id,
        "created_at": iso(s.created_at),
        "in_reply_to_id": s.in_reply_to_id,
        "in_reply_to_account_id": s.in_reply_to_account_id,
        "sensitive": s.sensitive,
        "spoiler_text": s.spoiler_text,
        "visibility": s.visibility,
        "language": s.language,
        "uri": srv.status_uri(s),
        "url": srv.status_url(s),
        "replies_count": srv.replies_count(s),
        "reblogs_count": 0,
        "favourites_count": 0,
    }
    if not s.visibility:  # a server that speaks Mastodon's API but leaves it out
        del d["visibility"]
    if v >= (4, 5):
        d["quotes_count"] = 0
    d["edited_at"] = iso(s.edited_at) if s.edited_at else None
    if viewer is not None:
        d["favourited"] = False
        d["reblogged"] = False
        d["muted"] = False
        d["bookmarked"] = False
        if viewer is s.account and s.visibility in ("public", "unlisted", "private"):
            d["pinned"] = False
    if source:
        d["text"] = s.text
    else:
        d["content"] = srv.content_html(s)
    if viewer is not None:
        d["filtered"] = []
    d["reblog"] = None
    if s.account.local and s.application is not None:
        d["application"] = dict(s.application)
    d["account"] = account_json(srv, s.account)
    d["media_attachments"] = []
    d["mentions"] = [mention_json(m) for m in s.mentions]
    d["tags"] = [{"name": t, "url": f"{srv.base_url}/tags/{t.lower()}"} for t in s.tags]
    d["emojis"] = []
    if v >= (4, 6):
        d["tagged_collections"] = []
    if v >= (4, 4):
        d["quote"] = None
    d["card"] = None
    d["poll"] = None
    if v >= (4, 5):
        if s.visibility in ("public", "unlisted"):
            d["quote_approval"] = {
                "automatic": ["public"],
                "manual": [],
                "current_user": "automatic" if viewer is not None else "unknown",
            }
        else:
            d["quote_approval"] = {"automatic": [], "manual": [], "current_user": "denied"}
    return d


# --- notifications --------------------------------------------------------------------------


def notification_json(srv: FakeMastodon, n: Notification) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": srv.wire_notification_id(n.id),
        "type": n.type,
        "created_at": iso(n.created_at),
        "group_key": n.group_key,
    }
    if n.filtered:
        d["filtered"] = True
    d["account"] = account_json(srv, n.from_account)
    if n.status is not None:
        d["status"] = status_json(srv, n.status, n.recipient)
    if srv.status_shape == "sparse":
        _sparse(d, n.status)
    return d


def _sparse(d: dict[str, Any], s: Status | None) -> None:
    """A notification as servers that speak Mastodon's API more loosely write it: no
    `account.bot`, no `language` or `application`, mentions' `acct` without the host, the
    content as the plain text written (no <p>, no mention links), `in_reply_to_id` a number."""
    d["account"].pop("bot", None)
    status = d.get("status")
    if status is None or s is None:
        return
    status["account"].pop("bot", None)
    status.pop("language", None)
    status.pop("application", None)
    status["content"] = s.text
    for mention in status["mentions"]:
        mention["acct"] = mention["username"]
    if str(status.get("in_reply_to_id") or "").isdigit():
        status["in_reply_to_id"] = int(status["in_reply_to_id"])


def policy_json(srv: FakeMastodon, account: Account) -> dict[str, Any]:
    policy = srv.policy_for(account)
    keys = POLICY_KEYS if srv.version_tuple >= (4, 6) else POLICY_KEYS[:-1]
    d: dict[str, Any] = {k: policy.get(k, DEFAULT_POLICY[k]) for k in keys}
    requests = srv.requests_for(account)
    pending = sum(srv.request_notifications_count(r) for r in requests)
    d["summary"] = {
        "pending_requests_count": min(len(requests), 100),
        "pending_notifications_count": min(pending, 100),
    }
    return d


def request_json(srv: FakeMastodon, r: NotificationRequest) -> dict[str, Any]:
    return {
        "id": r.id,
        "created_at": iso(r.created_at),
        "updated_at": iso(r.updated_at),
        "notifications_count": str(srv.request_notifications_count(r)),
        "account": account_json(srv, r.from_account),
        "last_status": status_json(srv, r.last_status, r.recipient) if r.last_status else None,
    }


def relationship_json(srv: FakeMastodon, me: Account, other: Account) -> dict[str, Any]:
    return {
        "id": other.id,
        "following": srv.is_following(me, other),
        "showing_reblogs": srv.is_following(me, other),
        "notifying": False,
        "languages": None,
        "followed_by": srv.is_following(other, me),
        "blocking": False,
        "blocked_by": False,
        "muting": False,
        "muting_notifications": False,
        "requested": srv.has_follow_request(me, other),
        "requested_by": srv.has_follow_request(other, me),
        "domain_blocking": False,
        "endorsed": False,
        "note": "",
    }


# --- apps -----------------------------------------------------------------------------------


def app_json(app: App, *, credentials: bool) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": app.id,
        "name": app.name,
        "website": app.website,
        "scopes": list(app.scopes),
        "redirect_uri": "\n".join(app.redirect_uris),
        "redirect_uris": list(app.redirect_uris),
        "vapid_key": "BFakeVapidKeyForTheFakeMastodonServer0000000000000000000000000000000000000000000000000=",
    }
    if credentials:
        d["client_id"] = app.client_id
        d["client_secret"] = app.client_secret
        d["client_secret_expires_at"] = 0
    return d


# --- federation documents -------------------------------------------------------------------

_PUBLIC_KEY_PEM = (
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu3LzFAKEFAKEFAKEFAKEFAKEFAKE\n"
    "-----END PUBLIC KEY-----\n"
)


def actor_json(srv: FakeMastodon, a: Account) -> dict[str, Any]:
    v46 = srv.version_tuple >= (4, 6)
    uri = a.uri
    terms: dict[str, Any] = {
        "manuallyApprovesFollowers": "as:manuallyApprovesFollowers",
        "toot": "http://joinmastodon.org/ns#",
        "featured": {"@id": "toot:featured", "@type": "@id"},
        "featuredTags": {"@id": "toot:featuredTags", "@type": "@id"},
        "alsoKnownAs": {"@id": "as:alsoKnownAs", "@type": "@id"},
        "movedTo": {"@id": "as:movedTo", "@type": "@id"},
        "schema": "http://schema.org#",
        "PropertyValue": "schema:PropertyValue",
        "value": "schema:value",
        "discoverable": "toot:discoverable",
        "suspended": "toot:suspended",
        "memorial": "toot:memorial",
        "indexable": "toot:indexable",
    }
    if v46:
        terms["attributionDomains"] = {"@id": "toot:attributionDomains", "@container": "@set"}
        terms.update(
            {
                "showFeatured": "toot:showFeatured",
                "showMedia": "toot:showMedia",
                "showRepliesInMedia": "toot:showRepliesInMedia",
                "gts": "https://gotosocial.org/ns#",
                "interactionPolicy": {"@id": "gts:interactionPolicy", "@type": "@id"},
                "canFeature": {"@id": "gts:canFeature", "@type": "@id"},
                "canQuote": {"@id": "gts:canQuote", "@type": "@id"},
                "automaticApproval": {"@id": "gts:automaticApproval", "@type": "@id"},
                "manualApproval": {"@id": "gts:manualApproval", "@type": "@id"},
            }
        )
    else:
        terms["attributionDomains"] = {"@id": "toot:attributionDomains", "@type": "@id"}
    context: list[Any] = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"]
    if v46:
        context.append("https://purl.archive.org/socialweb/webfinger")
    context.append(terms)
    d: dict[str, Any] = {"@context": context, "id": uri}
    if v46:
        d["webfinger"] = f"{a.username}@{srv.domain}"
    if a.bot:
        kind = "Service"
    elif a.group:
        kind = "Group"
    else:
        kind = "Person"
    d.update(
        {
            "type": kind,
            "following": f"{uri}/following",
            "followers": f"{uri}/followers",
            "inbox": f"{uri}/inbox",
            "outbox": f"{uri}/outbox",
            "featured": f"{uri}/collections/featured",
            "featuredTags": f"{uri}/collections/tags",
            "preferredUsername": a.username,
            "name": a.display_name,
            "summary": srv.note_html(a),
            "url": a.url,
            "manuallyApprovesFollowers": a.locked,
            "discoverable": a.discoverable,
            "indexable": a.indexable,
            "published": _midnight(a.created_at).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "memorial": False,
        }
    )
    if v46:
        d["showFeatured"] = True
        d["showMedia"] = True
        d["showRepliesInMedia"] = True
        d["interactionPolicy"] = {
            "canFeature": {"automaticApproval": ["https://www.w3.org/ns/activitystreams#Public"]}
        }
        d["featuredCollections"] = f"{uri}/featured_collections"
    moved = srv.moved_account(a)
    if moved is not None:
        d["movedTo"] = moved.uri
    if a.also_known_as:
        d["alsoKnownAs"] = list(a.also_known_as)
    d["publicKey"] = {"id": f"{uri}#main-key", "owner": uri, "publicKeyPem": _PUBLIC_KEY_PEM}
    d["tag"] = []
    d["attachment"] = []
    d["endpoints"] = {"sharedInbox": f"{srv.base_url}/inbox"}
    return d


def webfinger_json(srv: FakeMastodon, a: Account) -> dict[str, Any]:
    links: list[dict[str, Any]] = [
        {"rel": "http://webfinger.net/rel/profile-page", "type": "text/html", "href": a.url},
        {"rel": "self", "type": "application/activity+json", "href": a.uri},
        {
            "rel": "http://ostatus.org/schema/1.0/subscribe",
            "template": f"{srv.base_url}/authorize_interaction?uri={{uri}}",
        },
    ]
    if srv.version_tuple >= (4, 6):
        links.append(
            {
                "rel": "https://w3id.org/fep/3b86/Create",
                "template": f"{srv.base_url}/share?text={{content}}",
            }
        )
        links.append(
            {
                "rel": "https://w3id.org/fep/3b86/Object",
                "template": f"{srv.base_url}/authorize_interaction?uri={{object}}",
            }
        )
    return {
        "subject": f"acct:{a.username}@{srv.domain}",
        "aliases": [a.url, a.uri],
        "links": links,
    }


def api_version_for(version: tuple[int, ...]) -> int:
    if version >= (4, 7):
        return 11
    if version >= (4, 6):
        return 10
    if version >= (4, 5):
        return 7
    if version >= (4, 4):
        return 6
    return 2


def streaming_url(base_url: str) -> str:
    if base_url.startswith("https://"):
        return "wss://" + base_url[len("https://") :]
    if base_url.startswith("http://"):
        return "ws://" + base_url[len("http://") :]
    return base_url


def instance_v2_json(srv: FakeMastodon) -> dict[str, Any]:
    v = srv.version_tuple
    urls: dict[str, Any] = {"streaming": streaming_url(srv.base_url), "status": None}
    if v >= (4, 4):
        urls["about"] = f"{srv.base_url}/about"
        urls["privacy_policy"] = f"{srv.base_url}/privacy-policy"
        urls["terms_of_service"] = None
    configuration: dict[str, Any] = {
        "urls": urls,
        "vapid": {"public_key": "BFakeVapidKey="},
        "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
        "statuses": {
            "max_characters": srv.max_characters,
            "max_media_attachments": 4,
            "characters_reserved_per_url": 23,
        },
        "media_attachments": {
            "supported_mime_types": ["image/jpeg", "image/png", "image/gif", "image/webp"],
            "description_limit": 1500,
            "image_size_limit": 16777216,
            "image_matrix_limit": 33177600,
            "video_size_limit": 103809024,
            "video_frame_rate_limit": 120,
            "video_matrix_limit": 8294400,
        },
        "polls": {
            "max_options": 4,
            "max_characters_per_option": 50,
            "min_expiration": 300,
            "max_expiration": 2629746,
        },
        "translation": {"enabled": False},
    }
    if v >= (4, 5):
        configuration["timelines_access"] = {
            "live_feeds": {"local": "public", "remote": "public"},
            "hashtag_feeds": {"local": "public", "remote": "public"},
            "trending_link_feeds": {"local": "public", "remote": "public"},
        }
        configuration["limited_federation"] = False
    d: dict[str, Any] = {
        "domain": srv.domain,
        "title": srv.title,
        "version": srv.version,
        "source_url": "https://github.com/mastodon/mastodon",
        "description": "A fake Mastodon server for tests.",
        "usage": {"users": {"active_month": srv.local_user_count()}},
        "thumbnail": {"url": f"{srv.base_url}/packs/media/images/preview.png"},
        "icon": [],
        "languages": ["en"],
        "configuration": configuration,
        "registrations": {
            "enabled": False,
            "approval_required": False,
            "message": None,
            "url": None,
        },
        "api_versions": {"mastodon": api_version_for(v)},
        "contact": {"email": f"admin@{srv.domain}", "account": None},
        "rules": [],
    }
    return d


def instance_v1_json(srv: FakeMastodon) -> dict[str, Any]:
    return {
        "uri": srv.domain,
        "title": srv.title,
        "short_description": "",
        "description": "A fake Mastodon server for tests.",
        "email": f"admin@{srv.domain}",
        "version": srv.version,
        "urls": {"streaming_api": streaming_url(srv.base_url)},
        "stats": {
            "user_count": srv.local_user_count(),
            "status_count": srv.local_status_count(),
            "domain_count": len(srv.known_domains()),
        },
        "thumbnail": f"{srv.base_url}/packs/media/images/preview.png",
        "languages": ["en"],
        "registrations": False,
        "approval_required": False,
        "invites_enabled": False,
        "configuration": {
            "accounts": {"max_featured_tags": 10},
            "statuses": {
                "max_characters": srv.max_characters,
                "max_media_attachments": 4,
                "characters_reserved_per_url": 23,
            },
        },
        "contact_account": None,
        "rules": [],
    }
