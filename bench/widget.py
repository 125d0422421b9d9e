"""The widget's page weight and time to its first message, on a fast link and on slow 3G.

Starts the stack (as scripts/run does) on free ports, then loads the widget page in
headless Chromium (/usr/bin/chromium) with an empty cache, once per run: it opens the
chat as soon as the launcher shows and waits for the bot's first message (the greeting
and the first-message notice). Prints what went over the wire by resource type
(encoded bytes, i.e. gzipped where the server compressed), the number of requests, and
the times from navigation start. "slow 3G" is DevTools' preset, set with the DevTools
protocol: 400 kbit/s each way and 2,000 ms of added round-trip latency per HTTP request
(WebSocket frames are not delayed by the emulation).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stack import Stack, StackConfig, free_port  # noqa: E402
from tests.e2e.widget import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

SLOW_3G = {"offline": False, "latency": 2000, "downloadThroughput": 50_000,
           "uploadThroughput": 50_000}
FAST = None
# Runs in the page before any of its scripts: when did the launcher and the first bot
# message appear (ms since navigation start)?
TIMING_SCRIPT = """
window.__waypoint = {};
new MutationObserver(() => {
  const t = window.__waypoint;
  const launcher = document.querySelector('.rw-launcher');
  if (!t.launcher && launcher && launcher.getClientRects().length) t.launcher = performance.now();
  if (!t.message && document.querySelector('.rw-response')) t.message = performance.now();
}).observe(document, {childList: true, subtree: true, attributes: true});
"""


def load_once(browser, url: str, conditions: dict | None) -> dict:
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="en-CA")
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    if conditions:
        cdp.send("Network.emulateNetworkConditions", conditions)
    kinds: dict[str, str] = {}
    sent: dict[str, int] = defaultdict(int)
    frames: list[int] = []
    cdp.on("Network.responseReceived", lambda e: kinds.__setitem__(e["requestId"], e["type"]))
    cdp.on(
        "Network.loadingFinished",
        lambda e: sent.__setitem__(e["requestId"], int(e["encodedDataLength"])),
    )
    cdp.on(
        "Network.webSocketFrameReceived",
        lambda e: frames.append(len(e["response"]["payloadData"].encode())),
    )
    page.add_init_script(TIMING_SCRIPT)
    page.goto(url, wait_until="commit", timeout=300_000)
    page.click(".rw-launcher", timeout=300_000)
    page.wait_for_selector(".rw-response", timeout=300_000)
    times = page.evaluate("() => window.__waypoint")
    page.wait_for_timeout(500)  # the last loadingFinished events
    by_type: dict[str, int] = defaultdict(int)
    for request_id, size in sent.items():
        by_type[kinds.get(request_id, "Other")] += size
    if frames:
        by_type["WebSocket frames"] += sum(frames)
    context.close()
    return {"times": times, "by_type": dict(by_type), "requests": len(sent)}


def report(name: str, runs: list[dict]) -> None:
    first = runs[0]
    launcher = statistics.median(r["times"]["launcher"] for r in runs)
    message = statistics.median(r["times"]["message"] for r in runs)
    total = sum(first["by_type"].values())
    print(f"\n{name} ({len(runs)} run{'s' if len(runs) > 1 else ''}, median)")
    print(f"  launcher shown        {launcher / 1000:6.2f} s")
    print(f"  first bot message     {message / 1000:6.2f} s")
    print(f"  HTTP requests         {first['requests']}")
    print(f"  transferred           {total / 1024:7.1f} KiB")
    for kind, size in sorted(first["by_type"].items(), key=lambda item: -item[1]):
        print(f"    {kind:<20}{size / 1024:7.1f} KiB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fast-runs", type=int, default=3)
    parser.add_argument("--slow-runs", type=int, default=1)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="waypoint-bench-"))
    config = StackConfig(
        rasa_port=free_port(), action_port=free_port(), web_port=free_port(),
        tracker_db=tmp / "tracker.db", log_dir=tmp / "logs",
    )
    started = time.perf_counter()
    with Stack(config) as stack, sync_playwright() as playwright:
        print(f"stack started in {time.perf_counter() - started:.0f} s")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        url = stack.config.web_url + "/"
        load_once(browser, url, FAST)  # warm-up: the servers' first turn is slower
        report("fast (loopback)", [load_once(browser, url, FAST) for _ in range(args.fast_runs)])
        report("slow 3G", [load_once(browser, url, SLOW_3G) for _ in range(args.slow_runs)])
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
