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


def pattern_matches(pattern, text, also=frozenset()):
    """`also`: terms known to match by another rule (the fuzzy one)."""
    return all(any(t in also or term_matches(t, text) for t in group) for group in pattern)


def words(text):
    """MATCHING["fuzzy"] words of normalised text: apostrophes dropped, maximal runs of L*, M*, N* characters."""
    out, cur = [], []
    for ch in text.replace("'", "").replace("\u2019", ""):
        if unicodedata.category(ch)[0] in "LMN":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def ascii_word(w):
    return bool(w) and all("a" <= c <= "z" for c in w)


def at_most_one_edit(a, b):
    """Optimal string alignment distance <= 1: equal, or one insertion, deletion, substitution or adjacent swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) < len(b):
        a, b = b, a
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i:]


def _deletions(w):
    return {w} | {w[:i] + w[i + 1:] for i in range(len(w))}


def _deletions2(w):
    """`w` and every word made by deleting one or two of its letters."""
    return {d2 for d1 in _deletions(w) for d2 in _deletions(d1)}


def within_two_edits(a, b):
    """Optimal string alignment distance <= 2 (insertions, deletions, substitutions, adjacent swaps; no letter
    edited twice)."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1] <= 2


class TypoTolerantTerms:
    """The fuzzy rule of MATCHING["fuzzy"] for a set of terms. Candidates come from a deletion-neighbourhood index
    (every vocabulary word under itself and each one-letter deletion; a word one edit away shares a key) and are
    confirmed by at_most_one_edit; words of twoEditMinWordLength letters or more are also filed under their two-letter
    deletions and confirmed by within_two_edits (SymSpell's symmetric delete at distance 2)."""

    def __init__(self, terms, known_words, min_word_length, two_edit_min_word_length=None):
        self.known, self.min_len, self.min_len2 = set(known_words), min_word_length, two_edit_min_word_length
        self.term_words = {}
        for t in terms:
            ws = words(t)
            if ws and all(ascii_word(w) for w in ws):
                self.term_words[t] = tuple(ws)
        self.by_key, self.by_key2 = {}, {}
        for w in {w for ws in self.term_words.values() for w in ws}:
            for k in _deletions(w):
                self.by_key.setdefault(k, set()).add(w)
            if self.min_len2 and len(w) >= self.min_len2:  # two-edit neighbourhood of the long words only
                for k in _deletions2(w):
                    self.by_key2.setdefault(k, set()).add(w)

    def stands_for(self, word):
        """The term words `word` matches: itself, and when it is an unknown ASCII word, those one edit away and the
        term words of twoEditMinWordLength letters or more two edits away."""
        out = {word}
        if ascii_word(word) and word not in self.known:
            for k in _deletions(word):
                out |= {w for w in self.by_key.get(k, ()) if at_most_one_edit(word, w)}
            if self.by_key2 and len(word) >= self.min_len2 - 2:  # shorter words are > 2 edits from every long one
                for k in _deletions2(word):
                    out |= {w for w in self.by_key2.get(k, ()) if within_two_edits(word, w)}
        return out

    def found(self, text):
        """Terms that match normalised `text` by the fuzzy rule."""
        ws = [(w, self.stands_for(w)) for w in words(text)]
        present = set().union(*(c for _, c in ws)) if ws else set()
        hits = set()
        for t, tws in self.term_words.items():
            if tws[0] not in present:
                continue
            k = len(tws)
            if any(self._run_matches(tws, ws[i:i + k]) for i in range(len(ws) - k + 1)):
                hits.add(t)
        return hits

    def _run_matches(self, tws, run):
        """A run of text words (word, stands_for) matches the term's words one to one: a typo in a word of
        minWordLength letters or more is allowed anywhere; one typo in a shorter word only in a term of two or more
        words with a long word, when every other word is spelled exactly ('kow blood pressure', not 'wo gibt' for
        'co giat')."""
        typos = short_typos = 0
        for tw, (w, cands) in zip(tws, run):
            if tw == w:
                continue
            if tw not in cands:
                return False
            typos += 1
            short_typos += len(tw) < self.min_len
        return short_typos == 0 or (typos == 1 and len(tws) >= 2 and any(len(x) >= self.min_len for x in tws))


class Safety:
    def __init__(self, red_flags_path, departments_path=None):
        self.cfg = json.load(open(red_flags_path, encoding="utf-8"))
        self.depts = json.load(open(departments_path, encoding="utf-8")) if departments_path else None
        fuzzy = self.cfg["matching"].get("fuzzy")
        terms = {t for r in self.cfg["rules"] for pats in r["patterns"].values() for p in pats for g in p for t in g}
        self.typos = TypoTolerantTerms(terms, self.cfg["knownWords"], fuzzy["minWordLength"],
                                        fuzzy.get("twoEditMinWordLength")) if fuzzy else None

    def fired_rules(self, text):
        t = normalize(text)
        also = self.typos.found(t) if self.typos else frozenset()
        fired = []
        for r in self.cfg["rules"]:
            if any(pattern_matches(p, t, also) for pats in r["patterns"].values() for p in pats):
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
        reasons = ["network_high_acuity"] if model_level <= 2 else []
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
        escalate = escalate or level <= 2  # MATCHING["escalation"]: an immediate or emergent result always escalates
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
