"""Realistic service questions in English and French, for the benchmarks."""

QUESTIONS = [
    "Where can I take free English classes in Toronto?",
    "I need food for my family tonight",
    "my landlord wants to evict me what can I do",
    "I need a lawyer for my refugee claim",
    "is there a clinic if I don't have a health card",
    "help with my resume and finding a job",
    "how do I get my engineering degree recognized",
    "emergency shelter for tonight",
    "free counselling in Arabic",
    "child care subsidy",
    "help filing my taxes for free",
    "I need an interpreter for a doctor appointment",
    "Où puis-je suivre des cours de français gratuits à Montréal ?",
    "j'ai besoin d'une banque alimentaire",
    "mon propriétaire veut m'expulser",
    "aide pour trouver un emploi",
    "je cherche un médecin qui parle espagnol",
    "aide pour la demande d'asile",
    "allocation canadienne pour enfants",
    "services pour les aînés immigrants",
]
