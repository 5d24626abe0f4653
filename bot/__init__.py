"""The move helper bot (README.md)."""

import mimetypes

# aiohttp.web builds a table of file types when it is imported, for serving static files,
# which this bot never does (its pages are rendered text): from the system's mime.types
# that is 1,550 types and 0.3 MB of the running bot's memory, Python's own list 149 types.
# Set before any module of the bot imports aiohttp.web.
mimetypes.knownfiles = []
