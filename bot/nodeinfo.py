"""What software a server runs, from NodeInfo: /.well-known/nodeinfo, then the linked document.

Shared by anything that needs to know whether a server is up and what it runs (the
stayed-behind report; the walkthrough's other-software hints). A server that does not
answer is "unreachable"; one that answers without NodeInfo is reachable with unknown
software. Nothing here guesses: a field that is not in the document stays None.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import aiohttp

SCHEMA_PREFIX = "http://nodeinfo.diaspora.software/ns/schema/"


@dataclass(frozen=True)
class NodeInfo:
    reachable: bool
    software: str | None = None
    version: str | None = None
    detail: str = ""


async def read_nodeinfo(
    session: aiohttp.ClientSession, base_url: str, *, timeout: float = 4.0
) -> NodeInfo:
    """One look at a server: two GETs at most, each within `timeout` seconds."""
    limit = aiohttp.ClientTimeout(total=timeout)
    try:
        async with session.get(f"{base_url}/.well-known/nodeinfo", timeout=limit) as response:
            if response.status >= 500 or response.status in (410,):
                return NodeInfo(False, detail=f"nodeinfo {response.status}")
            if response.status != 200:
                return NodeInfo(True, detail=f"nodeinfo {response.status}")
            links = await response.json(content_type=None)
        href = _document_link(links)
        if href is None:
            return NodeInfo(True, detail="no nodeinfo link")
        async with session.get(_same_base(href, base_url), timeout=limit) as response:
            if response.status >= 500:
                return NodeInfo(False, detail=f"nodeinfo document {response.status}")
            if response.status != 200:
                return NodeInfo(True, detail=f"nodeinfo document {response.status}")
            document = await response.json(content_type=None)
    except (TimeoutError, aiohttp.ClientError, ValueError) as error:
        return NodeInfo(False, detail=type(error).__name__)
    software = document.get("software") if isinstance(document, dict) else None
    if not isinstance(software, dict):
        return NodeInfo(True, detail="no software in nodeinfo")
    name = software.get("name")
    version = software.get("version")
    return NodeInfo(
        True,
        software=str(name).lower() if name else None,
        version=str(version) if version else None,
    )


def _document_link(links: Any) -> str | None:
    """The newest NodeInfo schema the server links to."""
    if not isinstance(links, dict):
        return None
    found = [
        (str(link.get("rel")), str(link.get("href")))
        for link in links.get("links") or []
        if isinstance(link, dict)
        and str(link.get("rel", "")).startswith(SCHEMA_PREFIX)
        and link.get("href")
    ]
    return max(found)[1] if found else None


def _same_base(href: str, base_url: str) -> str:
    """Fetch the document through the base URL we reached the server by (tests map domains
    to loopback); in production both are https://<domain>."""
    if base_url.startswith("https://"):
        return href
    path = href.split("://", 1)[-1]
    return base_url + "/" + path.split("/", 1)[1] if "/" in path else base_url
