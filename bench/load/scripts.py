"""The conversations the load generator plays: short, realistic multi-turn exchanges.

Each script is what one newcomer might type in one visit, in one language: a
greeting, a need from the demo data's services (English classes, food bank,
tenant help, a clinic without a health card, job search, tax clinic), a short
follow-up (a place, "now", a second need) and thanks or goodbye. The wording
follows the NLU examples in data/nlu/<language>.yml without copying them, so the
NLU sees new sentences, as it does in production.

No script asks for a person or names a crisis. A message can still hand off (a
question only a professional should answer, or low confidence): in office hours a
worker then takes over, the bot rightly stays silent, and the generator ends that
script there and counts the handoff. The single-conversation pass of every run plays
each script once and reports any turn that got no reply, or handed off.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SCRIPTS", "SCRIPT_SETS", "SEARCH_SCRIPTS", "Script"]


@dataclass(frozen=True)
class Script:
    name: str
    language: str
    turns: tuple[str, ...]


SCRIPTS: tuple[Script, ...] = (
    Script(
        "en-english-classes",
        "en",
        (
            "hi",
            "Where can I take free English classes in Toronto?",
            "are there evening classes too",
            "thanks a lot",
            "bye",
        ),
    ),
    Script(
        "en-food-and-housing",
        "en",
        (
            "hello there",
            "I need food for my family tonight",
            "Toronto",
            "my landlord wants to evict me, who can help",
            "thank you",
        ),
    ),
    Script(
        "en-health-and-work",
        "en",
        (
            "good morning",
            "is there a clinic if I don't have a health card",
            "help with my resume and finding a job",
            "thanks",
            "goodbye",
        ),
    ),
    Script(
        "fr-francisation",
        "fr",
        (
            "bonjour",
            "Où puis-je suivre des cours de français gratuits à Montréal ?",
            "j'ai aussi besoin d'une banque alimentaire",
            "merci beaucoup",
            "au revoir",
        ),
    ),
    Script(
        "fr-logement-impots",
        "fr",
        (
            "salut",
            "mon propriétaire veut m'expulser, qui peut m'aider ?",
            "aide gratuite pour remplir ma déclaration d'impôts",
            "merci",
        ),
    ),
    Script(
        "es-ingles-empleo",
        "es",
        (
            "hola",
            "¿Dónde puedo tomar clases de inglés gratis en Toronto?",
            "necesito ayuda para buscar trabajo",
            "gracias",
            "adiós",
        ),
    ),
    Script(
        "zh-english-food",
        "zh",
        (
            "你好",
            "在多伦多哪里可以上免费的英语课？",
            "我需要食物银行",
            "谢谢",
        ),
    ),
    Script(
        "tl-english-taxes",
        "tl",
        (
            "kumusta",
            "Saan ako puwedeng mag-aral ng libreng English class sa Toronto?",
            "kailangan ko ng tulong sa pag-file ng tax",
            "salamat po",
        ),
    ),
    Script(
        "so-english",
        "so",
        (
            "salaan",
            "Xagee Toronto ka heli karaa fasallo Ingiriisi oo bilaash ah?",
            "mahadsanid",
        ),
    ),
    Script(
        "ti-english",
        "ti",
        (
            "ሰላም",
            "ኣብ ቶሮንቶ ናጻ ትምህርቲ እንግሊዝኛ ኣበይ ክረክብ እኽእል?",
            "የቐንየለይ",
        ),
    ),
)

# Every turn a service question (DESIGN.md's throughput target: "every turn
# searching"): one person asks about several needs in a row, in their language.
SEARCH_SCRIPTS: tuple[Script, ...] = (
    Script(
        "en-needs",
        "en",
        (
            "Where can I take free English classes in Toronto?",
            "I need food for my family tonight",
            "my landlord wants to evict me what can I do",
            "help with my resume and finding a job",
        ),
    ),
    Script(
        "en-more-needs",
        "en",
        (
            "is there a clinic if I don't have a health card",
            "help filing my taxes for free",
            "child care subsidy",
            "emergency shelter for tonight",
        ),
    ),
    Script(
        "fr-besoins",
        "fr",
        (
            "Où puis-je suivre des cours de français gratuits à Montréal ?",
            "j'ai besoin d'une banque alimentaire",
            "mon propriétaire veut m'expulser",
            "aide pour trouver un emploi",
        ),
    ),
    Script(
        "es-necesidades",
        "es",
        (
            "¿Dónde puedo tomar clases de inglés gratis en Toronto?",
            "necesito un banco de comida",
            "ayuda para buscar trabajo",
        ),
    ),
    Script(
        "zh-needs",
        "zh",
        ("在多伦多哪里可以上免费的英语课？", "我需要食物银行", "我需要找工作"),
    ),
    Script(
        "tl-needs",
        "tl",
        (
            "Saan ako puwedeng mag-aral ng libreng English class sa Toronto?",
            "kailangan ko ng tulong sa pag-file ng tax",
        ),
    ),
)

SCRIPT_SETS = {"conversations": SCRIPTS, "searches": SEARCH_SCRIPTS}
