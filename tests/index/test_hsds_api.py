"""The HSDS 3.0 importer reading a live API by URL, against a real local HTTP server."""

from __future__ import annotations

import json
import logging
import math
import socket
import time

import pytest

from index import RecordProblem, SourceError, parse_source_spec, run_import
from tests.conftest import FIXTURES
from tests.httpfake import FakeServer, Reply

SMALL = json.loads((FIXTURES / "hsds/small.json").read_text())["contents"]
VALID_IDS = {"svc-english", "svc-food", "svc-closed", "svc-stale", "svc-nodesc"}
NESTED = ("phones", "schedules", "languages", "attributes", "service_at_locations")
SECRET = "hsds-secret-7f3a"


def full(service: dict) -> dict:
    return {"service_at_locations": [], **service}


def list_form(service: dict) -> dict:
    """What /services lists without full=true: one-to-one fields only."""
    return {k: v for k, v in service.items() if k not in NESTED}


def serve(server: FakeServer, services: list, *, per_page: int = 2, form=full):
    """Paged /api/services plus /api/services/{id}, as an HSDS 3.0 API answers.

    Returns the page handler, for tests that script failures around it.
    """
    pages = max(1, math.ceil(len(services) / per_page))

    def page(request):
        number = int(request.query.get("page", 1))
        chunk = services[(number - 1) * per_page : number * per_page]
        contents = [form(s) if isinstance(s, dict) else s for s in chunk]
        return Reply(200, {"total_pages": pages, "page_number": number, "contents": contents})

    server.route("GET", "/api/services", page)
    for service in services:
        if isinstance(service, dict) and service.get("id"):
            server.route("GET", f"/api/services/{service['id']}", Reply(200, full(service)))
    return page


def import_api(server: FakeServer):
    return run_import(parse_source_spec(f"hsds-json:{server.url}/api"))


def test_api_import_reads_every_page_and_keeps_source_ids(fake_api):
    serve(fake_api, SMALL, per_page=2)
    result = import_api(fake_api)
    assert {r.id for r in result.records} == VALID_IDS
    assert [r.query["page"] for r in fake_api.sent("/api/services")] == ["1", "2", "3", "4"]
    assert result.source.name == fake_api.url.removeprefix("http://") + "/api"
    assert result.source.checksum.startswith("sha256:")


def test_api_import_reports_malformed_records_and_keeps_the_rest(fake_api):
    serve(fake_api, SMALL, per_page=3)
    messages = [str(p) for p in import_api(fake_api).problems]
    assert any("page=2: service #3" in m and "no id" in m for m in messages)
    assert any("svc-baddate" in m and "assured_date" in m for m in messages)


def test_api_list_items_are_fetched_in_full(fake_api):
    serve(fake_api, SMALL[:2], form=list_form)
    english = next(r for r in import_api(fake_api).records if r.id == "svc-english")
    assert fake_api.sent("/api/services/svc-english")
    assert english.phones[0].number == "416-555-0101"
    assert english.locations[0].address.city == "Toronto"
    assert english.languages == ["en", "ar"]


def test_api_full_list_items_are_not_fetched_again(fake_api):
    serve(fake_api, SMALL[:2], form=full)
    import_api(fake_api)
    assert fake_api.sent("/api/services")[0].query["full"] == "true"
    assert not fake_api.sent("/api/services/svc-english")


def test_api_detail_gone_is_a_record_problem(fake_api):
    serve(fake_api, SMALL[:2], form=list_form)
    fake_api.route("GET", "/api/services/svc-food", Reply(404, {"error": "gone"}))
    result = import_api(fake_api)
    assert [r.id for r in result.records] == ["svc-english"]
    assert result.problems[0].record_id == "svc-food" and "404" in result.problems[0].reason


@pytest.mark.shared_data
def test_api_spec_example_matches_the_json_file(fake_api, shared_dir):
    examples = shared_dir / "data/hsds-3.0/examples"
    item = json.loads((examples / "service_list.json").read_text())["contents"][0]
    service = json.loads((examples / "service_full.json").read_text())
    fake_api.route("GET", "/api/services", Reply(200, {"total_pages": 1, "contents": [item]}))
    fake_api.route("GET", f"/api/services/{item['id']}", Reply(200, service))
    from_api = import_api(fake_api).records[0].to_dict()
    from_file = run_import(parse_source_spec(f"hsds-json:{examples / 'service_full.json'}"))
    assert from_api | {"source": ""} == from_file.records[0].to_dict() | {"source": ""}


@pytest.mark.parametrize("header", [None, "Authorization"])
def test_api_key_is_sent_in_the_configured_header(fake_api, monkeypatch, header):
    monkeypatch.setenv("WAYPOINT_HSDS_API_KEY", SECRET)
    if header:
        monkeypatch.setenv("WAYPOINT_HSDS_API_KEY_HEADER", header)
    serve(fake_api, SMALL[:1])
    import_api(fake_api)
    assert fake_api.requests[0].headers[(header or "x-api-key").lower()] == SECRET


def test_api_without_a_key_sends_no_key_header(fake_api):
    serve(fake_api, SMALL[:1])
    import_api(fake_api)
    assert "x-api-key" not in fake_api.requests[0].headers


@pytest.mark.parametrize("status", [401, 403])
def test_api_refused_key_says_which_setting_and_hides_the_key(fake_api, monkeypatch, status):
    monkeypatch.setenv("WAYPOINT_HSDS_API_KEY", SECRET)
    fake_api.route("GET", "/api/services", Reply(status, {"error": "bad key " + SECRET}))
    with pytest.raises(SourceError, match="check WAYPOINT_HSDS_API_KEY") as error:
        import_api(fake_api)
    assert SECRET not in str(error.value)


def test_api_429_is_retried_after_the_servers_retry_after(fake_api):
    page = serve(fake_api, SMALL[:1])
    fake_api.route("GET", "/api/services", Reply(429, {}, {"Retry-After": "1"}), page)
    started = time.monotonic()
    result = import_api(fake_api)
    assert 1.0 <= time.monotonic() - started < 5
    assert [r.id for r in result.records] == ["svc-english"]
    assert len(fake_api.sent("/api/services")) == 2


def test_api_server_errors_give_up_after_the_retries(fake_api, monkeypatch):
    monkeypatch.setenv("WAYPOINT_HTTP_RETRIES", "2")
    fake_api.route("GET", "/api/services", Reply(500, {"error": "boom"}))
    started = time.monotonic()
    with pytest.raises(SourceError, match="HTTP 500.*after 2 retries"):
        import_api(fake_api)
    assert len(fake_api.sent("/api/services")) == 3
    assert time.monotonic() - started < 5


def test_api_page_that_is_not_json_fails_the_source(fake_api):
    page = serve(fake_api, SMALL, per_page=2)
    fake_api.route("GET", "/api/services", page, Reply(200, "<html>maintenance</html>"))
    with pytest.raises(SourceError, match="not valid JSON"):
        import_api(fake_api)


def test_api_page_without_contents_fails_the_source(fake_api):
    fake_api.route("GET", "/api/services", Reply(200, {"items": []}))
    with pytest.raises(SourceError, match="expected an HSDS 3.0 paged list"):
        import_api(fake_api)


def test_api_checksum_follows_the_content(fake_api):
    serve(fake_api, SMALL[:2])
    first, again = import_api(fake_api).source.checksum, import_api(fake_api).source.checksum
    serve(fake_api, SMALL[:1])
    assert first == again != import_api(fake_api).source.checksum


def test_api_unreachable_server_fails_clearly_and_logs_no_key(monkeypatch, caplog):
    monkeypatch.setenv("WAYPOINT_HSDS_API_KEY", SECRET)
    monkeypatch.setenv("WAYPOINT_HTTP_RETRIES", "1")
    monkeypatch.setenv("WAYPOINT_HTTP_BACKOFF", "0.01")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again before the import
    caplog.set_level(logging.DEBUG)
    with pytest.raises(SourceError, match="cannot reach the server after 1 retries"):
        run_import(parse_source_spec(f"hsds-json:http://127.0.0.1:{port}/api"))
    assert SECRET not in caplog.text


def test_record_problem_is_the_reported_type(fake_api):
    serve(fake_api, SMALL[5:6])  # the service without an id
    assert isinstance(import_api(fake_api).problems[0], RecordProblem)
