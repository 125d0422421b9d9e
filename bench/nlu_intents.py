"""Intent accuracy per language on held-out messages (not in data/nlu), with the trained model.

    .venv-rasa/bin/python bench/nlu_intents.py [--model var/rasa-models/waypoint.tar.gz]

Runs in the Rasa environment (it loads the model like the server does, about a minute).
bench/data/intent_messages.jsonl: six messages a language (greet, thank, ask_human,
choose_language, ask_services, goodbye), written after training. nlu_fallback counts as
right for ask_services: data/rules.yml sends it to retrieval, as it does ask_services.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


async def evaluate(model: Path, data: Path) -> None:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    right, total, misses = Counter(), Counter(), []
    for line in data.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        parsed = await agent.parse_message(case["text"])
        got = parsed["intent"]["name"]
        ok = got == case["intent"] or (case["intent"] == "ask_services" and got == "nlu_fallback")
        total[case["lang"]] += 1
        right[case["lang"]] += ok
        if not ok:
            misses.append(f"{case['lang']}: {case['text']!r} is {case['intent']}, got {got}")
    print("| language | right | of |\n|---|---|---|")
    for lang in total:
        print(f"| {lang} | {right[lang]} | {total[lang]} |")
    print(f"| all | {sum(right.values())} | {sum(total.values())} |")
    print("\n".join(misses))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "var/rasa-models/waypoint.tar.gz")
    parser.add_argument("--data", type=Path, default=ROOT / "bench/data/intent_messages.jsonl")
    args = parser.parse_args()
    asyncio.run(evaluate(args.model, args.data))


if __name__ == "__main__":
    main()
