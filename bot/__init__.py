"""The move helper bot (README.md)."""

import mimetypes
import os

# aiohttp.web builds a table of file types when it is imported, for serving static files,
# which this bot never does (its pages are rendered text): from the system's mime.types
# that is 1,550 types and 0.3 MB of the running bot's memory, Python's own list 149 types.
# Set before any module of the bot imports aiohttp.web.
mimetypes.knownfiles = []

# frozenlist's compiled FrozenList is C++, the one extension that maps libstdc++ into the
# bot's process (about 1 MB of its memory); aiohttp and aiosignal hold their few signal
# handlers in FrozenLists, never in a hot loop, and the same class in Python does as well.
# Set before any module of the bot imports aiohttp (frozenlist reads it once, when imported).
os.environ.setdefault("FROZENLIST_NO_EXTENSIONS", "1")
