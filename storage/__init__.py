"""The only code that writes SQL. Everything the bot must not forget lives here.

Open with `Store.open(path, clock)`, where `clock` is anything with a `now()` (the
time is given, never read from `bot/`: storage imports nothing from the bot); migrations
run on open. Async code calls the
synchronous methods through `Database.run`, which serialises them on one thread so
SQLite sees a single writer and the event loop never blocks on disk.
"""

from storage.db import Database, Store, try_writing_beside
from storage.records import Effects, OutboxItem, Priority

__all__ = ["Database", "Effects", "OutboxItem", "Priority", "Store", "try_writing_beside"]
