"""`python -m bot.server run ...`: Rasa's own command line, with Waypoint's hooks installed.

Same arguments as `rasa`; the stack starts Rasa this way. The hooks:
- custom-action responses are checked against a schema compiled once
  (bot/action_schema.py), instead of Rasa re-checking the schema itself on every call;
- a failed custom-action call answers the person instead of leaving them in silence
  (bot/action_fallback.py);
- the SQL tracker store reads and writes conversations with lean queries, and the
  SQLite one of the embedded default keeps its connections open in WAL mode,
  instead of opening the file and journalling to disk on every read and save
  (bot/sql_tracker_store.py).
"""

from __future__ import annotations

import sys

from bot import action_fallback, action_schema, sql_tracker_store


def main() -> None:
    action_schema.install()
    action_fallback.install()
    sql_tracker_store.install()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
