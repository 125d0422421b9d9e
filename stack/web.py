"""Serve the widget page (web/) with a strict Content-Security-Policy.

The CSP is also what keeps the widget private and offline: rasa-webchat asks for
Google Fonts, and `font-src 'self'` / `style-src` without third parties stop that
request in the person's browser.
"""

from __future__ import annotations

import argparse
import json
import mimetypes
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import yaml

from index.settings import PROJECT_ROOT

__all__ = ["main", "make_server"]

WEB_DIR = PROJECT_ROOT / "web"
MESSAGES_DIR = PROJECT_ROOT / "actions/messages"
# Public path -> file. Nothing else under web/ (node_modules!) is served.
FILES = {
    "/": WEB_DIR / "index.html",
    "/index.html": WEB_DIR / "index.html",
    "/page.css": WEB_DIR / "page.css",
    "/widget.js": WEB_DIR / "widget.js",
    "/vendor/rasa-webchat.js": WEB_DIR / "node_modules/rasa-webchat/lib/index.js",
}


def languages() -> list[dict[str, str]]:
    """The bot's languages for the widget's menu: code, own name, direction (catalogue _meta)."""
    found = []
    for path in sorted(MESSAGES_DIR.glob("*.yml")):
        meta = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("_meta", {})
        found.append(
            {"code": path.stem, "name": meta.get("language", path.stem),
             "direction": meta.get("direction", "ltr")}
        )
    return found


def security_headers(rasa_url: str) -> dict[str, str]:
    rasa = urlsplit(rasa_url)
    ws = f"ws://{rasa.netloc}" if rasa.scheme == "http" else f"wss://{rasa.netloc}"
    csp = "; ".join(
        [
            "default-src 'self'",
            f"connect-src 'self' {rasa_url} {ws}",
            "img-src 'self' data:",
            "style-src 'self' 'unsafe-inline'",  # the widget injects its own styles
            "font-src 'self'",
            "script-src 'self'",
            "frame-ancestors 'self'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }


class WidgetPageHandler(BaseHTTPRequestHandler):
    server_version = "waypoint-web"

    def __init__(self, *args, rasa_url: str, **kwargs) -> None:
        self.rasa_url = rasa_url
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        path = urlsplit(self.path).path
        if path == "/healthz":
            self._send(HTTPStatus.OK, b"ok\n", "text/plain; charset=utf-8")
        elif path == "/config.js":
            config = json.dumps(
                {"socketUrl": self.rasa_url, "languages": languages()}, ensure_ascii=False
            )
            body = f"window.WAYPOINT_CONFIG = {config};\n".encode()
            self._send(HTTPStatus.OK, body, "text/javascript; charset=utf-8")
        elif path in FILES and FILES[path].is_file():
            file = FILES[path]
            kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            if kind.startswith("text/") or kind.endswith("javascript"):
                kind += "; charset=utf-8"
            self._send(HTTPStatus.OK, file.read_bytes(), kind)
        else:
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        for name, value in security_headers(self.rasa_url).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


def make_server(host: str, port: int, rasa_url: str) -> ThreadingHTTPServer:
    if not FILES["/vendor/rasa-webchat.js"].is_file():
        raise SystemExit("web/node_modules is missing: run scripts/setup (it runs npm ci in web/)")
    return ThreadingHTTPServer((host, port), partial(WidgetPageHandler, rasa_url=rasa_url))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve Waypoint's widget page.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument(
        "--rasa-url", default="http://127.0.0.1:5005", help="the Rasa server the widget connects to"
    )
    args = parser.parse_args(argv)
    server = make_server(args.host, args.port, args.rasa_url.rstrip("/"))
    print(f"Widget page on http://{args.host}:{args.port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
