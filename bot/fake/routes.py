"""HTTP face of FakeMastodon: REST API, SSE streaming, OAuth, WebFinger and actors.

Routing is done here rather than with aiohttp's router because Rails accepts a trailing
slash on every route (Mastodon.py asks for `/api/v1/instance/`) and because throttling,
X-RateLimit headers and the Date header must wrap every API answer the same way.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import re
from collections.abc import Awaitable, Callable
from datetime import timedelta
from email.utils import formatdate
from typing import Any
from urllib.parse import quote_plus, urlencode, urlsplit

from aiohttp import web

from bot.fake import serializers as ser
from bot.fake.html import escape, split_acct
from bot.fake.limits import ThrottleHit, iso6, reset_as, reset_iso
from bot.fake.models import POLICY_KEYS, POLICY_VALUES, Account, Status, Token
from bot.fake.server import (
    OOB,
    VALID_SCOPES,
    FakeMastodon,
    ValidationError,
    parse_scopes,
)
from bot.fake.streaming import ABORT, CLOSE, Stream

JSON = "application/json; charset=utf-8"
INVALID_TOKEN = "The access token is invalid"
REVOKED_TOKEN = "The access token was revoked"
OUT_OF_SCOPE = "This action is outside the authorized scopes"
NEEDS_USER = "This method requires an authenticated user"
NOT_FOUND = "Record not found"
REPLY_MISSING = "The post you are trying to reply to does not appear to exist."
NOT_ALLOWED = "This action is not allowed"
INVALID_GRANT = (
    "The provided authorization grant is invalid, expired, revoked, does not match the "
    "redirection URI used in the authorization request, or was issued to another client."
)
INVALID_CLIENT = (
    "Client authentication failed due to unknown client, no client authentication included, "
    "or unsupported authentication method."
)
_FALSE = {"0", "f", "F", "false", "FALSE", "off", "OFF"}
_PAGING_KEYS = ("page", "min_id", "max_id", "since_id")
_PROXY_429 = (
    b"<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n<center>"
    b"<h1>429 Too Many Requests</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n"
    b"</html>\r\n"
)
# A server in maintenance (GoToSocial's maintenance mode: its HTML page, 503, Retry-After).
_MAINTENANCE = (
    "<!DOCTYPE html><html><head><title>Maintenance in progress</title></head><body>"
    "<p>This server is in maintenance. Please try again later.</p></body></html>"
)
_ERROR_PAGES = {
    500: (
        "text/html; charset=utf-8",
        "<!DOCTYPE html>\n<html><head><title>We're sorry, but something went wrong (500)"
        "</title></head><body><p>We're sorry, but something went wrong.</p></body></html>\n",
    ),
    502: (
        "text/html",
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>"
        "502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
    ),
    503: (
        JSON,
        '{"error":"There was a temporary problem serving your request, please try again"}',
    ),
    504: (
        "text/html",
        "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>"
        "504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n"
        "</html>\r\n",
    ),
}


class ApiError(Exception):
    """An error answer; raised anywhere in a handler, rendered by the dispatcher."""

    def __init__(
        self,
        status: int,
        body: dict[str, Any] | bytes | str | None,
        *,
        content_type: str = JSON,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.content_type = content_type
        self.headers = headers or {}

    def response(self) -> web.Response:
        if isinstance(self.body, dict):
            body = ser.rails_json(self.body)
        elif isinstance(self.body, str):
            body = self.body.encode()
        else:
            body = self.body or b""
        headers = dict(self.headers)
        if body:
            headers["Content-Type"] = self.content_type
        return web.Response(status=self.status, body=body, headers=headers)


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    return web.Response(
        status=status,
        body=ser.rails_json(data),
        headers={"Content-Type": JSON, **(headers or {})},
    )


def redirect(location: str) -> web.Response:
    return web.Response(status=302, headers={"Location": location})


def truthy(value: Any) -> bool | None:
    """ActiveModel::Type::Boolean: '' is nil, a short list is false, anything else true."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    return str(value) not in _FALSE


class Params:
    """Rails-style params merged from the query string and a form or JSON body."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        self.pairs = pairs

    def getall(self, name: str) -> list[Any]:
        out: list[Any] = []
        for key, value in self.pairs:
            if key in (name, f"{name}[]"):
                out.extend(value if isinstance(value, list) else [value])
        return out

    def get(self, name: str) -> Any:
        values = self.getall(name)
        return values[0] if values else None

    def str(self, name: str) -> str | None:
        value = self.get(name)
        return None if value is None else str(value)

    def has(self, name: str) -> bool:
        return any(key in (name, f"{name}[]") for key, _ in self.pairs)

    def bool(self, name: str) -> bool | None:
        return truthy(self.get(name))


def bearer(request: web.Request) -> str | None:
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return request.query.get("access_token") or None


def to_query(pairs: list[tuple[str, Any]]) -> str:
    """Hash#to_query: one group per key (arrays as key[]), groups sorted."""
    groups: dict[str, list[str]] = {}
    for key, value in pairs:
        if isinstance(value, list):
            groups[key] = [f"{quote_plus(key + '[]')}={quote_plus(str(v))}" for v in value]
        else:
            groups[key] = [f"{quote_plus(key)}={quote_plus(str(value))}"]
    return "&".join(sorted("&".join(g) for g in groups.values()))


def limit_param(params: Params, default: int) -> int:
    raw = params.get("limit")
    if raw is None:
        return default
    try:
        value = abs(int(str(raw).strip() or "0"))
    except ValueError:
        value = 0
    return min(value, default * 2)


def _written_id(params: Params, name: str, number: Callable[[str], int | None]) -> int | None:
    raw = params.str(name)
    if raw is None or raw.strip() == "":
        return None
    return number(raw.strip()) or 0


def _id_param(params: Params, name: str) -> int | None:
    raw = params.str(name)
    if raw is None or raw.strip() == "":
        return None
    try:
        return int(raw)
    except ValueError:
        return 0


def paginate(
    items: list[Any],
    key: Callable[[Any], int],
    limit: int,
    params: Params,
    number: Callable[[str], int | None] | None = None,
) -> list[Any]:
    """Paginable#paginate_by_id: newest first; min_id gives the page right above the cursor.
    `number` reads an id param the server wrote its own way (unknown: 0)."""
    max_id, since_id, min_id = (
        _id_param(params, n) if number is None else _written_id(params, n, number)
        for n in ("max_id", "since_id", "min_id")
    )
    ordered = sorted(items, key=key)
    if min_id is not None:
        page = [i for i in ordered if key(i) > min_id and (max_id is None or key(i) < max_id)]
        return list(reversed(page[:limit]))
    page = [
        i
        for i in reversed(ordered)
        if (max_id is None or key(i) < max_id) and (since_id is None or key(i) > since_id)
    ]
    return page[:limit]


FAKE_KEY: web.AppKey[FakeMastodon] = web.AppKey("fake_mastodon", FakeMastodon)
RL_HITS: web.RequestKey[list[ThrottleHit]] = web.RequestKey("rl_hits", list)
STATUSES_RL: web.RequestKey[tuple[int, int, str]] = web.RequestKey("statuses_rl", tuple)
Handler = Callable[..., Awaitable[web.StreamResponse]]


class Routes:
    def __init__(self, fake: FakeMastodon) -> None:
        self.fake = fake
        self.table: list[tuple[str, re.Pattern[str], Handler]] = []
        r = self.add
        r("GET", "/api/v1/instance", self.instance_v1)
        r("GET", "/api/v1/instance/domain_blocks", self.instance_domain_blocks)
        r("GET", "/api/v2/instance", self.instance_v2)
        r("GET", "/.well-known/webfinger", self.webfinger)
        r("GET", "/.well-known/oauth-authorization-server", self.oauth_metadata)
        r("GET", "/.well-known/nodeinfo", self.nodeinfo_links)
        r("GET", "/nodeinfo/2.0", self.nodeinfo)
        r("POST", "/api/v1/apps", self.create_app)
        r("GET", "/api/v1/apps/verify_credentials", self.app_credentials)
        r("GET", "/oauth/authorize", self.oauth_authorize)
        r("POST", "/oauth/token", self.oauth_token)
        r("POST", "/oauth/revoke", self.oauth_revoke)
        r("GET", "/api/v1/accounts/verify_credentials", self.verify_credentials)
        r("PATCH", "/api/v1/accounts/update_credentials", self.update_credentials)
        r("GET", "/api/v1/accounts/lookup", self.lookup)
        r("GET", "/api/v1/accounts/relationships", self.relationships)
        r("GET", "/api/v1/accounts/{id}", self.get_account)
        r("GET", "/api/v1/accounts/{id}/followers", self.account_followers)
        r("GET", "/api/v1/accounts/{id}/statuses", self.account_statuses)
        r("GET", "/api/v2/admin/accounts", self.admin_accounts)
        r("POST", "/api/v1/accounts/{id}/follow", self.follow)
        r("POST", "/api/v1/accounts/{id}/unfollow", self.unfollow)
        r("GET", "/api/v2/search", self.search)
        r("GET", "/api/v1/notifications", self.notifications)
        r("POST", "/api/v1/notifications/clear", self.clear_notifications)
        r("GET", "/api/v1/notifications/requests", self.requests_index)
        r("GET", "/api/v1/notifications/requests/merged", self.requests_merged)
        r("POST", "/api/v1/notifications/requests/accept", self.requests_accept_bulk)
        r("POST", "/api/v1/notifications/requests/dismiss", self.requests_dismiss_bulk)
        r("GET", "/api/v1/notifications/requests/{id}", self.request_show)
        r("POST", "/api/v1/notifications/requests/{id}/accept", self.request_accept)
        r("POST", "/api/v1/notifications/requests/{id}/dismiss", self.request_dismiss)
        r("GET", "/api/v1/notifications/{id}", self.notification_show)
        r("POST", "/api/v1/notifications/{id}/dismiss", self.notification_dismiss)
        r("GET", "/api/v2/notifications/policy", self.policy_show)
        r("PATCH", "/api/v2/notifications/policy", self.policy_update)
        r("PUT", "/api/v2/notifications/policy", self.policy_update)
        r("POST", "/api/v1/statuses", self.create_status)
        r("GET", "/api/v1/statuses/{id}", self.show_status)
        r("PUT", "/api/v1/statuses/{id}", self.update_status)
        r("DELETE", "/api/v1/statuses/{id}", self.delete_status)
        r("GET", "/api/v1/statuses/{id}/context", self.status_context)
        r("POST", "/api/v1/statuses/{id}/pin", self.pin)
        r("POST", "/api/v1/statuses/{id}/unpin", self.unpin)
        r("GET", "/api/v1/streaming", self.streaming_root)
        r("GET", "/api/v1/streaming/health", self.streaming_health)
        r("GET", "/api/v1/streaming/user", self.stream_user)
        r("GET", "/api/v1/streaming/user/notification", self.stream_user_notification)
        r("GET", "/api/v1/streaming/{rest:.+}", self.stream_unknown)
        r("GET", "/users/{username}", self.actor_by_name)
        r("GET", "/users/{username}/followers", self.followers_collection)
        r("GET", "/ap/users/{id}", self.actor_by_id)
        r("GET", "/@{username}", self.profile_page)

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        regex = re.sub(r"\{(\w+):([^}]+)\}", r"(?P<\1>\2)", pattern)
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", regex)
        self.table.append((method, re.compile(f"^{regex}$"), handler))

    # ------------------------------------------------------------------ dispatch

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        fake = self.fake
        fake.requested.append(f"{request.method} {request.path_qs}")
        path = request.path.rstrip("/") or "/"
        is_api = path.startswith("/api/") and not path.startswith("/api/v1/streaming")
        limited = None
        try:
            limited = self.throttle(request, path) if is_api else None
            if limited is not None:
                response: web.StreamResponse = limited
            else:
                response = await self.route(request, path)
        except ApiError as error:
            response = error.response()
        if not response.prepared:
            if is_api and limited is None:
                self.rate_limit_headers(request, response)
            response.headers["Date"] = self.http_date()
            reset = response.headers.get("X-RateLimit-Reset")
            if reset is not None:
                written = reset_as(reset, fake.reset_format, fake.clock.timestamp())
                if written is None:
                    del response.headers["X-RateLimit-Reset"]
                else:
                    response.headers["X-RateLimit-Reset"] = written
        return response

    def http_date(self) -> str:
        return formatdate(self.fake.clock.timestamp(), usegmt=True)

    async def route(self, request: web.Request, path: str) -> web.StreamResponse:
        if (
            self.fake.api_requires_auth
            and path.startswith("/api/")
            and not path.startswith(("/api/v1/instance", "/api/v2/instance", "/api/v1/streaming"))
            and bearer(request) is None
        ):
            # DISALLOW_UNAUTHENTICATED_API_ACCESS (Api::BaseController#require_authenticated_user!)
            raise ApiError(401, {"error": "This API requires an authenticated user"})
        for method, pattern, handler in self.table:
            match = pattern.match(path)
            if match and method == request.method:
                return await handler(request, **match.groupdict())
        return web.Response(
            status=404,
            text="<!DOCTYPE html><html><body><h1>The page you are looking for isn't here."
            "</h1></body></html>",
            content_type="text/html",
        )

    # ------------------------------------------------------------------ throttling

    def rack_429(self, limit: int, reset: str) -> web.Response:
        self.fake.count_429 += 1
        return web.Response(
            status=429,
            body=b'{"error":"Too many requests"}',
            headers={
                "Content-Type": "application/json",
                "X-RateLimit-Limit": str(limit),
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": reset,
            },
        )

    def throttle(self, request: web.Request, path: str) -> web.Response | None:
        fake = self.fake
        now = fake.now()
        retry_after = fake.faults.take_unavailable(request.method, path)
        if retry_after is not None:
            fake.count_503 += 1
            response = web.Response(
                status=503, text=_MAINTENANCE, content_type="text/html", charset="utf-8"
            )
            for value in retry_after:
                response.headers.add("Retry-After", value)
            return response
        proxy = fake.faults.take_proxy_limit(request.method, path)
        if proxy is not None:
            fake.count_429 += 1
            response = web.Response(status=429, body=_PROXY_429, content_type="text/html")
            if proxy.retry_after is not None:
                response.headers["Retry-After"] = proxy.retry_after
            return response
        reset_at = fake.faults.take_rate_limit(request.method, path)
        if reset_at is not None:
            return self.rack_429(
                fake.limits.per_token[0], iso6(now + timedelta(seconds=reset_at - now.timestamp()))
            )
        if not fake.rate_limits:
            return None
        token = fake.token(bearer(request))
        valid = token is not None and not token.revoked
        account = token.account if token is not None and valid else None
        ip = request.remote or "127.0.0.1"
        limits = fake.limits
        checks: list[tuple[str, str, tuple[int, int]]] = []
        if not valid:
            checks.append(("throttle_unauthenticated_api", ip, limits.unauthenticated))
        else:
            assert token is not None
            checks.append(("throttle_per_token_api", token.token, limits.per_token))
            if account is not None:
                checks.append(("throttle_authenticated_api", account.id, limits.per_user))
        if any(request.query.get(k) for k in _PAGING_KEYS):
            if account is not None:
                checks.append(("throttle_authenticated_paging", account.id, limits.paging))
            else:
                checks.append(("throttle_unauthenticated_paging", ip, limits.paging))
        if (
            request.method == "DELETE"
            and account is not None
            and re.match(r"^/api/v1/statuses/[^/]+$", path)
        ):
            checks.append(("throttle_api_delete", account.id, limits.deletes))
        hits: list[ThrottleHit] = []
        ts = fake.clock.timestamp()
        for name, discriminator, (limit, period) in checks:
            hit = fake.counters.hit(name, discriminator, limit, period, ts)
            hits.append(hit)
            if hit.exceeded:
                return self.rack_429(limit, reset_iso(now, period))
        request[RL_HITS] = hits
        return None

    def rate_limit_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        if not self.fake.rate_limits:
            return
        now = self.fake.now()
        hits: list[ThrottleHit] = request.get(RL_HITS) or []
        if hits:
            tightest = min(hits, key=lambda h: h.remaining)
            response.headers["X-RateLimit-Limit"] = str(tightest.limit)
            response.headers["X-RateLimit-Remaining"] = str(tightest.remaining)
            response.headers["X-RateLimit-Reset"] = reset_iso(now, tightest.period)
        family = request.get(STATUSES_RL)
        if family is not None:
            limit, remaining, reset = family
            current = response.headers.get("X-RateLimit-Remaining")
            if not (current is not None and remaining > int(current)):
                response.headers["X-RateLimit-Limit"] = str(limit)
                response.headers["X-RateLimit-Remaining"] = str(remaining)
                response.headers["X-RateLimit-Reset"] = reset

    def statuses_family(self, request: web.Request, account: Account) -> tuple[int, int]:
        """Record the `statuses` family headers for this request; returns (count, limit)."""
        limit, period = self.fake.limits.statuses
        count = self.fake.counters.get("statuses", account.id, period, self.fake.clock.timestamp())
        if self.fake.rate_limits:
            request[STATUSES_RL] = (
                limit,
                max(0, limit - count),
                reset_iso(self.fake.now(), period),
            )
        return count, limit

    # ------------------------------------------------------------------ helpers

    async def params(self, request: web.Request) -> Params:
        pairs: list[tuple[str, Any]] = []
        if request.method in ("POST", "PUT", "PATCH", "DELETE") and request.can_read_body:
            if (request.content_type or "").endswith("json"):
                try:
                    body = await request.json()
                except (ValueError, UnicodeDecodeError) as error:
                    raise ApiError(400, {"error": "Error parsing JSON"}) from error
                if isinstance(body, dict):
                    pairs.extend(body.items())
            else:
                form = await request.post()
                pairs.extend((k, v) for k, v in form.items() if isinstance(v, str))
        pairs.extend(request.query.items())
        return Params(pairs)

    def auth(
        self,
        request: web.Request,
        scopes: tuple[str, ...] = (),
        *,
        required: bool = True,
        user: bool = True,
    ) -> Token | None:
        """Doorkeeper: 401 bad token, 403 missing scope, 422 app token on a user endpoint."""
        raw = bearer(request)
        challenge = 'Bearer realm="Doorkeeper", error="invalid_token", error_description='
        if raw is None:
            if not required:
                return None
            raise ApiError(
                401,
                {"error": INVALID_TOKEN},
                headers={"WWW-Authenticate": f'{challenge}"{INVALID_TOKEN}"'},
            )
        token = self.fake.token(raw)
        if token is None or (token.account is not None and token.account.deleted):
            raise ApiError(
                401,
                {"error": INVALID_TOKEN},
                headers={"WWW-Authenticate": f'{challenge}"{INVALID_TOKEN}"'},
            )
        if token.revoked:
            raise ApiError(
                401,
                {"error": REVOKED_TOKEN},
                headers={"WWW-Authenticate": f'{challenge}"{REVOKED_TOKEN}"'},
            )
        if scopes and not token.scopes & set(scopes):
            raise ApiError(
                403,
                {"error": OUT_OF_SCOPE},
                headers={
                    "WWW-Authenticate": 'Bearer realm="Doorkeeper", error="insufficient_scope", '
                    f'error_description="{OUT_OF_SCOPE}"'
                },
            )
        if user and token.account is None:
            raise ApiError(422, {"error": NEEDS_USER})
        return token

    def user(self, request: web.Request, scopes: tuple[str, ...]) -> Account:
        token = self.auth(request, scopes)
        assert token is not None and token.account is not None
        return token.account

    def viewer(self, request: web.Request, scopes: tuple[str, ...]) -> Account | None:
        token = self.auth(request, scopes, required=False, user=False)
        return token.account if token is not None else None

    def find_account(self, account_id: str) -> Account:
        account = self.fake._accounts.get(account_id)
        if account is None or account.home.deleted:
            raise ApiError(404, {"error": NOT_FOUND})
        return account

    def find_status(self, status_id: str, viewer: Account | None) -> Status:
        status = self.fake._statuses.get(status_id)
        if status is None or not self.fake.can_see(status, viewer):
            raise ApiError(404, {"error": NOT_FOUND})
        return status

    def link_header(
        self, path: str, base: list[tuple[str, Any]], newest: str | None, oldest: str | None
    ) -> dict[str, str]:
        if newest is None or oldest is None:
            return {}
        url = f"{self.fake.base_url}{path}?"
        next_url = url + to_query([*base, ("max_id", oldest)])
        prev_url = url + to_query([*base, ("min_id", newest)])
        return {"Link": f'<{next_url}>; rel="next", <{prev_url}>; rel="prev"'}

    # ------------------------------------------------------------------ instance

    async def instance_v1(self, request: web.Request) -> web.Response:
        body = ser.instance_v1_json(self.fake)
        shape = self.fake.instance_shape
        if shape != "mastodon":
            body.pop("configuration")
            body["max_toot_chars"] = self.fake.max_characters
        return json_response(body, headers={"Deprecation": "@1668384000"})

    async def instance_v2(self, request: web.Request) -> web.Response:
        if self.fake.version_tuple < (4, 0) or self.fake.instance_shape == "pleroma":
            # /api/v2/instance came with 4.0 (mastodon-facts.md): older servers have no route.
            return self.html_page(404, "The page you are looking for isn't here.", "")
        body = ser.instance_v2_json(self.fake)
        if self.fake.instance_shape == "partial":
            body["configuration"].pop("statuses")
        return json_response(body)

    async def instance_domain_blocks(self, request: web.Request) -> web.Response:
        """Api::V1::Instances::DomainBlocksController: 404 unless the admin shows the list
        ("all", or "users" to a signed-in user); domain, SHA-256 digest, severity, comment."""
        setting = self.fake.show_domain_blocks
        signed_in = self.viewer(request, ()) is not None
        if not (setting == "all" or (setting == "users" and signed_in)):
            return web.Response(status=404)
        order = {"noop": 0, "silence": 1, "suspend": 2}
        blocks = sorted(
            (b for b in self.fake.domain_blocks if b["severity"] in ("silence", "suspend")),
            key=lambda b: (order[b["severity"]], b["domain"]),
        )
        return json_response(
            [
                {
                    "domain": _public_domain(b["domain"]) if b.get("obfuscate") else b["domain"],
                    "digest": hashlib.sha256(b["domain"].encode()).hexdigest(),
                    "severity": b["severity"],
                    "comment": b.get("comment"),
                }
                for b in blocks
            ],
            headers={"Cache-Control": "max-age=180, public"},
        )

    async def nodeinfo_links(self, request: web.Request) -> web.Response:
        href = f"{self.fake.base_url}/nodeinfo/2.0"
        rel = "http://nodeinfo.diaspora.software/ns/schema/2.0"
        return json_response({"links": [{"rel": rel, "href": href}]})

    async def nodeinfo(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "version": "2.0",
                "software": {
                    "name": self.fake.software,
                    "version": self.fake.software_version or self.fake.version,
                },
                "protocols": ["activitypub"],
                "services": {"outbound": [], "inbound": []},
                "usage": {
                    "users": {"total": self.fake.local_user_count()},
                    "localPosts": self.fake.local_status_count(),
                },
                "openRegistrations": False,
                "metadata": {"nodeName": self.fake.title},
            }
        )

    # ------------------------------------------------------------------ OAuth

    async def oauth_metadata(self, request: web.Request) -> web.Response:
        base = self.fake.base_url
        grants = ["authorization_code", "client_credentials", "refresh_token"]
        if self.fake.version_tuple < (4, 4):
            grants.insert(1, "password")
        return json_response(
            {
                "issuer": f"{base}/",
                "service_documentation": "https://docs.joinmastodon.org/",
                "authorization_endpoint": f"{base}/oauth/authorize",
                "token_endpoint": f"{base}/oauth/token",
                "app_registration_endpoint": f"{base}/api/v1/apps",
                "revocation_endpoint": f"{base}/oauth/revoke",
                "userinfo_endpoint": f"{base}/oauth/userinfo",
                "scopes_supported": sorted(VALID_SCOPES),
                "response_types_supported": ["code"],
                "response_modes_supported": ["query", "fragment", "form_post"],
                "code_challenge_methods_supported": ["S256"],
                "grant_types_supported": grants,
                "token_endpoint_auth_methods_supported": [
                    "client_secret_basic",
                    "client_secret_post",
                ],
            }
        )

    async def create_app(self, request: web.Request) -> web.Response:
        p = await self.params(request)
        name = (p.str("client_name") or "").strip()
        raw_uris = p.getall("redirect_uris")
        uris = [u for v in raw_uris for u in str(v).split()]
        scopes = parse_scopes(p.str("scopes") or "read")
        if not name:
            raise ApiError(422, {"error": "Validation failed: Application name can't be blank"})
        if not uris:
            raise ApiError(422, {"error": "Validation failed: Redirect URI can't be blank"})
        if not set(scopes) <= VALID_SCOPES:
            raise ApiError(
                422, {"error": "Validation failed: Scopes doesn't match configured on the server."}
            )
        app = self.fake.create_app(name, uris, scopes, p.str("website"))
        return json_response(ser.app_json(app, credentials=True))

    async def app_credentials(self, request: web.Request) -> web.Response:
        token = self.auth(request, (), user=False)
        assert token is not None and token.app is not None
        return json_response(ser.app_json(token.app, credentials=False))

    async def oauth_authorize(self, request: web.Request) -> web.Response:
        """The page behind "Authorize": fake-only `username=` (or fake.logged_in_user) says
        who is logged in; oob shows the code, other redirect URIs get a 302 with ?code=."""
        q = request.query
        app = self.fake.app_by_client_id(q.get("client_id"))
        if app is None:
            return self.html_page(400, "Client authentication failed", INVALID_CLIENT)
        redirect_uri = q.get("redirect_uri") or app.redirect_uris[0]
        if redirect_uri not in app.redirect_uris:
            return self.html_page(
                400, "Invalid redirect URI", "The redirect URI included is not valid."
            )
        if q.get("response_type", "code") != "code":
            return self.html_page(400, "Unsupported response type", "unsupported_response_type")
        scopes = q.get("scope", "read")
        username = q.get("username") or self.fake.logged_in_user
        if not username:
            return self.html_page(
                200,
                "Log in",
                "Nobody is logged in: add &amp;username=NAME to this URL "
                "or set fake.logged_in_user.",
            )
        try:
            code = self.fake.authorize(app.client_id, username, scopes, redirect_uri)
        except KeyError:
            return self.html_page(404, "Unknown user", escape(username))
        except ValueError:
            if redirect_uri == OOB:
                return self.html_page(400, "Invalid scope", "invalid_scope")
            query = urlencode({"error": "invalid_scope", "state": q.get("state", "")})
            return redirect(f"{redirect_uri}?{query}")
        if redirect_uri == OOB:
            return self.html_page(
                200,
                "Authorization code",
                f'<input class="oauth-code" readonly type="text" value="{escape(code)}">',
            )
        params = {"code": code}
        if q.get("state"):
            params["state"] = q["state"]
        sep = "&" if "?" in redirect_uri else "?"
        return redirect(f"{redirect_uri}{sep}{urlencode(params)}")

    @staticmethod
    def html_page(status: int, title: str, body: str) -> web.Response:
        return web.Response(
            status=status,
            text=f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head>"
            f"<body><h1>{escape(title)}</h1><div>{body}</div></body></html>",
            content_type="text/html",
        )

    def oauth_error(self, status: int, error: str, description: str) -> ApiError:
        return ApiError(
            status,
            {"error": error, "error_description": description},
            headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    def oauth_client(self, request: web.Request, p: Params) -> Any:
        client_id, client_secret = p.str("client_id"), p.str("client_secret")
        auth = request.headers.get("Authorization", "")
        if auth.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(auth[6:]).decode()
                client_id, _, client_secret = decoded.partition(":")
            except ValueError:
                pass
        app = self.fake.app_by_client_id(client_id)
        if app is None or app.client_secret != client_secret:
            raise self.oauth_error(401, "invalid_client", INVALID_CLIENT)
        return app

    async def oauth_token(self, request: web.Request) -> web.Response:
        p = await self.params(request)
        grant = p.str("grant_type")
        if grant not in ("authorization_code", "client_credentials", "refresh_token"):
            raise self.oauth_error(
                400,
                "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server.",
            )
        app = self.oauth_client(request, p)
        if grant == "authorization_code":
            token = self.fake.redeem_code(p.str("code") or "", app, p.str("redirect_uri"))
            if token is None:
                raise self.oauth_error(400, "invalid_grant", INVALID_GRANT)
        elif grant == "client_credentials":
            scopes = parse_scopes(p.str("scope") or "read")
            if not set(scopes) <= set(app.scopes):
                raise self.oauth_error(
                    400,
                    "invalid_scope",
                    "The requested scope is invalid, unknown, or malformed.",
                )
            token = self.fake._tokens[self.fake.issue_token(None, scopes, app)]
        else:
            raise self.oauth_error(400, "invalid_grant", INVALID_GRANT)
        return json_response(
            {
                "access_token": token.token,
                "token_type": "Bearer",
                "scope": token.scope,
                "created_at": int(token.created_at.timestamp()),
            },
            headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    async def oauth_revoke(self, request: web.Request) -> web.Response:
        p = await self.params(request)
        app = self.oauth_client(request, p)
        token = self.fake.token(p.str("token"))
        if token is not None and token.app is app:
            self.fake.revoke_token(token.token)
        return json_response({})

    # ------------------------------------------------------------------ accounts

    async def verify_credentials(self, request: web.Request) -> web.Response:
        account = self.user(request, ("read", "read:accounts", "profile"))
        return json_response(self.fake.serialize_account(account, credential=True))

    async def update_credentials(self, request: web.Request) -> web.Response:
        account = self.user(request, ("write", "write:accounts"))
        p = await self.params(request)
        changes: dict[str, Any] = {}
        for key in ("display_name", "note"):
            if p.has(key):
                changes[key] = p.str(key) or ""
        for key in ("bot", "locked", "discoverable", "indexable"):
            if p.has(key):
                changes[key] = bool(p.bool(key))
        if len(changes.get("note", "")) > 500:
            raise ApiError(
                422, {"error": "Validation failed: Note is too long (maximum is 500 characters)"}
            )
        limit = 40 if self.fake.version_tuple >= (4, 6) else 30
        if len(changes.get("display_name", "")) > limit:
            raise ApiError(
                422,
                {
                    "error": "Validation failed: Display name is too long "
                    f"(maximum is {limit} characters)"
                },
            )
        self.fake.update_account(account, **changes)
        return json_response(self.fake.serialize_account(account, credential=True))

    async def lookup(self, request: web.Request) -> web.Response:
        self.viewer(request, ("read", "read:accounts"))
        acct = (request.query.get("acct") or "").strip().lstrip("@")
        username, domain = split_acct(acct)
        found = self.fake._find(username, domain, resolve=False) if username else None
        if found is None:
            raise ApiError(404, {"error": NOT_FOUND})
        return json_response(self.fake.serialize_account(found))

    async def get_account(self, request: web.Request, id: str) -> web.Response:
        self.viewer(request, ("read", "read:accounts"))
        return json_response(self.fake.serialize_account(self.find_account(id)))

    async def account_followers(self, request: web.Request, id: str) -> web.Response:
        """FollowerAccountsController: pages by follow id (Link header), none when hidden."""
        viewer = self.viewer(request, ("read", "read:accounts"))
        account = self.find_account(id)
        p = await self.params(request)
        limit = limit_param(p, 40)
        hidden = account.home.hide_collections and viewer is not account
        pairs = [] if hidden else self.fake.followers_of(account)
        page = paginate(pairs, key=lambda pair: pair[0], limit=limit, params=p)
        headers: dict[str, str] = {}
        if page:
            base = [("limit", limit)] if p.has("limit") else []
            links = self.link_header(
                f"/api/v1/accounts/{id}/followers", base, str(page[0][0]), str(page[-1][0])
            )
            if len(page) < limit:  # records_continue? is false: no "next"
                links = {"Link": links["Link"].split(", ", 1)[1]}
            headers.update(links)
        return json_response(
            [self.fake.serialize_account(follower) for _, follower in page], headers=headers
        )

    async def account_statuses(self, request: web.Request, id: str) -> web.Response:
        """Accounts::StatusesController: read:statuses if a token is sent; AccountStatusesFilter
        shows the author all of their statuses (direct ones too), anyone else what they may
        see; newest first, 20 a page (40 at most), paged by id (Link header)."""
        viewer = self.viewer(request, ("read", "read:statuses"))
        account = self.find_account(id)
        p = await self.params(request)
        limit = limit_param(p, 20)
        fake = self.fake
        statuses = [
            s
            for s in list(fake._statuses.values())
            if s.account is account and fake.can_see(s, viewer)
        ]
        page = paginate(statuses, key=lambda s: int(s.id), limit=limit, params=p)
        base: list[tuple[str, Any]] = [("limit", limit)] if p.has("limit") else []
        headers = self.link_header(
            f"/api/v1/accounts/{id}/statuses",
            base,
            page[0].id if page else None,
            page[-1].id if page else None,
        )
        return json_response([fake.serialize_status(s, viewer) for s in page], headers=headers)

    async def admin_accounts(self, request: web.Request) -> web.Response:
        """Api::V2::Admin::AccountsController#index: admin:read(:accounts), a role that may
        manage users, filters origin and status, 100 by default (200 at most), newest first;
        rel="next" only while a page comes back full."""
        user = self.user(request, ("admin:read", "admin:read:accounts"))
        if not self.fake.can(user, "manage_users"):
            raise ApiError(403, {"error": NOT_ALLOWED})
        p = await self.params(request)
        origin, status = p.str("origin"), p.str("status")
        if origin not in (None, "", "local", "remote") or status not in (
            None,
            "",
            "active",
            "pending",
            "suspended",
            "disabled",
            "silenced",
            "sensitized",
        ):
            raise ApiError(400, {"error": f"Unknown filter: {origin or status}"})
        limit = limit_param(p, 100)
        cursors = tuple(_id_param(p, n) for n in ("max_id", "since_id", "min_id"))
        page = (request.path, origin, status, limit, p.has("limit"), cursors)

        def build() -> tuple[bytes, dict[str, str] | None]:
            accounts = paginate(
                self.fake.admin_accounts(origin=origin or None, status=status or None),
                lambda a: int(a.id),
                limit,
                p,
            )
            body = [ser.admin_account_json(self.fake, a) for a in accounts]
            base = [(k, v) for k, v in (("origin", origin), ("status", status)) if v]
            if p.has("limit"):
                base.append(("limit", limit))
            url = f"{self.fake.base_url}{request.path}?"
            links = []
            if accounts and len(accounts) == limit:
                last = ("max_id", accounts[-1].id)
                links.append(f'<{url + to_query([*base, last])}>; rel="next"')
            if accounts:
                links.append(f'<{url + to_query([*base, ("min_id", accounts[0].id)])}>; rel="prev"')
            return ser.rails_json(body), {"Link": ", ".join(links)} if links else None

        body, headers = self.fake.admin_page(page, build)
        return web.Response(body=body, headers={"Content-Type": JSON, **(headers or {})})

    async def relationships(self, request: web.Request) -> web.Response:
        me = self.user(request, ("read", "read:follows", "follow"))
        p = await self.params(request)
        out = []
        for account_id in p.getall("id"):
            other = self.fake._accounts.get(str(account_id))
            if other is not None:
                out.append(ser.relationship_json(self.fake, me, other))
        return json_response(out)

    async def follow(self, request: web.Request, id: str) -> web.Response:
        me = self.user(request, ("write", "write:follows", "follow"))
        other = self.find_account(id)
        if other is me:
            raise ApiError(403, {"error": NOT_ALLOWED})
        if other.home.locked and not self.fake.is_following(me, other):
            self.fake.request_follow(me, other)
        else:
            self.fake.follow(me, other)
        return json_response(ser.relationship_json(self.fake, me, other))

    async def unfollow(self, request: web.Request, id: str) -> web.Response:
        me = self.user(request, ("write", "write:follows", "follow"))
        other = self.find_account(id)
        self.fake.unfollow(me, other)
        return json_response(ser.relationship_json(self.fake, me, other))

    async def search(self, request: web.Request) -> web.Response:
        token = self.auth(request, ("read", "read:search"), required=False, user=False)
        q = (request.query.get("q") or "").strip()
        resolve = bool(truthy(request.query.get("resolve"))) and token is not None
        accounts: list[Account] = []
        if q.startswith(("http://", "https://")):
            found = self.fake.account_by_uri(q) if resolve else None
            if found is None:
                found = next((a for a in self.fake._accounts.values() if q in (a.uri, a.url)), None)
            if found is not None:
                accounts.append(found)
        elif q:
            username, domain = split_acct(q)
            found = self.fake._find(username, domain, resolve=resolve)
            if found is not None:
                accounts.append(found)
        return json_response(
            {
                "accounts": [self.fake.serialize_account(a) for a in accounts],
                "statuses": [],
                "hashtags": [],
            }
        )

    # ------------------------------------------------------------------ notifications

    async def notifications(self, request: web.Request) -> web.Response:
        account = self.user(request, ("read", "read:notifications"))
        if self.fake.faults.take_malformed():
            return web.Response(
                body=b'[{"id":"1","type":"mention","created_at":"2026-',
                headers={"Content-Type": JSON},
            )
        p = await self.params(request)
        types = [str(t) for t in p.getall("types")]
        excluded = {str(t) for t in p.getall("exclude_types")}
        include_filtered = bool(p.bool("include_filtered"))
        from_id = p.str("account_id")
        items = []
        for n in self.fake.notification_list(account):
            if types and n.type not in types:
                continue
            if n.type in excluded:
                continue
            if n.filtered and not include_filtered and not from_id:
                continue
            if from_id and n.from_account.id != from_id:
                continue
            items.append(n)
        page = paginate(items, lambda n: n.id, limit_param(p, 40), p, self.fake.notification_number)
        base: list[tuple[str, Any]] = []
        for key in ("limit", "account_id", "include_filtered"):
            if p.str(key) is not None:
                base.append((key, p.str(key)))
        for key in ("types", "exclude_types"):
            if p.has(key):
                base.append((key, [str(v) for v in p.getall(key)]))
        headers = self.link_header(
            "/api/v1/notifications",
            base,
            self.fake.wire_notification_id(page[0].id) if page else None,
            self.fake.wire_notification_id(page[-1].id) if page else None,
        )
        body = [ser.notification_json(self.fake, n) for n in page]
        return json_response(body, headers=headers)

    def find_notification(self, account: Account, nid: str) -> Any:
        for n in self.fake.notification_list(account):
            if self.fake.wire_notification_id(n.id) == nid:
                return n
        raise ApiError(404, {"error": NOT_FOUND})

    async def notification_show(self, request: web.Request, id: str) -> web.Response:
        account = self.user(request, ("read", "read:notifications"))
        return json_response(ser.notification_json(self.fake, self.find_notification(account, id)))

    async def notification_dismiss(self, request: web.Request, id: str) -> web.Response:
        account = self.user(request, ("write", "write:notifications"))
        self.fake.dismiss_notification(self.find_notification(account, id))
        return json_response({})

    async def clear_notifications(self, request: web.Request) -> web.Response:
        account = self.user(request, ("write", "write:notifications"))
        for n in self.fake.notification_list(account):
            self.fake.dismiss_notification(n)
        return json_response({})

    def no_policy(self) -> web.Response | None:
        """The 404 of a server without notification policies: Mastodon before 4.3 (no such
        route: its HTML page), Pleroma and Akkoma (their API fallback's JSON)."""
        if self.fake.instance_shape == "pleroma":
            return json_response({"error": "Not implemented"}, status=404)
        if self.fake.version_tuple < (4, 3):
            return self.html_page(404, "The page you are looking for isn't here.", "")
        return None

    async def policy_show(self, request: web.Request) -> web.Response:
        missing = self.no_policy()
        if missing is not None:
            return missing
        account = self.user(request, ("read", "read:notifications"))
        return json_response(ser.policy_json(self.fake, account))

    async def policy_update(self, request: web.Request) -> web.Response:
        missing = self.no_policy()
        if missing is not None:
            return missing
        account = self.user(request, ("write", "write:notifications"))
        p = await self.params(request)
        keys = POLICY_KEYS if self.fake.version_tuple >= (4, 6) else POLICY_KEYS[:-1]
        changes = {}
        for key in keys:
            value = p.str(key)
            if value is None:
                continue
            if value not in POLICY_VALUES:
                label = key.replace("_", " ").capitalize()
                raise ApiError(
                    422, {"error": f"Validation failed: {label} is not included in the list"}
                )
            changes[key] = value
        self.fake.set_policy(account, **changes)
        return json_response(ser.policy_json(self.fake, account))

    async def requests_index(self, request: web.Request) -> web.Response:
        account = self.user(request, ("read", "read:notifications"))
        p = await self.params(request)
        page = paginate(self.fake.requests_for(account), lambda r: int(r.id), limit_param(p, 40), p)
        base = [("limit", p.str("limit"))] if p.str("limit") else []
        headers = self.link_header(
            "/api/v1/notifications/requests",
            base,
            page[0].id if page else None,
            page[-1].id if page else None,
        )
        return json_response([ser.request_json(self.fake, r) for r in page], headers=headers)

    def find_request(self, account: Account, rid: str) -> Any:
        for r in self.fake.requests_for(account):
            if r.id == rid:
                return r
        raise ApiError(404, {"error": NOT_FOUND})

    async def request_show(self, request: web.Request, id: str) -> web.Response:
        account = self.user(request, ("read", "read:notifications"))
        return json_response(ser.request_json(self.fake, self.find_request(account, id)))

    async def request_accept(self, request: web.Request, id: str) -> web.Response:
        account = self.user(request, ("write", "write:notifications"))
        self.fake.accept_request(self.find_request(account, id))
        return json_response({})

    async def request_dismiss(self, request: web.Request, id: str) -> web.Response:
        account = self.user(request, ("write", "write:notifications"))
        self.fake.dismiss_request(self.find_request(account, id))
        return json_response({})

    async def requests_accept_bulk(self, request: web.Request) -> web.Response:
        account = self.user(request, ("write", "write:notifications"))
        p = await self.params(request)
        for rid in p.getall("id"):
            for r in self.fake.requests_for(account):
                if r.id == str(rid):
                    self.fake.accept_request(r)
        return json_response({})

    async def requests_dismiss_bulk(self, request: web.Request) -> web.Response:
        account = self.user(request, ("write", "write:notifications"))
        p = await self.params(request)
        for rid in p.getall("id"):
            for r in self.fake.requests_for(account):
                if r.id == str(rid):
                    self.fake.dismiss_request(r)
        return json_response({})

    async def requests_merged(self, request: web.Request) -> web.Response:
        self.user(request, ("read", "read:notifications"))
        return json_response({"merged": True})

    # ------------------------------------------------------------------ statuses

    async def create_status(self, request: web.Request) -> web.Response:
        fake = self.fake
        fake.posts_attempted += 1
        failure = fake.faults.take_post_failure()
        if failure is not None:
            content_type, body = _ERROR_PAGES[failure]
            raise ApiError(failure, body, content_type=content_type)
        account = self.user(request, ("write", "write:statuses"))
        token = fake.token(bearer(request))
        self.statuses_family(request, account)
        p = await self.params(request)  # the whole request is in before anything is slow
        delay = fake.faults.take_post_delay() or fake.post_latency
        gate = fake.post_gate
        if not delay and gate is None:
            return self.post(request, account, token, p)

        # Counted from here, not when the task first runs: a test waiting for no post in
        # flight must not see none between the two.
        fake.posts_in_flight += 1
        fake.max_posts_in_flight = max(fake.max_posts_in_flight, fake.posts_in_flight)

        async def slow() -> web.Response:
            try:
                if gate is not None:
                    await gate.wait()
                await asyncio.sleep(delay)
            finally:
                fake.posts_in_flight -= 1
            return self.post(request, account, token, p)

        # Puma finishes a request whose client gave up; aiohttp may cancel the handler.
        task = asyncio.ensure_future(slow())
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        return await asyncio.shield(task)

    def post(
        self, request: web.Request, account: Account, token: Token | None, p: Params
    ) -> web.Response:
        """PostStatusService, after the controller has authenticated and parsed."""
        fake = self.fake
        parent = None
        reply_to = p.str("in_reply_to_id")
        if reply_to:
            parent = fake._statuses.get(reply_to)
            if parent is None or not fake.can_see(parent, account):
                raise ApiError(404, {"error": REPLY_MISSING})
        key = request.headers.get("Idempotency-Key")
        if key:
            previous = fake.idempotent_status(account, key)
            if previous is not None:
                if previous.deleted:
                    raise ApiError(404, {"error": NOT_FOUND})
                return json_response(fake.serialize_status(previous, account))
        text = p.str("status") or ""
        spoiler = p.str("spoiler_text") or ""
        visibility = p.str("visibility") or "public"
        if fake.faults.take_too_long():
            raise ApiError(422, {"error": "Text is too long"})
        refusal = fake.faults.take_refusal()
        if refusal is not None:
            raise ApiError(refusal[0], {"error": refusal[1]})
        try:
            fake.validate_status(text, spoiler, visibility)
        except ValidationError as error:
            raise ApiError(422, {"error": str(error)}) from error
        count, limit = self.statuses_family(request, account)
        if fake.rate_limits and count >= limit:
            fake.count_429 += 1
            raise ApiError(429, {"error": "Too many requests"})
        language = p.str("language")
        if not language or not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]+)?", language):
            language = "en"
        app = token.app if token is not None else None
        with fake._lock:
            status = fake._create_status(
                account,
                text,
                visibility=visibility,
                in_reply_to=parent,
                spoiler_text=spoiler,
                language=language,
                sensitive=bool(p.bool("sensitive")),
                application={"name": app.name, "website": app.website} if app else None,
            )
            period = fake.limits.statuses[1]
            fake.counters.incr("statuses", account.id, period, fake.clock.timestamp())
            if key:
                fake.remember_idempotency(account, key, status)
        self.statuses_family(request, account)
        after = fake.faults.take_post_after_create()
        if after is not None:
            content_type, body = _ERROR_PAGES[after]
            raise ApiError(after, body, content_type=content_type)
        return json_response(fake.serialize_status(status, account))

    async def pin(self, request: web.Request, id: str) -> web.Response:
        """Api::V1::Statuses::PinsController: write or write:accounts; own public/unlisted."""
        account = self.user(request, ("write", "write:accounts"))
        status = self.find_status(id, account)
        try:
            self.fake.pin(account, status)
        except ValidationError as error:
            raise ApiError(422, {"error": str(error)}) from error
        return json_response(self.fake.serialize_status(status, account))

    async def unpin(self, request: web.Request, id: str) -> web.Response:
        account = self.user(request, ("write", "write:accounts"))
        status = self.find_status(id, account)
        self.fake.unpin(account, status)
        return json_response(self.fake.serialize_status(status, account))

    async def show_status(self, request: web.Request, id: str) -> web.Response:
        viewer = self.viewer(request, ("read", "read:statuses"))
        return json_response(self.fake.serialize_status(self.find_status(id, viewer), viewer))

    async def status_context(self, request: web.Request, id: str) -> web.Response:
        viewer = self.viewer(request, ("read", "read:statuses"))
        return json_response(self.fake.context(self.find_status(id, viewer), viewer))

    async def update_status(self, request: web.Request, id: str) -> web.Response:
        account = self.user(request, ("write", "write:statuses"))
        self.statuses_family(request, account)
        status = self.find_status(id, account)
        if status.account is not account:
            raise ApiError(403, {"error": NOT_ALLOWED})
        p = await self.params(request)
        text = p.str("status") if p.has("status") else status.text
        spoiler = p.str("spoiler_text") if p.has("spoiler_text") else status.spoiler_text
        try:
            self.fake.validate_status(text or "", spoiler or "", status.visibility)
        except ValidationError as error:
            raise ApiError(422, {"error": str(error)}) from error
        return json_response(self.fake.edit_status(status.id, text or "", spoiler_text=spoiler))

    async def delete_status(self, request: web.Request, id: str) -> web.Response:
        account = self.user(request, ("write", "write:statuses"))
        status = self.find_status(id, account)
        if status.account is not account:
            raise ApiError(403, {"error": NOT_ALLOWED})
        return json_response(self.fake.delete_status(status.id))

    # ------------------------------------------------------------------ streaming

    @staticmethod
    def node_error(status: int, message: str) -> web.Response:
        return web.Response(
            status=status,
            body=ser.node_json({"error": message}).encode(),
            headers={"Content-Type": "application/json"},
        )

    def streaming_unavailable(self) -> web.Response:
        return web.Response(
            status=404,
            body=b'{"error":"Not Found"}',
            headers={"Content-Type": JSON},
        )

    async def streaming_root(self, request: web.Request) -> web.Response:
        return self.streaming_unavailable()

    async def streaming_health(self, request: web.Request) -> web.Response:
        if not self.fake.faults.stream_available:
            return self.streaming_unavailable()
        return web.Response(text="OK", content_type="text/plain")

    async def stream_unknown(self, request: web.Request, rest: str) -> web.Response:
        if not self.fake.faults.stream_available:
            return self.streaming_unavailable()
        return self.node_error(400, "Unknown channel requested")

    async def stream_user(self, request: web.Request) -> web.StreamResponse:
        return await self.stream(request, ("read", "read:statuses"), notifications_only=False)

    async def stream_user_notification(self, request: web.Request) -> web.StreamResponse:
        return await self.stream(request, ("read", "read:notifications"), notifications_only=True)

    async def stream(
        self, request: web.Request, scopes: tuple[str, ...], *, notifications_only: bool
    ) -> web.StreamResponse:
        fake = self.fake
        if not fake.faults.stream_available:
            return self.streaming_unavailable()
        if fake.faults.stream_answer is not None:
            status = fake.faults.stream_answer
            return self.html_page(status, f"{status} {web.HTTPException.__name__}", "nginx")
        raw = bearer(request)
        if raw is None:
            return self.node_error(401, "Missing access token")
        token = fake.token(raw)
        if token is None or token.revoked or token.account is None or token.account.deleted:
            return self.node_error(401, "Invalid access token")
        if not token.scopes & set(scopes):
            return self.node_error(401, "Access token does not have the required scopes")
        if notifications_only:
            channels = frozenset({"notifications"})
        elif token.scopes & {"read", "read:notifications"}:
            channels = frozenset({"timeline", "notifications"})
        else:
            channels = frozenset({"timeline"})
        loop = asyncio.get_running_loop()
        response = web.StreamResponse(
            status=200,
            headers={
                "Content-Type": "text/event-stream",
                "Cache-Control": "private, no-store"
                if fake.version_tuple >= (4, 4)
                else "no-store",
                "Date": self.http_date(),
            },
        )
        response.enable_chunked_encoding()
        await response.prepare(request)
        stream = Stream(token.account, token, channels, loop)
        fake.open_stream(stream)
        heartbeat = b":thump\n\n" if fake.version_tuple >= (4, 6) else b":thump\n"
        try:
            await response.write(b":)\n")
            next_beat = loop.time() + fake.heartbeat_interval
            while True:
                try:
                    item = await asyncio.wait_for(
                        stream.queue.get(), max(0.0, next_beat - loop.time())
                    )
                except TimeoutError:
                    next_beat = max(next_beat + fake.heartbeat_interval, loop.time())
                    if not fake.faults.silent_streams:
                        await response.write(heartbeat)
                    continue
                if item == CLOSE:
                    break
                if item == ABORT:
                    if request.transport is not None:
                        request.transport.abort()
                    break
                if not fake.faults.silent_streams:
                    await response.write(item)
        except (ConnectionError, RuntimeError):
            pass
        finally:
            fake.close_stream(stream)
        return response

    # ------------------------------------------------------------------ federation

    async def webfinger(self, request: web.Request) -> web.Response:
        resource = (request.query.get("resource") or "").strip()
        if not resource:
            return web.Response(status=400)
        fake = self.fake
        account: Account | None = None
        if resource.startswith(("http://", "https://")):
            parts = urlsplit(resource)
            if (
                parts.netloc.lower() in fake.local_domains()
                or parts.hostname in fake.local_domains()
            ):
                m = re.match(r"^/(?:@|users/)([^/]+)$", parts.path)
                n = re.match(r"^/ap/users/(\d+)$", parts.path)
                if m:
                    account = fake._local.get(m.group(1).lower())
                elif n:
                    found = fake._accounts.get(n.group(1))
                    account = found if found is not None and found.local else None
        else:
            username, domain = split_acct(resource.removeprefix("acct:"))
            if domain is not None and fake.is_local_domain(domain):
                account = fake._local.get(username.lower())
        if account is None:
            return web.Response(status=404)
        if account.deleted:
            return web.Response(status=410)
        return web.Response(
            body=ser.rails_json(ser.webfinger_json(fake, account)),
            headers={
                "Content-Type": "application/jrd+json; charset=utf-8",
                "Cache-Control": "max-age=259200, public",
                "Vary": "Origin",
            },
        )

    async def actor_by_name(self, request: web.Request, username: str) -> web.Response:
        return self.actor(request, self.fake._local.get(username.lower()))

    async def actor_by_id(self, request: web.Request, id: str) -> web.Response:
        found = self.fake._accounts.get(id)
        return self.actor(request, found if found is not None and found.local else None)

    def actor(self, request: web.Request, account: Account | None) -> web.Response:
        accept = request.headers.get("Accept", "")
        wants_json = any(
            t in accept for t in ("application/activity+json", "application/ld+json")
        ) or accept.startswith("application/json")
        if account is None:
            return web.Response(status=404, text="Not Found", content_type="text/plain")
        if account.deleted:
            return web.Response(status=410)
        if not wants_json:
            return redirect(account.url)
        vary = "Accept, Accept-Language, Cookie"
        if self.fake.authorized_fetch:
            vary += ", Signature"
            signed = "Signature" in request.headers or request.headers.get(
                "Authorization", ""
            ).startswith("Signature")
            if not signed:
                return web.Response(
                    status=401,
                    body=ser.rails_json({"error": "Request not signed"}),
                    headers={"Content-Type": JSON, "Vary": vary},
                )
        return web.Response(
            body=ser.rails_json(ser.actor_json(self.fake, account)),
            headers={"Content-Type": "application/activity+json; charset=utf-8", "Vary": vary},
        )

    async def followers_collection(self, request: web.Request, username: str) -> web.Response:
        """FollowerAccountsController (ActivityPub): an OrderedCollection whose totalItems is
        the followers count; with hidden collections only id, type and totalItems."""
        account = self.fake._local.get(username.lower())
        if account is None or account.deleted:
            return web.Response(status=404, text="Not Found", content_type="text/plain")
        if self.fake.authorized_fetch and "Signature" not in request.headers:
            return web.Response(
                status=401,
                body=ser.rails_json({"error": "Request not signed"}),
                headers={"Content-Type": JSON},
            )
        url = f"{account.uri}/followers"
        body: dict[str, Any] = {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": url,
            "type": "OrderedCollection",
            "totalItems": self.fake.followers_count(account),
        }
        if not account.hide_collections:
            body["first"] = f"{url}?page=1"
        return web.Response(
            body=ser.rails_json(body),
            headers={"Content-Type": "application/activity+json; charset=utf-8"},
        )

    async def profile_page(self, request: web.Request, username: str) -> web.Response:
        account = self.fake._local.get(username.lower())
        if account is None or account.deleted:
            return self.html_page(404, "The page you are looking for isn't here.", "")
        name = escape(account.display_name or account.username)
        html = (
            f"<!DOCTYPE html><html><head><title>{name} (@{escape(account.username)}@"
            f"{escape(self.fake.domain)})</title>"
            f'<link href="{escape(account.uri)}" rel="alternate" type="application/activity+json">'
            f"</head><body><h1>{name}</h1>{self.fake.note_html(account)}</body></html>"
        )
        return web.Response(text=html, content_type="text/html")


def _public_domain(domain: str) -> str:
    """DomainBlock#public_domain: the middle of the name starred, dots kept."""
    length = len(domain)
    visible = length // 4
    return "".join(
        "*" if visible < i < length - visible and c != "." else c for i, c in enumerate(domain)
    )


def build_app(fake: FakeMastodon) -> web.Application:
    routes = Routes(fake)
    app = web.Application(client_max_size=8 * 1024 * 1024)
    app.router.add_route("*", "/{tail:.*}", routes.dispatch)

    async def close_streams(_: web.Application) -> None:
        fake.faults.drop_streams()

    app.on_shutdown.append(close_streams)
    app[FAKE_KEY] = fake
    return app
