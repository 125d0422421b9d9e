"""HTTP for the importers that read live APIs (HSDS 3.0 API, 211 Data API).

One `ApiClient` per import: a `requests.Session` with connect/read timeouts, retries
with exponential backoff on 429, 5xx and connection errors (honouring Retry-After),
errors that say what to fix, and a checksum of every byte read for the manifest.
API keys never appear in error messages or log lines: the client redacts them, and
filters urllib3's own retry warnings, which quote the request URL.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util import Retry

from .. import settings
from ..errors import SourceError

__all__ = ["ApiClient", "BadResponseError", "HTTPStatusError"]

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 30.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_AFTER_MAX = 120  # seconds; a server asking to wait longer is treated as down
REDACTED = "***"
_URLLIB3_LOGGERS = ("urllib3.connectionpool", "urllib3.util.retry")


class HTTPStatusError(SourceError):
    """The server answered with an error status (after any retries)."""

    def __init__(self, message: str, *, location: str, status: int) -> None:
        super().__init__(message, location=location)
        self.status = status


class BadResponseError(SourceError):
    """The server answered 200 with something that is not JSON."""


class _RedactSecrets(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, REDACTED)
            record.msg, record.args = message, ()
        return True


class ApiClient:
    """GET or POST JSON with retries; use as a context manager (`with ApiClient(...)`)."""

    def __init__(
        self,
        *,
        headers: dict[str, str] | None = None,
        secrets: list[str | None] | None = None,
        key_env: str = "",
    ) -> None:
        self.retries = max(0, int(settings.get("http_retries")))
        self.secrets = [s for s in (secrets or []) if s]
        self.key_env = key_env
        retry = Retry(
            total=self.retries,
            connect=self.retries,
            read=self.retries,
            status=self.retries,
            other=0,
            backoff_factor=max(0.0, float(settings.get("http_backoff"))),
            backoff_max=RETRY_AFTER_MAX,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=None,  # the 211 search is a POST, and it is safe to repeat
            respect_retry_after_header=True,
            retry_after_max=RETRY_AFTER_MAX,
            raise_on_status=False,
        )
        self.session = requests.Session()
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update({"Accept": "application/json", **(headers or {})})
        self._digest = hashlib.sha256()
        self._filter = _RedactSecrets(self.secrets)

    def __enter__(self) -> ApiClient:
        for name in _URLLIB3_LOGGERS:
            logging.getLogger(name).addFilter(self._filter)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for name in _URLLIB3_LOGGERS:
            logging.getLogger(name).removeFilter(self._filter)
        self.session.close()

    def checksum(self) -> str:
        """sha256 over every response body read so far, in order."""
        return "sha256:" + self._digest.hexdigest()

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def get_json(self, url: str, *, params: dict[str, Any] | None = None) -> Any:
        return self.request("GET", url, params=params)

    def post_json(self, url: str, body: Any, *, params: dict[str, Any] | None = None) -> Any:
        return self.request("POST", url, params=params, body=body)

    def request(
        self, method: str, url: str, *, params: dict[str, Any] | None = None, body: Any = None
    ) -> Any:
        """The parsed JSON answer, or a SourceError that names the URL (never the key)."""
        where = self.redact(url)
        try:
            response = self.session.request(
                method,
                url,
                params=params,
                json=body,
                timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
            )
        except requests.Timeout:
            raise SourceError(
                f"no answer within {READ_TIMEOUT:.0f} s after {self.retries} retries; "
                "the server is slow or down, try again later",
                location=where,
            ) from None
        except requests.RequestException as exc:
            raise SourceError(
                f"cannot reach the server after {self.retries} retries "
                f"({self.redact(_short_reason(exc))}); check the URL and the network",
                location=where,
            ) from None
        if response.status_code >= 400:
            raise self._status_error(response, where)
        self._digest.update(response.content)
        try:
            return response.json()
        except RecursionError:
            raise BadResponseError(
                "the answer is JSON nested too deep to read (over about 1,000 levels)",
                location=where,
            ) from None
        except ValueError:
            start = self.redact(response.text[:60].strip())
            raise BadResponseError(
                f"the answer is not valid JSON (it starts {start!r})", location=where
            ) from None

    def _status_error(self, response: requests.Response, where: str) -> HTTPStatusError:
        status = response.status_code
        label = f"HTTP {status} {response.reason or ''}".strip()
        if status in (401, 403):
            if self.secrets:
                hint = f"the server refused the API key; check {self.key_env}"
            else:
                hint = f"the server needs an API key; set {self.key_env}"
            message = f"{label}: {hint}" if self.key_env else f"{label}: access refused"
        elif status in RETRY_STATUSES:
            message = f"{label} after {self.retries} retries; the server is busy or down, try later"
        elif status == 404:
            message = f"{label}: nothing at this address; check the URL"
        else:
            detail = self.redact(response.text[:120].strip())
            message = f"{label}: the server rejected the request ({detail})"
        return HTTPStatusError(message, location=where, status=status)


def _short_reason(exc: requests.RequestException) -> str:
    """The innermost cause of a connection error, without urllib3's long preamble."""
    cause: BaseException = exc
    while cause.__context__ is not None and cause.__context__ is not cause:
        cause = cause.__context__
    text = str(cause) or type(cause).__name__
    return text.split(": ", 1)[-1][:160]
