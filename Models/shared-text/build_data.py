"""Renders the three corpora (train / val / test JSONL) from the concept tables.

Usage: build_data.py {medical|sugarcane|router} OUT_DIR [--seed N]

Every sample: {"text", "label", "lang", "split", "concepts": [...], "noise": bool}. Languages: zh en vi th
id ms, plus "mixed" (code-switched: a frame in one language around a phrasing in another, or two
phrasings of different languages joined) and, for the router, the unsupported scripts (ko ar hi ru ja).
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gencommon as G  # noqa: E402
import data_medical as DM  # noqa: E402
import data_sugarcane as DS  # noqa: E402
import data_router as DR  # noqa: E402
import val_router as VR  # noqa: E402
import val_router_fresh as VF  # noqa: E402
import val_router_fresh2 as VF2  # noqa: E402

PER_CONCEPT_LANG = {"train": 36, "val": 8, "test": 12}
# fourth edition: 84 train samples per concept and language (was 60), to use the train-only phrasings
SUGARCANE_COUNTS = {"train": 84, "val": 8, "test": 12}
# the router's own concepts (EV, sugar industry, out of scope, med_general): samples per concept and language (96 since
# industry-router 1.6.0, was 64; the unsupported-language train rows scale with it, so their share stays)
ROUTER_COUNTS = {"train": 96, "val": 8, "test": 14}
MIX_PAIRS = [("zh", "en"), ("ms", "en"), ("id", "en"), ("vi", "en"), ("th", "en"), ("en", "zh"), ("ms", "zh"),
             ("en", "ms"), ("id", "ms"), ("en", "vi"), ("en", "th"), ("zh", "vi")]


class Domain:
    def __init__(self, name, concepts, frames, fills, conj, informal, label_of, combine, second_p, train_only=None,
                 also_held=frozenset()):
        self.name, self.concepts, self.fills, self.conj, self.informal = name, concepts, fills, conj, informal
        self.label_of, self.combine, self.second_p = label_of, combine, second_p
        self.cover_train = False  # the router's corpora set it: train draws cover every written phrasing (generate)
        self.frames = G.split_frames(frames, name)
        self.phr = {}
        self.untested = []
        for c in concepts:
            for lang, items in c["phr"].items():
                s = G.split_list(items, (name, c["id"], lang))
                if not s["val"]:
                    s["val"] = s["train"]
                self.phr[(c["id"], lang)] = s
                if items and not s["test"]:  # a concept of train-only phrasings (router med_general) has no exam
                    self.untested.append(f"{c['id']}/{lang}")
        # train-only phrasings join after the split, so the val and test phrasings stay what they were; one that
        # matches any held-out (val or test) phrasing of this domain in any language (Indonesian and Malay share
        # many phrasings: "selamat malam"), up to case, spacing and punctuation, is dropped, so that no written
        # phrasing can leak into the exam by coincidence; `also_held` adds the held-out phrasings of corpora
        # rendered beside this one (the router's medical and sugarcane samples)
        held = {G.phrase_key(p) for s in self.phr.values() for p in s["test"] + s["val"]} | also_held
        self.dropped_train_only = 0
        for (cid, lang), s in self.phr.items():
            extra = (train_only or {}).get(cid, {}).get(lang, [])
            kept = [p for p in extra if G.phrase_key(p) not in held]
            self.dropped_train_only += len(extra) - len(kept)
            s["train"] = s["train"] + kept

    def pool(self, c, lang, split):
        return self.phr.get((c["id"], lang), {}).get(split, [])

    def frame(self, lang, split, rng):
        f = self.frames[lang]
        return rng.choice(f["train"] if split == "train" else f["heldout"])

    def render_one(self, cs, lang, split, rng, phrase_lang=None, first=None, first_for=None):
        """One sample of the concepts `cs` in a frame of `split`; `first`, when given, is the phrasing of the concept
        `first_for` (a train deck's next card), unless that concept's clause is recombined."""
        phrases = []
        for i, c in enumerate(cs):
            pl = phrase_lang if (phrase_lang and i == 0) else lang
            pool = self.pool(c, pl, split)
            if not pool:
                return None
            if split == "train" and rng.random() < 0.3:
                # clause recombination: 1-3 clauses drawn from the concept's train phrasings (train only)
                cl = [q for p in pool for q in G.clauses(p, pl)]
                k = min(len(cl), rng.randint(1, 3))
                sep = " " if pl == "th" else ("，" if pl == "zh" else ", ")
                phrases.append(sep.join(rng.sample(cl, k)))
            elif first is not None and c is first_for:
                phrases.append(first)
            else:
                phrases.append(rng.choice(pool))
        x = phrases[0]
        for p in phrases[1:]:
            x = x + rng.choice(self.conj[lang]) + p
        fills = self.fills.get(lang, {})
        return G.render(self.frame(lang, split, rng), x, fills, rng)

    def sample(self, c, lang, split, rng, first=None):
        cs = [c]
        if self.second_p and rng.random() < self.second_p:
            other = rng.choice(self.concepts)
            if other["id"] != c["id"]:
                cs = [c, other] if rng.random() < 0.6 else [other, c]
        text = self.render_one(cs, lang, split, rng, first=first, first_for=c)
        if text is None:
            return None
        noisy = rng.random() < 0.5
        if noisy:
            text = G.noisify(text, lang, rng, informal=self.informal)
        return {"text": text, "label": self.combine(cs), "lang": lang, "split": split,
                "concepts": [x["id"] for x in cs], "noise": noisy}

    def mixed(self, c, split, rng):
        a, b = rng.choice(MIX_PAIRS)
        if rng.random() < 0.6:  # frame in a, phrasing in b
            text = self.render_one([c], a, split, rng, phrase_lang=b)
        else:  # two phrasings of the same concept, one per language
            pa, pb = self.pool(c, a, split), self.pool(c, b, split)
            if not pa or not pb:
                return None
            text = rng.choice(pa) + rng.choice([" ", ", ", " / ", " - "]) + rng.choice(pb)
        if text is None:
            return None
        if rng.random() < 0.4:
            text = G.noisify(text, "en", rng)
        return {"text": text, "label": self.combine([c]), "lang": "mixed", "split": split, "concepts": [c["id"]],
                "noise": True}

    def keyword_samples(self, seed):
        """Training-only samples built from the domain lexicon (1-3 cue words in a train frame)."""
        out = []
        kws = getattr(self, "keywords", None) or {}
        rng = random.Random(G.stable_seed(self.name, "keywords", seed))
        per_key_lang = getattr(self, "keyword_count", 30)
        for key, by_lang in kws.items():
            label = self.keyword_label(key) if hasattr(self, "keyword_label") else key
            for lang, words in by_lang.items():
                words = [w.strip() for w in words.split("|") if w.strip()]
                for _ in range(per_key_lang):
                    k = min(len(words), rng.choice([1, 1, 2, 2, 3]))
                    sep = " " if lang == "th" else ("，" if lang == "zh" else ", ")
                    x = sep.join(rng.sample(words, k))
                    text = G.render(self.frame(lang, "train", rng), x, self.fills.get(lang, {}), rng)
                    noisy = rng.random() < 0.5
                    if noisy:
                        text = G.noisify(text, lang, rng, informal=self.informal)
                    out.append({"text": text, "label": label, "lang": lang, "split": "train",
                                "concepts": [f"keywords:{key}"], "noise": noisy})
        return out

    def generate(self, seed, counts=PER_CONCEPT_LANG, mixed_frac=0.35):
        out = self.keyword_samples(seed) if "train" in counts else []
        for split, n in counts.items():
            rng = random.Random(G.stable_seed(self.name, split, seed))
            for c in self.concepts:
                for lang in G.LANGS:
                    if split == "test" and not self.pool(c, lang, "test"):
                        continue
                    if split == "train" and self.cover_train:
                        # a shuffled deck of the written train phrasings, dealt max(n, pool size) times, so that each
                        # phrasing is drawn (n draws with replacement left three quarters of a 354-phrasing pool unused);
                        # a sample that recombines clauses (30%) uses the pool's clauses instead of its card
                        pool = list(self.pool(c, lang, "train"))
                        deck = []
                        for _ in range(max(n, len(pool))):
                            if not deck:
                                deck = pool[:]
                                rng.shuffle(deck)
                            s = self.sample(c, lang, split, rng, first=deck.pop() if deck else None)
                            if s:
                                out.append(s)
                        continue
                    for _ in range(n):
                        s = self.sample(c, lang, split, rng)
                        if s:
                            out.append(s)
                for _ in range(int(n * mixed_frac * 2)):
                    s = self.mixed(c, split, rng)
                    if s:
                        out.append(s)
        return out


def medical_domain():
    def label_of(c):
        return DM.LEVEL_LABELS[c["level"] - 1]

    def combine(cs):
        return DM.LEVEL_LABELS[min(c["level"] for c in cs) - 1]

    d = Domain("medical", DM.CONCEPTS, DM.FRAMES, DM.FILLS, DM.CONJ, G.INFORMAL, label_of, combine, 0.3,
               train_only=DM.TRAIN_ONLY)
    levels = {c["id"]: c["level"] for c in DM.CONCEPTS}
    d.keywords = DM.KEYWORDS
    d.keyword_count = 16
    d.keyword_label = lambda cid: DM.LEVEL_LABELS[levels[cid] - 1]
    return d


def sugarcane_domain(extra_frames=True):
    def combine(cs):
        return cs[0]["label"]

    frames = {l: DS.FRAMES[l] + (DS.FRAMES_EXTRA[l] if extra_frames else []) for l in DS.FRAMES}
    # the sugarcane-disease corpus (extra_frames) also takes the third edition's phrasings; the router keeps CONCEPTS
    concepts = DS.concepts_third_edition() if extra_frames else DS.CONCEPTS
    d = Domain("sugarcane", concepts, frames, DS.FILLS, DS.CONJ, DS.INFORMAL, None, combine, 0.0,
               train_only=DS.TRAIN_ONLY)
    d.keywords = DS.KEYWORDS
    d.keyword_count = 60  # second edition (was 30)
    return d


def router_samples(seed):
    med, cane = medical_domain(), sugarcane_domain(extra_frames=False)
    med.second_p = 0.15
    med.keyword_count, cane.keyword_count = 4, 8
    med.cover_train = cane.cover_train = True
    others_held = {G.phrase_key(p) for d in (med, cane) for s in d.phr.values() for p in s["test"] + s["val"]}
    own = Domain("router", DR.CONCEPTS, DR.FRAMES, {}, DM.CONJ, G.INFORMAL, None, lambda cs: cs[0]["label"], 0.0,
                 train_only=DR.TRAIN_ONLY, also_held=others_held)
    own.keywords, own.keyword_count = DR.KEYWORDS, 40
    own.cover_train = True
    out = []
    for s in med.generate(seed + 1, counts={"train": 7, "val": 2, "test": 3}):
        out.append(dict(s, label="medical"))
    # fourth edition: train 20 (was 14) and 64 (was 40) below, to use the train-only phrasings; val and test unchanged
    for s in cane.generate(seed + 2, counts={"train": 20, "val": 3, "test": 5}):
        out.append(dict(s, label="sugar"))
    for s in own.generate(seed + 3, counts=ROUTER_COUNTS):
        out.append(s)
    # third edition, TRAIN ONLY: cross frames, so that no frame style decides the route. The router's own concepts
    # (EV, sugar industry, out of scope) are also rendered in the medical and sugarcane corpora's TRAIN frames, and
    # the medical concepts in the router's TRAIN frames. Each Domain keeps its own phrasing split (same name, same
    # seeded shuffle), and only train frames are used, so held-out frames and test phrasings stay unseen.
    for frames_of, tag in ((med, "xmed"), (cane, "xcane")):
        x = Domain("router", DR.CONCEPTS, DR.FRAMES, {}, DM.CONJ, G.INFORMAL, None, lambda cs: cs[0]["label"], 0.0,
                 train_only=DR.TRAIN_ONLY, also_held=others_held)
        assert x.phr == own.phr
        x.frames, x.fills = frames_of.frames, frames_of.fills
        for s in x.generate(seed + (11 if tag == "xmed" else 12), counts={"train": 8}):
            out.append(dict(s, concepts=s["concepts"] + [tag]))
    medx = medical_domain()
    medx.keywords = {}
    medx.second_p = 0.15
    medx.frames, medx.fills = own.frames, {}
    for s in medx.generate(seed + 13, counts={"train": 3}):
        out.append(dict(s, label="medical", concepts=s["concepts"] + ["xrouter"]))
    # unsupported scripts: out of scope whatever the topic
    splits = {}
    for lang, blocks in DR.UNSUPPORTED.items():
        items = [p for b in blocks for p in b.split("|")]
        sp = G.split_list(items, ("router", "unsupported", lang))
        if not sp["val"]:
            sp["val"] = sp["train"]
        splits[lang] = sp
    # sixth edition, TRAIN ONLY: more phrasings in languages the experts do not read, and more such languages
    # (extra_router_unsupported.py), joined after the split (a new list: a val that is the train list stays as it
    # was); one equal to any held-out unsupported phrasing is dropped
    held = {G.phrase_key(p) for sp in splits.values() for p in sp["val"] + sp["test"]}
    for lang, extra in DR.UNSUPPORTED_TRAIN_ONLY.items():
        kept = [p for p in extra if G.phrase_key(p) not in held]
        splits.setdefault(lang, {"train": [], "val": [], "test": []})
        splits[lang]["train"] = splits[lang]["train"] + kept
    for lang, sp in splits.items():
        for split, n in {"train": round(150 * ROUTER_COUNTS["train"] / 64), "val": 30, "test": 40}.items():
            if not sp[split]:
                continue
            rng = random.Random(G.stable_seed("router-unsup", lang, split, seed))
            for _ in range(n):
                x = rng.choice(sp[split])
                if rng.random() < 0.3 and split == "train":
                    x = x + rng.choice([" ", ", ", "? "]) + rng.choice(sp[split])
                x = x + rng.choice(["", "", "?", "!", "。", " ..."])
                out.append({"text": x, "label": "out_of_scope", "lang": lang, "split": split,
                            "concepts": [f"unsupported_{lang}"], "noise": False})
    # seventh edition, VALIDATION ONLY (val_router.py): phrasings written blind to the corpora, so that validation,
    # which chooses the checkpoint, the bag weight, the out_of_scope offset and between recipes, sees hundreds of
    # phrasings per label and language instead of one per concept. Test is unchanged.
    # session 11, the split "fresh" (val_router_fresh.py): messages written blind to every corpus, rendered the same way
    # from the same rows (neither call sees the other's output, so validation stays byte-identical), which build.py only
    # reports; it chooses between editions, never inside a recipe
    fresh = val_only_samples(seed, own, med, cane, out, table=VF.FRESH, unsupported={}, split="fresh")
    # session 13, the split "fresh2" (val_router_fresh2.py): a second blind set, written after fresh had informed a
    # brief; a phrasing equal to a validation or fresh phrasing is dropped as well, so the three sets are disjoint
    fresh2 = val_only_samples(seed, own, med, cane, out, table=VF2.FRESH2, unsupported={}, split="fresh2",
                              exclude=[VR.VAL_ONLY, VF.FRESH, VR.UNSUPPORTED_VAL_ONLY])
    out += val_only_samples(seed, own, med, cane, out)
    return out + fresh + fresh2, med.untested + cane.untested + own.untested


def val_only_samples(seed, own, med, cane, rows, table=None, unsupported=None, split="val", exclude=()):
    """VR.VAL_ONLY's phrasings rendered as validation rows: each twice, in held-out frames of the router (and, for
    medical and sugar, of that label's own corpus half the time), half of them noisy, plus code-switched rows (a
    held-out frame of one language around a phrasing of another); VR.UNSUPPORTED_VAL_ONLY's sentences as they are
    and with a punctuation ending. A phrasing equal (up to case, spacing and punctuation) to any phrasing of the three
    corpora, of any split, or to any rendered row, is dropped, so validation never repeats train or test. `table` and
    `unsupported` (default: VR's) may be another set of phrasings ({label: {lang: "a|b|..." or [a, b]}}), rendered as
    `split`; `exclude` lists more such tables (or {lang: [sentences]}) whose phrasings are dropped too."""
    table = VR.VAL_ONLY if table is None else table
    unsupported = VR.UNSUPPORTED_VAL_ONLY if unsupported is None else unsupported
    seen = {G.phrase_key(r["text"]) for r in rows}
    for d in (own, med, cane):
        seen |= {G.phrase_key(p) for sp in d.phr.values() for ps in sp.values() for p in ps}
    seen |= {G.phrase_key(p) for blocks in DR.UNSUPPORTED.values() for b in blocks for p in b.split("|")}
    seen |= {G.phrase_key(p) for ps in DR.UNSUPPORTED_TRAIN_ONLY.values() for p in ps}
    for other in exclude:
        for by_lang in other.values():
            for ps in (by_lang.values() if isinstance(by_lang, dict) else [by_lang]):
                seen |= {G.phrase_key(p) for p in (ps.split("|") if isinstance(ps, str) else ps)}
    frames_of = {"medical": (own, med), "sugar": (own, cane), "ev": (own,), "out_of_scope": (own,)}
    rng = random.Random(G.stable_seed("router-val-only", seed))
    out = []

    def row(text, label, lang, noisy):
        return {"text": text, "label": label, "lang": lang, "split": split,
                "concepts": [f"{'val_only' if split == 'val' else split}_{label}"], "noise": noisy}

    for label, by_lang in table.items():
        by_lang = {lang: ps.split("|") if isinstance(ps, str) else ps for lang, ps in by_lang.items()}
        kept = {lang: [p.strip() for p in ps if p.strip() and G.phrase_key(p) not in seen] for lang, ps in by_lang.items()}
        for lang, ps in kept.items():
            for p in ps:
                for _ in range(2):
                    d = rng.choice(frames_of[label])
                    text = G.render(d.frame(lang, "val", rng), p, d.fills.get(lang, {}), rng)
                    noisy = rng.random() < 0.5
                    if noisy:
                        text = G.noisify(text, lang, rng, informal=G.INFORMAL)
                    out.append(row(text, label, lang, noisy))
        for _ in range(VR.MIXED_PER_LABEL):
            a, b = rng.choice(MIX_PAIRS)
            if not kept.get(b):
                continue
            text = G.render(own.frame(a, "val", rng), rng.choice(kept[b]), {}, rng)
            out.append(row(G.noisify(text, "en", rng) if rng.random() < 0.4 else text, label, "mixed", True))
    for lang, ps in unsupported.items():
        for p in ps:
            if G.phrase_key(p) not in seen:
                out += [row(p, "out_of_scope", lang, False),
                        row(p + rng.choice(["?", "!", "。", " ..."]), "out_of_scope", lang, False)]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("domain", choices=["medical", "sugarcane", "router"])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20261129)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    if a.domain == "router":
        samples, untested = router_samples(a.seed)
    else:
        d = medical_domain() if a.domain == "medical" else sugarcane_domain()
        # sugarcane, second edition: ~7 train phrasings per concept and language (EXTRA2), so more train samples
        counts = SUGARCANE_COUNTS if a.domain == "sugarcane" else PER_CONCEPT_LANG
        samples, untested = d.generate(a.seed, counts=counts), d.untested
    by = {}
    for s in samples:
        by.setdefault(s["split"], []).append(s)
    for split, rows in by.items():
        with open(os.path.join(a.out, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    info = {"domain": a.domain, "seed": a.seed, "counts": {k: len(v) for k, v in by.items()},
            "untestedPhrasings": untested}
    json.dump(info, open(os.path.join(a.out, "data_info.json"), "w"), indent=1, ensure_ascii=False)
    print(json.dumps(info["counts"]), "untested:", len(untested))


if __name__ == "__main__":
    main()
