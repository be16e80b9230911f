"""Train-only phrasings, fourth edition: written after the third edition's test split was fixed, from the
concepts' TRAIN phrasings and domain knowledge only (the writers never saw a validation or test phrasing).

Each `extra_*.py` module defines `TRAIN_ONLY = {concept_id: {lang: "phrasing|phrasing|..."}}`. They join a
concept's train phrasings after the seeded split (build_data.Domain), so every validation and test phrasing,
and with them the held-out figures' test set, stay exactly as before: more training data, same exam.
"""
import importlib


def load(*modules):
    """Merges the named modules' TRAIN_ONLY tables into {concept_id: {lang: [phrasing, ...]}}."""
    out = {}
    for name in modules:
        table = importlib.import_module(name).TRAIN_ONLY  # a misspelt module name is an error, not less data
        for cid, by_lang in table.items():
            for lang, items in by_lang.items():
                out.setdefault(cid, {}).setdefault(lang, []).extend(
                    s.strip() for s in items.split("|") if s.strip())
    return out


def load_by_language(name, table="UNSUPPORTED_TRAIN_ONLY"):
    """A module's {lang: "phrasing|..."} table as {lang: [phrasing, ...]} (phrasings of no particular concept)."""
    return {lang: [p.strip() for p in items.split("|") if p.strip()]
            for lang, items in getattr(importlib.import_module(name), table).items()}
