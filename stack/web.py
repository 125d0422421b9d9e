"""Serve the chat widget (web/): the snippet an agency embeds, its assets, our demo page.

Everything is read and prepared once at start-up, compressed with gzip and given an
ETag, because the widget must load on a slow phone connection: rasa-webchat's bundle
is 715 kB as published and about 210 kB gzipped, and it is served under a versioned
name that browsers may cache for a year.

Privacy and offline use: rasa-webchat's styles `@import` Google Fonts, in whatever
site embeds the widget. The bundle is served with those imports removed (widget.css
names system fonts instead), and our own page's Content-Security-Policy allows only
this server and the Rasa server besides.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import mimetypes
import re
from dataclasses import dataclass, field
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import yaml

from index.settings import PROJECT_ROOT

__all__ = ["Asset", "build_assets", "languages", "main", "make_server", "security_headers"]

WEB_DIR = PROJECT_ROOT / "web"
MESSAGES_DIR = PROJECT_ROOT / "actions/messages"
LABELS_FILE = WEB_DIR / "labels.yml"
WEBCHAT_DIR = WEB_DIR / "node_modules/rasa-webchat"
# Where widget.js expects the server's settings; replaced by JSON when served.
CONFIG_MARKER = b"/* server config */ {}"
GOOGLE_FONTS_IMPORT = re.compile(rb"@import url\(https://fonts\.googleapis\.com/[^)]*\);")
NO_CACHE = "no-cache"  # revalidate each time (cheap: ETag, 304)
FOREVER = "public, max-age=31536000, immutable"  # only for versioned names
GZIP_MIN_BYTES = 1024


@dataclass(frozen=True)
class Asset:
    """One response body, prepared once: its type, caching, ETag and gzipped form."""

    body: bytes
    content_type: str
    cache_control: str = NO_CACHE
    gzipped: bytes = field(init=False)
    etag: str = field(init=False)

    def __post_init__(self) -> None:
        packed = gzip.compress(self.body, compresslevel=9, mtime=0)
        object.__setattr__(self, "gzipped", packed if len(self.body) >= GZIP_MIN_BYTES else b"")
        object.__setattr__(self, "etag", '"' + hashlib.sha256(self.body).hexdigest()[:32] + '"')


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


def webchat_version() -> str:
    package = WEBCHAT_DIR / "package.json"
    if not package.is_file():
        raise SystemExit("web/node_modules is missing: run scripts/setup (it runs npm ci in web/)")
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def webchat_bundle() -> bytes:
    """rasa-webchat's minified bundle without its Google Fonts imports."""
    bundle = (WEBCHAT_DIR / "lib/index.js").read_bytes()
    return GOOGLE_FONTS_IMPORT.sub(b"", bundle)


def widget_script(config: dict) -> bytes:
    source = (WEB_DIR / "widget.js").read_bytes()
    if CONFIG_MARKER not in source:
        raise SystemExit(f"web/widget.js lost its {CONFIG_MARKER.decode()} marker")
    return source.replace(CONFIG_MARKER, json.dumps(config, ensure_ascii=False).encode())


def build_assets(rasa_url: str) -> dict[str, Asset]:
    """Public path -> prepared response. Nothing else under web/ (node_modules!) is served."""
    webchat_path = f"/vendor/rasa-webchat-{webchat_version()}.js"
    config = {
        "socketUrl": rasa_url,
        "assets": {"css": "/widget.css", "webchat": webchat_path},
        "languages": languages(),
        "labels": yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8")),
    }
    page = _file_asset("index.html")
    return {
        "/": page,
        "/index.html": page,
        "/page.css": _file_asset("page.css"),
        "/widget.css": _file_asset("widget.css"),
        "/widget.js": Asset(widget_script(config), "text/javascript; charset=utf-8"),
        webchat_path: Asset(webchat_bundle(), "text/javascript; charset=utf-8", FOREVER),
    }


def _file_asset(name: str) -> Asset:
    kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Asset((WEB_DIR / name).read_bytes(), f"{kind}; charset=utf-8")


def security_headers(rasa_url: str) -> dict[str, str]:
    """Our page may talk to this server and the Rasa server (HTTP and WebSocket) only."""
    rasa = urlsplit(rasa_url)
    ws = f"ws://{rasa.netloc}" if rasa.scheme == "http" else f"wss://{rasa.netloc}"
    csp = "; ".join(
        [
            "default-src 'self'",
            f"connect-src 'self' {rasa_url} {ws}",
            "img-src 'self' data:",
            "style-src 'self' 'unsafe-inline'",  # rasa-webchat injects its own styles
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

    def __init__(self, *args, assets: dict[str, Asset], headers: dict[str, str], **kwargs):
        self.assets = assets
        self.extra_headers = headers
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        path = urlsplit(self.path).path
        if path == "/healthz":
            self._send(HTTPStatus.OK, Asset(b"ok\n", "text/plain; charset=utf-8"))
        elif path in self.assets:
            self._send(HTTPStatus.OK, self.assets[path])
        else:
            self._send(HTTPStatus.NOT_FOUND, Asset(b"not found\n", "text/plain; charset=utf-8"))

    def _send(self, status: HTTPStatus, asset: Asset) -> None:
        if status == HTTPStatus.OK and self.headers.get("If-None-Match") == asset.etag:
            status, body, encoding = HTTPStatus.NOT_MODIFIED, b"", None
        elif asset.gzipped and "gzip" in self.headers.get("Accept-Encoding", ""):
            body, encoding = asset.gzipped, "gzip"
        else:
            body, encoding = asset.body, None
        self.send_response(status)
        self.send_header("Content-Type", asset.content_type)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", asset.cache_control)
        self.send_header("ETag", asset.etag)
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the http.server API)
        """Request lines without the client's address (no personal data in logs)."""
        print(f"{self.command} {urlsplit(self.path).path} {args[1] if len(args) > 1 else ''}")


def make_server(host: str, port: int, rasa_url: str) -> ThreadingHTTPServer:
    handler = partial(
        WidgetPageHandler, assets=build_assets(rasa_url), headers=security_headers(rasa_url)
    )
    return ThreadingHTTPServer((host, port), handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve Waypoint's chat widget and its page.")
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
