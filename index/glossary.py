"""Cross-lingual query expansion: a question's service words, in English too.

The embedding model links "cours d'anglais" to "English classes" well, but Somali,
Tigrinya or Punjabi questions much less well, and BM25 cannot link them at all:
the 211 records are in English. The glossary (data/glossary/<language>.yml) maps
the words people use for common needs, in each supported language, to concepts;
en.yml gives each concept's English words. A question that mentions a concept in
any language is searched with the concept's first English words appended:

    "Xaggee ka heli karaa dhakhtar ilkaha?" -> "... (dental care, dentist, toothache)"

Matching ignores case and accents. An entry matches at the start of a word, so a word
beginning ("kirad", "школ") covers its endings; only Chinese entries match anywhere, as
Chinese does not separate words. (Matching anywhere in Devanagari or Arabic script let
the Hindi "लत", addiction, match inside "मिलती", "found"; Arabic forms with the article
are listed as entries of their own.)

Adding a language is one more file with the same concept keys.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex
import yaml

from .text import strip_accents_casefold

__all__ = ["Glossary", "expand_query", "load_glossary"]

GLOSSARY_DIR = Path(__file__).parent / "data" / "glossary"
ENGLISH_WORDS_ADDED = 3  # per concept: its first words in en.yml

# Spellings that differ between Arabic and Persian keyboards for the same letter,
# and the zero-width non-joiner Persian writes inside words (often typed as a space).
_SCRIPT_VARIANTS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " "})


def fold(text: str) -> str:
    """The form both questions and glossary entries are compared in."""
    return " ".join(strip_accents_casefold(text.translate(_SCRIPT_VARIANTS)).split())


@dataclass(frozen=True)
class Glossary:
    english: dict[str, tuple[str, ...]]  # concept -> English words, most useful first
    pattern: regex.Pattern  # any entry of any language
    concept_of: dict[str, str]  # folded entry -> concept

    def concepts_in(self, text: str) -> list[str]:
        """The concepts `text` mentions, in the order they first appear."""
        found = (self.concept_of[m.group(0)] for m in self.pattern.finditer(fold(text)))
        return list(dict.fromkeys(found))

    def expand(self, text: str) -> str:
        """`text` with the English words of the concepts it mentions appended."""
        words = [w for c in self.concepts_in(text) for w in self.english[c][:ENGLISH_WORDS_ADDED]]
        return f"{text} ({', '.join(words)})" if words else text


def expand_query(text: str) -> str:
    return load_glossary().expand(text)


@cache
def load_glossary(folder: Path = GLOSSARY_DIR) -> Glossary:
    files = sorted(Path(folder).glob("*.yml"))
    if not any(f.stem == "en" for f in files):
        raise FileNotFoundError(f"{folder} has no en.yml: the glossary needs English words")
    concept_of: dict[str, str] = {}
    english: dict[str, tuple[str, ...]] = {}
    for path in files:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for concept, words in entries.items():
            if concept.startswith("_"):
                continue
            if path.stem == "en":
                english[concept] = tuple(words)
            for word in words:
                concept_of.setdefault(fold(str(word)), concept)
    unknown = sorted({c for c in concept_of.values() if c not in english})
    if unknown:
        raise ValueError(f"glossary concepts missing from en.yml: {', '.join(unknown)}")
    return Glossary(english, _entry_pattern(concept_of), concept_of)


def _entry_pattern(entries) -> regex.Pattern:
    """One regex for every entry: at a word start, or anywhere for Chinese entries.

    The alternatives are nested as a trie ("bus pass|bus stop" -> "bus (?:pass|stop)"):
    with 2,000 entries a flat alternation took 6-8 ms a question, the trie 0.4 ms.
    Optional tails are greedy, so the longest entry wins.
    """
    anywhere = [e for e in entries if _unspaced(e[0])]
    word_start = [e for e in entries if not _unspaced(e[0])]
    # Not after a letter, digit or combining mark: Python's \w misses the vowel signs of
    # Devanagari and Gurmukhi, so "लत" would start a word inside "मिलती".
    parts = [rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){_trie(word_start)}" if word_start else "",
             _trie(anywhere) if anywhere else ""]
    return regex.compile("|".join(p for p in parts if p))


def _unspaced(char: str) -> bool:
    """Chinese (and Japanese) write words without spaces: an entry may start anywhere."""
    return unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA"))


def _trie(words) -> str:
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # the end of an entry
    return _trie_regex(root)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items())
                if char]
    if not branches:
        return ""
    if "" in node:  # an entry ends here; longer ones go on
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
