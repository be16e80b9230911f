"""industry-router: train, calibrate, evaluate and export the bundle.

Usage: build.py DATA_DIR TOKENIZER_JSON BUNDLE_DIR
"""
import json
import math
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared-text"))
import bundle as B  # noqa: E402
import data_router as DR  # noqa: E402
import gencommon as G  # noqa: E402
from textclf import MAX_LEN_DEFAULT  # noqa: E402

LABELS = DR.LABELS
UNSUPPORTED = sorted(DR.UNSUPPORTED)

GOLDEN = [
    {"text": "我的甘蔗叶子上有黑色的鞭子"},
    {"text": "电动车快充到80%就停了"},
    {"text": "胸口痛，出冷汗"},
    {"text": "what's the weather in nanning tomorrow"},
    {"text": "pin xe điện của tôi chai nhanh quá"},
    {"text": "ใบอ้อยมีผงสีส้มติดมือ"},
    {"text": "saya demam dan batuk tiga hari"},
    {"text": "harga gula minggu ini berapa"},
    {"text": "가슴이 아프고 식은땀이 나요"},
    {"text": "у меня болит грудь"},
    {"text": "selamat pagi, apa khabar"},
    {"text": "my EV battery overheats when fast charging, 怎么办"},
]


def golden_output(case, p, labels):
    i = int(p.argmax())
    return {"route": labels[i], "confidence": round(float(p[i]), 6),
            "scores": {l: round(float(v), 6) for l, v in zip(labels, p)}}


def extra_metrics(test, probs, val, val_probs, log):
    lab = {l: i for i, l in enumerate(LABELS)}
    y = np.array([lab[r["label"]] for r in test])
    pred = probs.argmax(1)
    oos = lab["out_of_scope"]
    out = {}
    sel = y == oos
    out["outOfScopeRecall"] = round(float((pred[sel] == oos).mean()), 4)
    out["outOfScopePrecision"] = round(float((y[pred == oos] == oos).mean()), 4) if (pred == oos).any() else 0.0
    out["medicalRecall"] = round(float((pred[y == lab["medical"]] == lab["medical"]).mean()), 4)
    per = {}
    for lang in sorted({r["lang"] for r in test}):
        idx = np.array([i for i, r in enumerate(test) if r["lang"] == lang])
        s = idx[y[idx] == oos]
        per[lang] = round(float((pred[s] == oos).mean()), 4) if len(s) else None
    out["outOfScopeRecallPerLanguage"] = per
    unsup = np.array([i for i, r in enumerate(test) if r["lang"] in UNSUPPORTED], dtype=int)
    out["unsupportedScriptRecall"] = round(float((pred[unsup] == oos).mean()), 4)
    # heldout.jsonl (written by make_heldout.py from this TEST split before training): replay its lines' test scores
    hp = os.path.join(HERE, "..", "heldout.jsonl")
    if os.path.exists(hp):
        idx_of = {}
        for i, r in enumerate(test):
            idx_of.setdefault(r["text"], i)
        rows = [json.loads(line) for line in open(hp, encoding="utf-8")]
        missing = [r["text"] for r in rows if r["text"] not in idx_of]
        assert not missing, f"heldout.jsonl has lines not in this test split: {missing[:3]}"
        got = [LABELS[int(pred[idx_of[r["text"]]])] for r in rows]
        ins = [g == r["domain"] for g, r in zip(got, rows) if r["domain"] != "out_of_scope"]
        oo = [g == "out_of_scope" for g, r in zip(got, rows) if r["domain"] == "out_of_scope"]
        out["heldoutJsonl"] = {"n": len(rows), "inScopeCorrect": round(float(np.mean(ins)), 4),
                               "outOfScopeRefused": round(float(np.mean(oo)), 4)}
        log(f"heldout.jsonl ({len(rows)} lines): in-scope correct {out['heldoutJsonl']['inScopeCorrect']}, "
            f"out-of-scope refused {out['heldoutJsonl']['outOfScopeRefused']}")
    log(f"out-of-scope recall {out['outOfScopeRecall']} precision {out['outOfScopePrecision']}; "
        f"medical recall {out['medicalRecall']}; unsupported scripts -> out_of_scope {out['unsupportedScriptRecall']}")
    return out


def manifest(metrics, temperature):
    held = {"accuracy": metrics["overall"]["accuracy"], "macroF1": metrics["overall"]["macroF1"],
            "ece": metrics["overall"]["ece"], "eceBeforeTemperature": metrics["eceBeforeTemperature"],
            "outOfScopeRecall": metrics["outOfScopeRecall"], "outOfScopePrecision": metrics["outOfScopePrecision"],
            "medicalRecall": metrics["medicalRecall"], "unsupportedScriptRecall": metrics["unsupportedScriptRecall"]}
    for lang, m in metrics["perLanguage"].items():
        held[f"accuracy.{lang}"] = m["accuracy"]
    return {
        "schema": "bagui.bundle/1", "name": "industry-router", "version": "1.7.1", "domain": "router",
        "task": "classification",
        "description": "Routes any text to the sugar, EV or medical expert, or to out_of_scope (chat, other industries, unsupported languages).",
        "architecture": "bagui-text-classifier", "plugin": None,
        "inputs": [{"name": "text", "type": "text", "maxCharacters": 2000, "required": True,
                    "description": "any user text; zh, en, vi, th, id, ms or a mix are routed by topic, other languages and scripts go to out_of_scope"}],
        "outputs": [
            {"name": "route", "type": "label", "labels": LABELS,
             "description": "the expert to send the text to, with `confidence` = its calibrated probability softmax(logits / preprocessing.temperature) and `scores`; out_of_scope = none of them (greetings, other industries, unsupported languages)"},
        ],
        "preprocessing": {"temperature": temperature, "maxSequenceLength": MAX_LEN_DEFAULT},
        "languages": ["zh", "en", "vi", "th", "id", "ms"],
        "license": "Apache-2.0",
        "intendedUse": "First hop of Bagui's composed industry model: choose which small expert (sugarcane, new-energy vehicles, medical triage) should read a request, or decline it.",
        "limits": [
            "trained only on simulated text; real traffic (long mixed requests, several topics at once) is untested",
            "one route per text: a request mixing topics gets the dominant one",
            "languages other than zh, en, vi, th, id, ms are meant to go to out_of_scope; 30 such languages were in training (19 to 68 sentences each), and other Latin-script languages may be routed by topic words (Tagalog, sharing words with Malay, is the weakest); the industry composition's script gate (Models/industry.json router.scripts) refuses text mostly in scripts other than Latin, Han and Thai before this router's answer counts",
            "medical text that reaches another route still needs the red-flag layer: the safety layer must not depend on this router (trust matrix F8)",
            "text longer than 96 tokens is truncated",
        ],
        "metrics": {"split": B.SPLIT_TEXT, "heldOut": held},
        "policy": {"dataCategories": ["free-text", "personal-health"], "processingRegions": ["on-device", "CN", "ASEAN"]},
    }


def targets(m):
    ok = m["overall"]["accuracy"] >= 0.97 and m["outOfScopeRecall"] >= 0.9
    return (("**met**" if ok else "**not met**") + f" (accuracy {m['overall']['accuracy']:.4f}, "
            f"out-of-scope recall {m['outOfScopeRecall']:.3f})")


def fresh_section(m):
    """The card's report of the blind splits "fresh" and "fresh2" (val_router_fresh*.py), which no choice in this
    recipe looked at."""
    if not m.get("fresh"):
        return ""

    def figures(f):
        langs = " | ".join(f"{l} {v['accuracy']:.3f}" for l, v in f["perLanguage"].items())
        rec = ", ".join(f"{l} {v:.3f}" for l, v in f["recallPerLabel"].items())
        return (f"accuracy **{f['overall']['accuracy']:.3f}** (macro-F1 {f['overall']['macroF1']:.3f}, "
                f"{f['overall']['n']} rows); recall per label: {rec}; per language: {langs}")

    f2 = m.get("fresh2")
    second = "" if not f2 else f"""
The split `fresh2` (`Models/shared-text/val_router_fresh2.py`, session 13) is a second such set, 40 messages per label
and language by four new writers who also opened no file, from a brief that names no example: `fresh` had stopped
being fully blind when a training batch's brief named three of its topics. A phrasing equal to a train, validation or
`fresh` one is dropped. On `fresh2`: {figures(f2)}.
"""
    return f"""## Fresh messages (blind validation)
The held-out test split's phrasings were written with the train phrasings, in the same sessions and styles. The split
`fresh` (`Models/shared-text/val_router_fresh.py`) holds 720 messages (30 per label and language) written by four
writers who opened no file of the repository, about a third of them hard cases near another label's boundary, rendered
like validation. No choice inside this recipe looks at it; it chooses between editions. On `fresh`: {figures(m['fresh'])}.
The gap to the held-out figures is how much the simulated corpus flatters the router.
{second}"""


def card(metrics, man):
    m = metrics
    oosl = m["outOfScopeRecallPerLanguage"]
    hm = m.get("heldoutJsonl", {})
    lat = m.get("latency", {})
    return f"""# industry-router

Routes any text to one of Bagui's experts — **sugar** (cane growing, diseases, mills, markets), **ev**
(new-energy vehicles, batteries, charging) or **medical** (symptoms, triage) — or to **out_of_scope**
(greetings, chat, other industries, and any text in a language the experts do not read: 30 such languages,
from Korean, Arabic and Hindi to Tagalog, Javanese and Tamil, were trained as examples).
**Trained on simulated data.**

- **Labels** (logit order): {", ".join(LABELS)}
- **Architecture**: `bagui-text-classifier` — BERT encoder ({m['model']['layers']} layers, hidden {m['model']['hidden']},
  {m['model']['heads']} heads, FFN {m['model']['intermediate']}), mean pooling over non-padding tokens, linear head;
  since 1.4.0 plus a hashed n-gram bag (config.json `ngram`: character 1–4-grams and word 1–2-grams of the folded
  text, CRC-32 into {m['ngramBag']['spec']['buckets']:,} buckets, a linear layer over their mean, as fastText's classifier) whose logits,
  weighted {m['ngramBag']['weight']} (chosen on validation), are added to the encoder's: validation accuracy encoder
  {m['ngramBag']['valAccuracyEncoder']}, bag {m['ngramBag']['valAccuracyBag']}, both {m['ngramBag']['valAccuracyBoth']}
  (since 1.5.1 the bag keeps the epoch whose combination with the encoder scores best on validation, not the best bag
  alone; it trains 80 epochs since 1.7.1, 40 before);
  {m['model']['parameters']:,} parameters, float32 except the bag's table, stored in float16 since 1.5.0 (twice the
  buckets of 1.4.0 in the same bytes; the exported values are the ones evaluated), {m['model']['weightsBytes'] / 1e6:.1f} MB.
- **Tokenizer**: the shared byte-level BPE of `Models/shared-text` (8,000 tokens, each Han character its own pre-token since 1.2.0, max {MAX_LEN_DEFAULT} tokens).
- **Calibration**: temperature {m['temperature']} (ECE {m['eceBeforeTemperature']:.3f} → {m['overall']['ece']:.3f} on test).

## Intended use and users
The first hop of the composed "industry large model": the server sends each request to the expert this
router names, or answers "not supported" for out_of_scope. Personal health text passes through it, hence
the `personal-health` policy tag. Out of scope: moderation, intent detection inside a domain, language ID.

## Data provenance
`Models/shared-text/build_data.py router` (seed 20261129): the medical-triage corpus (→ medical), the
sugarcane-disease corpus (→ sugar), plus `data_router.py`: sugar-industry topics (mills, processing, prices, contracts,
agronomy), EV topics (battery health and service, charging and its cost, vehicles, buying, two-wheelers, software,
faults), blood-glucose text (→ medical, so "sugar" alone does not decide), and out-of-scope topics in zh, en, vi, th,
id, ms and code-switched: greetings, chit-chat, weather, sports, coding, shopping, travel, food, finance, school,
entertainment, other crops and livestock, petrol vehicles and gadget batteries, home repairs, paperwork, jobs,
general knowledge, other industries (banking, rubber, durian, aluminium, shipping, cement, real estate...), gibberish;
and 12 sentences each in Korean, Arabic, Hindi, Russian, Japanese, French, Spanish, German, Tagalog, Lao, Khmer and
Burmese across all topics (→ out_of_scope). Third edition ("text bars"): `EXTRA3` adds 3–6 phrasings per language to
the concepts the previous model confused on the validation split (other crops, livestock, chit-chat, weather, food,
gadgets, home, sports, school, jobs, other industries, greetings; every EV topic; the sugar-industry topics), and,
in training only, **cross frames**: the router's own concepts are also rendered in the medical and sugarcane
corpora's train frames and the medical concepts in the router's train frames, so that no sentence shape decides the
route (held-out frames and test phrasings stay unseen). Fourth edition (1.2.0): 12 train-only phrasings per concept and
language for all 41 of the router's own concepts (`extra_router_*.py`, 2,880 in all, written from the train phrasings
and domain knowledge by writers who never saw a validation or test phrasing) join the train pools after the split, with
64 train samples per concept and language (were 40), 20 for the sugarcane concepts (were 14) and the sugarcane
corpus's 10 new phrasings per concept; validation and test are byte-identical to 1.1.0's. Fifth edition (1.3.0): 10 more train-only phrasings per concept and language for the 16 sugar, EV and blood-sugar concepts and for 25 out-of-scope concepts, 2,460 in all, plus the medical and sugarcane corpora's new ones (`extra_router_domains_b.py`, `extra_router_oos_c.py`, `extra_router_oos_d.py`, written from the train phrasings and domain knowledge by writers who never saw a validation or test phrasing) join the train pools; a written phrasing equal to any validation or test phrasing of its domain and language (up to case, spacing and punctuation) is dropped; validation is checked four times per epoch and the best check kept; validation and test are byte-identical to 1.2.0's. Sixth edition (1.4.0): about 6,700 more train-only phrasings in two batches (`extra_router_ev_b.py`, `extra_router_ev_c.py`, `extra_router_sugar_b.py`, `extra_router_sugar_c.py`, `extra_router_oos_e.py` … `extra_router_oos_h.py`: 10–20 per concept and language, many on the boundaries between the domains and out of scope), and `med_general`, a router-only medical concept of about 750 train-only complaints (`extra_router_medical.py`, `extra_router_medical_b.py`) that has no validation or test phrasings and is not part of the medical-triage corpus; the leak filter now also drops a router phrasing equal to a held-out phrasing of the medical or sugarcane corpus. Written, as before, from train phrasings and domain knowledge by writers who never saw a validation or test phrasing; validation and test are byte-identical to 1.3.0's. Chosen on validation accuracy: a 4-layer encoder (0.9505) and 96 train samples per concept and language (0.9516) did no better than 3 layers and 64 samples (0.9502) on the first batch; with both batches the encoder alone reached 0.954, and the n-gram bag (see Architecture) lifted validation to 0.9701. Seventh edition (1.5.0): the validation split was too small to choose between models (one phrasing per concept and language; its unsupported-language part only copies of train phrasings), so `val_router.py` adds validation-only phrasings written blind to the corpora (about 40 per label and language in the six languages, 15 sentences in each of 20 unsupported languages), rendered in held-out frames: validation grows from 3,577 to {m['data']['val']:,} rows, and its figures are not comparable with earlier editions' (1.4.0 scores 0.9504 on it). On that split: the sixth edition's two held-back batches (`extra_router_domains_c.py`, `extra_router_unsupported.py`) 0.9581 against 0.9531 without; the n-gram bag at 262,144 buckets stored in float16 0.9590 (character 5-grams as well 0.9579; 6 encoder epochs 0.9590; 40 bag epochs kept the same epoch); a third batch written blind to validation and test (`extra_router_medical_c.py`, `extra_router_ev_d.py`, `extra_router_oos_i.py`, `extra_router_oos_j.py`, `extra_router_unsupported_b.py`: 360 complaints, 378 EV, 744 out-of-scope phrasings and 594 sentences in 30 unsupported languages) 0.9615; and `extra_router_medical_d.py` (360 medical requests that are not acute symptoms, written after validation showed vaccines, follow-ups and refills routed out of scope) 0.9664. A second training seed (1234) agreed on every step and tied on the last (0.9664), so the recipe's seed stayed. Test is byte-identical to 1.4.0's (`cmp`). 1.5.1 (same corpus, same encoder and classifier weights; the validation-tuned out-of-scope offset is now +0.00): the n-gram bag trains 40 epochs instead of 20 and keeps the epoch whose best combination with the encoder scores highest on validation, where 1.5.0 kept the best bag alone (which chose the same epoch at 20 and at 40): validation 0.9664 -> 0.9690. Rejected on validation (runs against the 1.5.0 encoder): averaging the bag's weights over epochs 10-40 (0.9669), dropping 30% of a text's n-grams in training (at most 0.9667 in 34 epochs), training the bag on the encoder's residual (at most 0.960 in 14 epochs). Eighth edition (1.6.0): session 9's held-back fourth batch (`extra_router_medical_e.py`, `extra_router_oos_k.py`, `extra_router_ev_e.py`, `extra_router_sugar_d.py`, `extra_router_unsupported_c.py`) and a fifth, broad batch written blind to validation and test (`extra_router_sugar_e.py`, `extra_router_ev_f.py`, `extra_router_oos_l.py` … `extra_router_oos_n.py`: 12 more phrasings per concept and language for all 41 concepts, 24 per language for med_general) at 96 train samples per concept and language, the unsupported-language rows scaled to match; chosen on validation and on the blind split `fresh` (see below): validation / fresh accuracy 1.5.1 0.9690 / 0.888, this edition 0.9716 / 0.913 (five other candidates in `data_router.py`). Validation and test are byte-identical to 1.5.1's. Ninth edition (1.7.0): each concept and language's written train phrasings are dealt as a shuffled deck, max(n, pool size) samples (n = 96 for the router's own concepts, 7 and 20 for the medical and sugarcane corpora it reuses), where n draws with replacement had left about 40% of them unused (three quarters of med_general's 354 per language), and a sixth batch of realistic messages written blind (writers who opened no repository file: `extra_router_medical_f.py`, `extra_router_medical_g.py`, `extra_router_oos_o.py`, 1,150 messages); chosen on validation and fresh over two training seeds each (see `data_router.py`): validation / fresh 1.6.0 0.9716 / 0.913, the deck alone 0.9820 / 0.925 (seed 4321) and 0.9794 / 0.912 (1234), the deck with the sixth batch 0.9798 / 0.932 (4321) and 0.9806 / 0.937 (1234, this edition); the sixth batch's brief named three boundary examples that also occur in `fresh`, so its fresh gain is not fully blind (the deck's is). Validation and test are byte-identical to 1.6.0's. 1.7.1 (same corpus and encoder weights as 1.7.0): the n-gram bag trains 80 epochs instead of 40, chosen on validation over three encoders (1.7.0's and two session-13 candidates': +0.0016, +0.0009 and +0.0000; fresh +0.0018, +0.0012, +0.0000; fresh2 -0.0024, +0.0042, +0.0000); rejected in session 13 on validation and fresh (see `data_router.py`): the held-back sugar and EV files, a seventh batch of blind messages, an exponential moving average of the encoder's weights (best validation check 0.9510 against 0.9548), and features of the text without diacritics in the bag (0.9809 and 0.9806 against 0.9806). Train / val / test: {m['data']['train']} / {m['data']['val']} / {m['data']['test']}.

Decision: the out_of_scope logit carries a validation-tuned offset of {m.get('logitOffset', {}).get('offset', 0):+.2f}, folded into
`classifier.bias` (the offset that maximised validation accuracy: {m.get('logitOffset', {}).get('valAccuracyBefore', 0):.4f} →
{m.get('logitOffset', {}).get('valAccuracyAfter', 0):.4f}); the temperature was fitted after it. All figures below include it.

## Held-out metrics
Split: {B.SPLIT_TEXT} Unsupported-script sentences are split by sentence.

{B.lang_table(m, [("out-of-scope recall", lambda l: "—" if l is None else ("n/a" if oosl.get(l) is None else f"{oosl[l]:.3f}"))])}

Out-of-scope recall {m['outOfScopeRecall']:.3f}, precision {m['outOfScopePrecision']:.3f}; medical recall {m['medicalRecall']:.3f};
unsupported scripts sent to out_of_scope {m['unsupportedScriptRecall']:.3f}.

Slices:

{B.slice_table(m)}

Per class (F1):

{B.class_table(m)}

## Targets
Held-out targets: accuracy ≥ 0.97 and out-of-scope recall ≥ 0.9: {targets(m)}. {round(m['overall']['accuracy'] * m['overall']['n']):,} of
{m['overall']['n']:,} test rows are right, where {math.ceil(0.97 * m['overall']['n']):,} are needed: a margin inside the test split's noise (1.7.1: standard deviation 0.0045 over 2,000 cluster-bootstrap resamples of the 901 concept-and-language clusters, `Models/shared-text/score_bundle.py`).
Because medical text can still be misrouted, the red-flag layer must run on every route that accepts free text (trust
matrix F8).

{fresh_section(m)}
## heldout.jsonl (routing set for the composed industry model)
`heldout.jsonl` (not a bundle file, not in the manifest's `files`) holds {hm.get('n', 0)} lines
`{{"text", "domain", "language"}}` drawn by `recipe/make_heldout.py` only from this run's TEST split: 20 per
(domain, language) for zh, en, vi, th, id, ms and mixed, round-robin over concepts, plus 5 out-of-scope lines per
unsupported language; texts seen verbatim in train or val are dropped. Replayed through this model in PyTorch:
in-scope routed to the right domain {hm.get('inScopeCorrect', 0):.3f}, out-of-scope refused {hm.get('outOfScopeRefused', 0):.3f}
(the composed model's bar is 0.95 / 0.90: {'met' if hm.get('inScopeCorrect', 0) >= 0.95 and hm.get('outOfScopeRefused', 0) >= 0.9 else 'not met by this router'}).

## Latency
{lat.get('what', '')}: p50 {lat.get('p50Ms', 0)} ms, p95 {lat.get('p95Ms', 0)} ms per text (n = {lat.get('n', 0)} test texts;
shared 2-core machine, so indicative only). Training took {m['timing'].get('trainCpuSeconds', '?')} CPU seconds ({m['timing']['trainSeconds']} s wall
on the shared machine) of a {m['timing']['totalSeconds']} s recipe run.

## Known failure regions
- Unsupported languages in Latin script other than the four trained (French, Spanish, German, Tagalog: twelve
  sentences each), e.g. Javanese or Portuguese, may be routed by shared topic words ("batterie", "gula").
- Out-of-scope topics far from every trained one are untested: the held-out split holds out frames and phrasings,
  not whole topics.
- Japanese with many kanji shares characters with Chinese; only a dozen Japanese sentences were trained.
- Very short inputs ("ok", "?") and one-word topic names are near the decision boundary.

## License
Apache-2.0. Rebuild with `recipe/run.sh`.
"""


if __name__ == "__main__":
    spec = {"labels": LABELS, "golden": GOLDEN, "golden_output": golden_output, "manifest": manifest, "card": card,
            "extra_metrics": extra_metrics, "train": {"epochs": 4, "class_weights": "balanced"},
            "ngram": {"buckets": 1 << 18, "charOrders": [1, 2, 3, 4], "wordOrders": [1, 2]}, "ngram_float16": True, "ngram_epochs": 80, "ngram_select": "combined",
            "bias_label": "out_of_scope"}
    if sys.argv[1] == "--reexport":
        B.reexport(spec, sys.argv[3], sys.argv[2])
    else:
        data, tokp, bundle = sys.argv[1:4]
        B.run(spec, data, tokp, bundle, seed=1234, log=lambda s: print(s, flush=True))
