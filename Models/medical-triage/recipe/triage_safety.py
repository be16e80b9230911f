"""Reference implementation (Python) of the triage safety layer that Swift implements from red_flags.json:
red-flag phrase rules, vitals danger zones, abstention, department lookup. The evaluation and golden.json
use exactly this code, so Swift can be checked against it case by case.
"""
import json
import unicodedata

LEVELS = ["1_immediate", "2_emergent", "3_urgent", "4_less_urgent", "5_non_urgent"]


def normalize(text):
    t = unicodedata.normalize("NFKC", text).lower()
    return " ".join(t.split())


def _is_latin_letter(ch):
    return ch.isalpha() and "LATIN" in unicodedata.name(ch, "")


def term_matches(term, text):
    start = 0
    need_word_start = bool(term) and _is_latin_letter(term[0])
    while True:
        i = text.find(term, start)
        if i < 0:
            return False
        prev = text[i - 1] if i > 0 else ""
        if not need_word_start or i == 0 or not (_is_latin_letter(prev) or prev.isdecimal()):
            return True
        start = i + 1


def pattern_matches(pattern, text):
    return all(any(term_matches(t, text) for t in group) for group in pattern)


class Safety:
    def __init__(self, red_flags_path, departments_path=None):
        self.cfg = json.load(open(red_flags_path, encoding="utf-8"))
        self.depts = json.load(open(departments_path, encoding="utf-8")) if departments_path else None

    def fired_rules(self, text):
        t = normalize(text)
        fired = []
        for r in self.cfg["rules"]:
            if any(pattern_matches(p, t) for pats in r["patterns"].values() for p in pats):
                fired.append(r)
        return fired

    def fired_vitals(self, vitals):
        vitals = vitals or {}
        age = vitals.get("age_years")
        out = []
        for r in self.cfg["vitals"]["rules"]:
            v = vitals.get(r["field"])
            if v is None:
                continue
            if "ageYears" in r:
                lo, hi = r["ageYears"]
                if age is None:
                    if not r.get("whenAgeUnknown"):
                        continue
                elif not (age >= lo and (hi is None or age < hi)):
                    continue
            op, th = r["op"], r["value"]
            hit = False
            if op == "<":
                hit = v < th
            elif op == "<=":
                hit = v <= th
            elif op == ">":
                hit = v > th
            elif op == ">=":
                hit = v >= th
            elif op == "in":
                hit = v in th
            if hit:
                out.append(r)
        return out

    def unfamiliar(self, text):
        u = self.cfg["abstention"]["unfamiliarInput"]
        t = normalize(text)
        letters = [c for c in t if unicodedata.category(c).startswith("L")]
        if len(letters) < u["minLetters"]:
            return True
        ok = 0
        for c in letters:
            name = unicodedata.name(c, "")
            if name.startswith("LATIN") or name.startswith("CJK") or name.startswith("THAI"):
                ok += 1
        return ok / len(letters) < u["minSupportedLetterFraction"]

    def department(self, text, level):
        if self.depts is None:
            return None
        if level <= self.depts["emergencyAtOrBelowLevel"]:
            return "emergency"
        t = normalize(text)
        for d in self.depts["departments"]:
            for pats in d["patterns"].values():
                if any(pattern_matches(p, t) for p in pats):
                    return d["id"]
        return self.depts["default"]

    def decide(self, text, probs, vitals=None):
        """probs: calibrated probabilities over LEVELS. Returns the final result object."""
        a = self.cfg["abstention"]
        model_level = int(max(range(5), key=lambda i: probs[i])) + 1
        conf = float(max(probs))
        level = model_level
        reasons = []
        escalate = False
        if conf < a["minConfidence"]:
            escalate = True
            set_levels = [i + 1 for i in range(5) if probs[i] >= a["predictionSetMinProbability"]]
            level = min([level, 3] + set_levels)
            reasons.append("low_confidence")
        if self.unfamiliar(text):
            escalate = True
            level = min(level, 3)
            reasons.append("unfamiliar_input")
        rules = self.fired_rules(text)
        vit = self.fired_vitals(vitals)
        for r in rules + vit:
            if r["targetLevel"] <= level:
                level = r["targetLevel"]
            reasons.append(r["id"])
        if rules or vit:
            escalate = escalate or min(r["targetLevel"] for r in rules + vit) <= 2
        return {
            "acuity": LEVELS[level - 1],
            "level": level,
            "modelAcuity": LEVELS[model_level - 1],
            "confidence": round(conf, 6),
            "scores": {LEVELS[i]: round(float(probs[i]), 6) for i in range(5)},
            "escalate": bool(escalate),
            "redFlags": [r["id"] for r in rules],
            "vitalsFlags": [r["id"] for r in vit],
            "reasons": reasons,
            "department": self.department(text, level),
            "notice": "Decision support only, not a diagnosis. If symptoms are severe or worsening, call emergency services.",
        }
