"""The staff console: settlement workers see the handoff queue, read the whole conversation,
claim, reply live, note, resolve and export; admins manage accounts, retention and the
dashboard.

    python -m staff create-admin amina     # the first account (prompts for a password)
    python -m staff run                    # http://127.0.0.1:8090/ by default
    python -m staff purge                  # retention: run daily (cron, systemd timer)

In code: `create_app(store=..., bot=..., flags=...)` returns the Flask app (WSGI).
"""

from .accounts import AccountError, create_account, list_accounts
from .app import Services, create_app
from .bot_link import BotLink, Line, RasaBotLink, default_bot_link
from .redaction import redact, redact_value

__all__ = [
    "AccountError",
    "BotLink",
    "Line",
    "RasaBotLink",
    "Services",
    "create_account",
    "create_app",
    "default_bot_link",
    "list_accounts",
    "redact",
    "redact_value",
]
