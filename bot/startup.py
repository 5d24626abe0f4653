"""Why the bot could not start, as one line an admin can act on.

`python -m bot run` prints `problem. Fix: fix` on standard error and exits 2 when a
setting is wrong (so systemd's RestartPreventExitStatus=2 stops the restart loop) and 1
for anything else. The traceback is logged only at LOG_LEVEL=DEBUG. `check` uses the
same sentences for network errors.
"""

from __future__ import annotations

import errno
import socket
import ssl
from urllib.parse import urlparse

import aiohttp

CONFIGURATION = 2  # exit status: a setting is wrong
OTHER = 1  # exit status: anything else (network, disk, port)


class StartupFailure(Exception):
    """A known reason the bot cannot start: what is wrong, how to fix it, the exit status."""

    def __init__(self, problem: str, fix: str, status: int = OTHER) -> None:
        super().__init__(problem)
        self.problem, self.fix, self.status = problem, fix, status

    def line(self) -> str:
        return f"{self.problem}. Fix: {self.fix}"


def _causes(error: BaseException) -> list[BaseException]:
    chain, seen = [], set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def network_problem(error: BaseException, url: str) -> str:
    """One readable sentence for a failed connection (no library text cut in the middle)."""
    host = urlparse(url).hostname or url
    for cause in _causes(error):
        if isinstance(cause, aiohttp.ClientConnectorDNSError | socket.gaierror):
            return f"the name {host} could not be found (DNS)"
        if isinstance(
            cause,
            aiohttp.ClientConnectorCertificateError | ssl.SSLCertVerificationError,
        ):
            return f"the TLS certificate of {host} could not be verified"
        if isinstance(cause, aiohttp.ClientSSLError | ssl.SSLError):
            return f"a secure (TLS) connection to {host} failed"
        if isinstance(cause, ConnectionRefusedError):
            return f"nothing accepts connections at {urlparse(url).netloc} (connection refused)"
        if isinstance(cause, TimeoutError | aiohttp.ServerTimeoutError):
            return f"{host} did not answer in time"
        if isinstance(cause, aiohttp.ServerDisconnectedError):
            return f"{host} closed the connection without an answer"
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return f"{host} cannot be reached from this machine (no route)"
    return f"{host} could not be reached ({type(error).__name__})"


def describe(error: BaseException, *, url: str, port: int) -> StartupFailure:
    """A StartupFailure for any exception that ended the start."""
    if isinstance(error, StartupFailure):
        return error
    for cause in _causes(error):
        if isinstance(cause, OSError) and cause.errno == errno.EADDRINUSE:
            return StartupFailure(
                f"port {port} is already in use (another copy of the bot, or another program)",
                "stop that program, or set PORT to a free port",
            )
        if isinstance(cause, PermissionError) and "bind" in str(cause).lower():
            return StartupFailure(
                f"not allowed to listen on port {port}",
                "set PORT to a port above 1023",
            )
    return StartupFailure(
        f"the bot stopped at start: {type(error).__name__}",
        "run with LOG_LEVEL=DEBUG to see where, and report it if it persists",
    )


def probe_port(port: int) -> None:
    """Bind the port as aiohttp's site will (every interface, SO_REUSEADDR) and let it go:
    an OSError (EADDRINUSE, EACCES) says now, before the bot asks anything of the server
    or starts any work (`run`), or before it is started at all (`check`), what the site
    would say only once everything had started."""
    for family, kind, proto, _, address in socket.getaddrinfo(
        None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    ):
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                probe.bind(address)
            except OSError as error:  # worded as asyncio words it
                raise OSError(
                    error.errno,
                    f"error while attempting to bind on address {address!r}: "
                    f"{(error.strerror or '').lower()}",
                ) from None
