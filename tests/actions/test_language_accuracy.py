"""Detection accuracy per language on our labelled short chat messages, printed.

The set is bench/data/language_messages.jsonl (32 messages a language: plain, mixed with
English, typos, romanized). bench/language_detection.py compares detectors on it; this
test holds the bot's own detector to a floor. Romanized messages are reported but not
held: no offline detector we tried reads them (see the README).
"""

from __future__ import annotations

import json
from collections import Counter

from actions.catalogue import supported_languages
from actions.language import detect_language
from index.settings import PROJECT_ROOT

DATA = PROJECT_ROOT / "bench/data/language_messages.jsonl"
MIN_ACCURACY = 0.8  # per language, romanized messages left out
MIN_MESSAGES = 30


def test_detection_accuracy_per_language_on_short_messages():
    messages = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    total, right, held_total, held_right = Counter(), Counter(), Counter(), Counter()
    for message in messages:
        correct = detect_language(message["text"]) == message["lang"]
        total[message["lang"]] += 1
        right[message["lang"]] += correct
        if message["kind"] != "romanized":
            held_total[message["lang"]] += 1
            held_right[message["lang"]] += correct
    print("\nlanguage  messages  accuracy  accuracy without romanized")
    for lang in sorted(total):
        print(f"{lang:8}  {total[lang]:8}  {right[lang] / total[lang]:8.2f}  "
              f"{held_right[lang] / held_total[lang]:8.2f}")
    assert set(total) == set(supported_languages())
    assert min(total.values()) >= MIN_MESSAGES
    weak = {lang: held_right[lang] / held_total[lang] for lang in total
            if held_right[lang] / held_total[lang] < MIN_ACCURACY}
    assert not weak, f"detection below {MIN_ACCURACY} on short messages: {weak}"
