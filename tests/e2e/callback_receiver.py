"""A tiny HTTP server standing in for a messaging app: Rasa's callback channel posts here.

The REST channel cannot receive pushed messages (a worker's reply, "the bot is
back"); the callback channel can, like the widget's socket.io and the messaging apps.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class CallbackReceiver:
    def __init__(self) -> None:
        self.messages: dict[str, list[dict]] = defaultdict(list)
        self._changed = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                message = json.loads(body or b"{}")
                with receiver._changed:
                    receiver.messages[message.get("recipient_id", "")].append(message)
                    receiver._changed.notify_all()
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):  # keep test output quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/bot"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def texts(self, sender: str) -> list[str]:
        return [m["text"] for m in self.messages[sender] if "text" in m]

    def wait_for(self, sender: str, count: int, timeout: float = 30.0) -> list[str]:
        """The sender's texts once there are at least `count` (or all there are at timeout)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.texts(sender)) < count and time.monotonic() < deadline:
                self._changed.wait(timeout=max(0.0, deadline - time.monotonic()))
        return self.texts(sender)

    def close(self) -> None:
        self.server.shutdown()
