"""medical-triage: train, calibrate, evaluate (network + red-flag rules + vitals + abstention) and export.

Usage: build.py DATA_DIR TOKENIZER_JSON BUNDLE_DIR
"""
import math
import os
import random
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared-text"))
sys.path.insert(0, HERE)
import bundle as B  # noqa: E402
import data_medical as DM  # noqa: E402
import gencommon as G  # noqa: E402
from textclf import MAX_LEN_DEFAULT  # noqa: E402
from triage_safety import LEVELS, Safety  # noqa: E402

BUNDLE = os.path.abspath(os.path.join(HERE, ".."))
SAFETY = Safety(os.path.join(BUNDLE, "red_flags.json"), os.path.join(BUNDLE, "departments.json"))
CONCEPTS = {c["id"]: c for c in DM.CONCEPTS}
DEPT_IDS = ["emergency"] + [d["id"] for d in SAFETY.depts["departments"]] + [SAFETY.depts["default"]]

GOLDEN = [
    {"text": "胸口压榨样疼痛，出冷汗，痛到左手臂", "age_years": 58, "heart_rate": 104, "systolic_bp": 150, "spo2": 96},
    {"text": "crushing chest pain spreading to my jaw and i'm sweating"},
    {"text": "đột ngột méo miệng, nói ngọng, yếu tay phải", "age_years": 71, "consciousness": "A"},
    {"text": "dot ngot meo mieng, noi ngong"},
    {"text": "โดนผึ้งต่อยแล้วคอบวม หายใจลำบาก", "spo2": 89, "respiratory_rate": 30},
    {"text": "pendarahan hebat dari luka di kaki, tidak berhenti"},
    {"text": "hidung berair dan bersin, batuk sikit", "temperature_c": 37.2, "age_years": 30},
    {"text": "twisted my ankle playing football, swollen but i can walk", "heart_rate": 82, "spo2": 99},
    {"text": "流鼻涕，打喷嚏两天了"},
    {"text": "sakit perut kanan bawah sejak semalam, loya", "temperature_c": 38.1},
    {"text": "need a refill of my blood pressure medicine", "systolic_bp": 85, "age_years": 66},
    {"text": "mild headache since this afternoon", "consciousness": "V"},
    {"text": "我想自杀，今晚就结束生命"},
    {"text": "asdf qwer"},
    {"text": "가슴이 아프고 식은땀이 나요"},
    # rules 1.1.0 additions (a multi-group zh pattern, a vi term matched without diacritics, a Thai term)
    {"text": "我妈妈呼吸非常困难，说不出话"},
    {"text": "chay mau nang sau tai nan"},
    {"text": "แม่เลือดออกรุนแรงหลังอุบัติเหตุ"},
    # rules 1.3.0, typo-tolerant matching: a swap (chset), a deletion (pendarahn); a known word (helo) is no typo of pelo
    {"text": "my husband has chset pain and is sweaty"},
    {"text": "pendarahn teruk tak berhenti dari luka", "age_years": 45},
    {"text": "helo, sakit tekak dan selesema sejak semalam"},
    # rules 1.4.0: a typo in a short word counts when it is the term's only one (kow → low); two typos do not
    {"text": "son here, very kow blood pressure and confused", "age_years": 70},
    {"text": "my mom has very lwo bloood pressure"},
]

VITAL_KEYS = ["heart_rate", "respiratory_rate", "systolic_bp", "spo2", "temperature_c", "age_years", "consciousness"]


def golden_output(case, p, labels):
    vitals = {k: case[k] for k in VITAL_KEYS if k in case}
    d = SAFETY.decide(case["text"], p, vitals)
    d.pop("level")
    return d


def normal_vitals(rng, age):
    return {"age_years": age, "heart_rate": rng.randint(62, 96), "respiratory_rate": rng.randint(12, 19),
            "systolic_bp": rng.randint(100, 145), "spo2": rng.randint(95, 100),
            "temperature_c": round(rng.uniform(36.1, 37.8), 1), "consciousness": "A"}


DANGER = [  # (field, value sampler, level it implies per red_flags.json) — adults (age >= 12)
    ("spo2", lambda r: r.randint(80, 89), 1), ("spo2", lambda r: r.randint(90, 91), 2),
    ("heart_rate", lambda r: r.randint(115, 160), 2), ("respiratory_rate", lambda r: r.randint(24, 36), 2),
    ("systolic_bp", lambda r: r.randint(72, 88), 2), ("consciousness", lambda r: "V", 2),
    ("consciousness", lambda r: r.choice(["P", "U"]), 1), ("temperature_c", lambda r: round(r.uniform(40.0, 41.2), 1), 2),
]


def clopper_pearson_upper(k, n, alpha=0.05):
    """One-sided upper (1 - alpha/2) bound of the exact binomial interval, by bisection on the beta CDF."""
    if n == 0:
        return None
    if k == n:
        return 1.0
    target = alpha / 2

    def cdf(p):  # P[X <= k] for Binomial(n, p)
        return sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k + 1))

    lo, hi = k / n, 1.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if cdf(mid) > target:
            lo = mid
        else:
            hi = mid
    return hi


def triage_metrics(rows, probs, with_vitals_seed=None):
    """Runs the full decision on every row and returns safety metrics overall and per language."""
    rng = random.Random(with_vitals_seed) if with_vitals_seed is not None else None
    recs = []
    for r, p in zip(rows, probs):
        cs = [CONCEPTS[c] for c in r["concepts"]]
        true = min(c["level"] for c in cs)
        vitals = None
        if rng is not None and rng.random() < 0.5:
            vitals = normal_vitals(rng, rng.randint(18, 85))
            if true <= 2 and rng.random() < 0.5:
                f, s, lvl = rng.choice([d for d in DANGER if d[2] >= true])
                vitals[f] = s(rng)
        d = SAFETY.decide(r["text"], p, vitals)
        rf_case = any(c["rf"] for c in cs)
        rules_level = min([x["targetLevel"] for x in SAFETY.fired_rules(r["text"])], default=9)
        recs.append({"lang": r["lang"], "true": true, "model": int(np.argmax(p)) + 1, "final": d["level"],
                     "escalate": d["escalate"], "rf": rf_case, "rules_level": rules_level,
                     "dept_true": cs[0]["dept"] if len(cs) == 1 else None, "dept": d["department"]})
    return recs


def summarise(recs):
    n = len(recs)
    if n == 0:
        return {"n": 0}
    under = sum(r["final"] > r["true"] for r in recs)
    over = sum(r["final"] < r["true"] for r in recs)
    hi = [r for r in recs if r["true"] <= 2]
    haz = sum(r["final"] >= 4 for r in hi)
    rf = [r for r in recs if r["rf"]]
    rf_ok = sum(r["final"] <= r["true"] for r in rf)
    rules_ok = sum(r["rules_level"] <= r["true"] for r in rf)
    model_under = sum(r["model"] > r["true"] for r in recs)
    model_haz = sum(r["model"] >= 4 for r in hi)
    dep = [r for r in recs if r["true"] >= 3 and r["dept_true"] and r["final"] >= 3]
    return {
        "n": n,
        "finalExactAccuracy": round(sum(r["final"] == r["true"] for r in recs) / n, 4),
        "undertriage": round(under / n, 4),
        "overtriage": round(over / n, 4),
        "hazardousUndertriage": haz,
        "hazardousUndertriageRate": round(haz / max(1, len(hi)), 5),
        "hazardousUndertriageUpper95": round(clopper_pearson_upper(haz, len(hi)) or 0, 5),
        "highAcuityCases": len(hi),
        "redFlagCases": len(rf),
        "redFlagRecall": round(rf_ok / max(1, len(rf)), 4),
        "redFlagRecallRulesOnly": round(rules_ok / max(1, len(rf)), 4),
        "escalateRate": round(sum(r["escalate"] for r in recs) / n, 4),
        "modelOnlyUndertriage": round(model_under / n, 4),
        "modelOnlyHazardousUndertriage": model_haz,
        "departmentAccuracyLevel3to5": round(sum(r["dept"] == r["dept_true"] for r in dep) / max(1, len(dep)), 4),
    }


OOD_PROBES = ["", "asdf", "asdf qwer zxcv", "12345", "?!?!", "ok", "가슴이 아프고 식은땀이 나요", "머리가 아파요",
              "أشعر بألم في صدري", "у меня болит грудь", "मेरे सीने में दर्द है", "胸が痛い", "....", "hmm",
              "lorem ipsum dolor sit amet", "x" * 400]
NEGATION_PROBES = ["no chest pain, just a runny nose", "không đau ngực, chỉ sổ mũi", "没有胸痛，只是流鼻涕",
                   "tidak ada nyeri dada, cuma pilek", "tiada sakit dada, hanya selesema", "ไม่เจ็บหน้าอก แค่น้ำมูกไหล",
                   "denies shortness of breath, mild cough", "no bleeding now, small scrape"]


def rules_on_validation(val):
    """The rule layer alone on VALIDATION texts (what red_flags.json's matching choices were made on): red-flag cases
    whose rules do not reach the true level, other cases a rule makes more urgent than their level, and the router's
    validation texts of other domains (sugar, EV, out of scope) that a level 1-2 rule escalates."""
    import build_data as BD
    def rules_level(text):
        return min([x["targetLevel"] for x in SAFETY.fired_rules(text)], default=9)
    rf = oth = miss = over = 0
    for r in val:
        cs = [CONCEPTS[c] for c in r["concepts"]]
        true = min(c["level"] for c in cs)
        if any(c["rf"] for c in cs):
            rf += 1
            miss += rules_level(r["text"]) > true
        else:
            oth += 1
            over += rules_level(r["text"]) < true
    router, _ = BD.router_samples(20261129)  # build_data.py's default seed: the router corpus's validation split
    others = [r["text"] for r in router if r["split"] == "val" and r["label"] != "medical"]
    return {"redFlagCases": rf, "redFlagCasesMissed": miss, "otherCases": oth, "otherCasesOverTriaged": over,
            "routerOtherDomainTexts": len(others), "routerOtherDomainEscalated": sum(rules_level(t) <= 2 for t in others)}


def extra_metrics(test, probs, val, val_probs, log):
    out = {}
    recs = triage_metrics(test, probs, with_vitals_seed=99)
    out["triage"] = {"overall": summarise(recs)}
    out["triage"]["perLanguage"] = {l: summarise([r for r in recs if r["lang"] == l])
                                    for l in sorted({r["lang"] for r in recs})}
    # F1 of the trust matrix: the model stubbed to say "non-urgent" with 0.99 on every red-flag case
    stub = np.array([[0.0025, 0.0025, 0.0025, 0.0025, 0.99]] * len(test))
    rf_rows = [i for i, r in enumerate(test) if any(CONCEPTS[c]["rf"] for c in r["concepts"])]
    srecs = triage_metrics([test[i] for i in rf_rows], stub[rf_rows])
    out["triage"]["stubbedModelRedFlagRecall"] = round(sum(r["final"] <= 2 for r in srecs) / max(1, len(srecs)), 4)
    # vitals-only escalation: benign text (true 4-5) with one danger-zone vital
    rng = random.Random(7)
    benign = [i for i, r in enumerate(test) if min(CONCEPTS[c]["level"] for c in r["concepts"]) >= 4]
    vit_ok = 0
    n_vit = 0
    for i in benign[:400]:
        v = normal_vitals(rng, rng.randint(18, 85))
        f, s, lvl = rng.choice(DANGER)
        v[f] = s(rng)
        d = SAFETY.decide(test[i]["text"], probs[i], v)
        n_vit += 1
        vit_ok += d["level"] <= lvl
    out["triage"]["vitalsDangerEscalation"] = round(vit_ok / max(1, n_vit), 4)
    uni = [0.2] * 5
    ood = [SAFETY.decide(t, np.array(uni) if False else np.array([0.05, 0.05, 0.1, 0.3, 0.5]), None) for t in OOD_PROBES]
    out["triage"]["oodProbesEscalated"] = round(sum(d["escalate"] and d["level"] <= 3 for d in ood) / len(ood), 4)
    neg = [SAFETY.fired_rules(t) for t in NEGATION_PROBES]
    out["triage"]["negationProbesFiring"] = round(sum(bool(x) for x in neg) / len(neg), 4)
    out["triage"]["rulesOnValidation"] = rules_on_validation(val)
    v = out["triage"]["rulesOnValidation"]
    log(f"rules on validation: red-flag cases the rules miss {v['redFlagCasesMissed']}/{v['redFlagCases']}, other cases "
        f"over-triaged by a rule {v['otherCasesOverTriaged']}/{v['otherCases']}, router validation texts of other "
        f"domains escalated by a rule {v['routerOtherDomainEscalated']}/{v['routerOtherDomainTexts']}")
    o = out["triage"]["overall"]
    log(f"triage: red-flag recall {o['redFlagRecall']} (rules only {o['redFlagRecallRulesOnly']}), hazardous "
        f"undertriage {o['hazardousUndertriage']}/{o['highAcuityCases']} (upper95 {o['hazardousUndertriageUpper95']}), "
        f"undertriage {o['undertriage']}, overtriage {o['overtriage']}, escalate {o['escalateRate']}, "
        f"stubbed {out['triage']['stubbedModelRedFlagRecall']}, vitals {out['triage']['vitalsDangerEscalation']}, "
        f"OOD {out['triage']['oodProbesEscalated']}, dept acc {o['departmentAccuracyLevel3to5']}")
    for l, s in out["triage"]["perLanguage"].items():
        log(f"  {l:6s} rf {s['redFlagRecall']} haz {s['hazardousUndertriage']} under {s['undertriage']} over {s['overtriage']}")
    return out


def manifest(metrics, temperature):
    t = metrics["triage"]["overall"]
    held = {"accuracy": metrics["overall"]["accuracy"], "macroF1": metrics["overall"]["macroF1"],
            "ece": metrics["overall"]["ece"], "eceBeforeTemperature": metrics["eceBeforeTemperature"],
            "redFlagRecall": t["redFlagRecall"], "redFlagRecallRulesOnly": t["redFlagRecallRulesOnly"],
            "hazardousUndertriage": t["hazardousUndertriage"], "hazardousUndertriageUpper95": t["hazardousUndertriageUpper95"],
            "undertriage": t["undertriage"], "overtriage": t["overtriage"], "escalateRate": t["escalateRate"],
            "stubbedModelRedFlagRecall": metrics["triage"]["stubbedModelRedFlagRecall"]}
    for lang, m in metrics["perLanguage"].items():
        held[f"accuracy.{lang}"] = m["accuracy"]
        held[f"ece.{lang}"] = m["ece"]
    for lang, s in metrics["triage"]["perLanguage"].items():
        held[f"redFlagRecall.{lang}"] = s["redFlagRecall"]
        held[f"undertriage.{lang}"] = s["undertriage"]
        held[f"hazardousUndertriage.{lang}"] = s["hazardousUndertriage"]
    num = lambda name, unit, lo, hi, desc, typ="number": {"name": name, "type": typ, "unit": unit, "range": [lo, hi],
                                                           "required": False, "description": desc}
    return {
        "schema": "bagui.bundle/1", "name": "medical-triage", "version": "1.4.0", "domain": "medical",
        "task": "classification",
        "description": "Five-level emergency acuity (ESI v4 based) from a chief complaint in zh, en, vi, th, id, ms, with red-flag rules, vitals danger zones and escalation.",
        "architecture": "bagui-text-classifier", "plugin": "triage-safety",
        "inputs": [
            {"name": "text", "type": "text", "maxCharacters": 1000, "required": True,
             "description": "the chief complaint in the patient's or nurse's words (zh, en, vi with or without diacritics, th, id, ms, or mixed)"},
            num("heart_rate", "beats/min", 20, 300, "heart rate", "integer"),
            num("respiratory_rate", "breaths/min", 0, 80, "respiratory rate", "integer"),
            num("systolic_bp", "mmHg", 40, 300, "systolic blood pressure", "integer"),
            num("spo2", "%", 50, 100, "peripheral oxygen saturation", "integer"),
            num("temperature_c", "°C", 25, 45, "body temperature"),
            num("age_years", "years", 0, 120, "age; fractions for infants (0.1 = about 5 weeks)"),
            {"name": "consciousness", "type": "category", "values": ["A", "V", "P", "U"], "required": False,
             "description": "AVPU: Alert, responds to Voice, responds to Pain, Unresponsive"},
        ],
        "outputs": [
            {"name": "acuity", "type": "label", "labels": LEVELS,
             "description": "the network's acuity with `confidence` (max softmax(logits / preprocessing.temperature)) and `scores`. The triage-safety plugin then makes it final: acuity = min(network level, abstention cap, targetLevel of every fired red-flag and vitals rule), and adds `escalate` (boolean: a level-1/2 rule fired, confidence < abstention.minConfidence, or unfamiliar input), `department` (departments.json; emergency for levels 1-2), `redFlags`, `vitalsFlags`, `reasons`, `modelAcuity` and the decision-support notice. The network alone must never be served"},
        ],
        "preprocessing": {"temperature": temperature, "maxSequenceLength": MAX_LEN_DEFAULT},
        "languages": ["zh", "en", "vi", "th", "id", "ms"],
        "license": "Apache-2.0",
        "intendedUse": "Decision support for triage nurses, telehealth intake and patient self-check in Guangxi and ASEAN: suggests an acuity level and department, always escalates red flags and uncertainty to a clinician. Not a diagnosis; never the only safeguard.",
        "limits": [
            "trained and evaluated only on simulated chief complaints generated from ESI v4 / Manchester Triage System criteria; not validated on real patients",
            "the red-flag rules and vitals thresholds are an engineering draft from published guidelines and need clinician review and sign-off before clinical use",
            "negation is not understood: 'no chest pain' fires the chest-pain rule (deliberate over-triage)",
            "paediatric and obstetric presentations are thinly covered; vital-sign danger zones are age-adjusted only where age_years is given",
            "Tamil, Lao, Khmer, Burmese and other languages are not read: such input is treated as unfamiliar and escalated",
            "text longer than 96 tokens is truncated",
            "requires the triage-safety plugin (red_flags.json, departments.json); the network alone must never be served",
        ],
        "metrics": {"split": B.SPLIT_TEXT, "heldOut": held},
        "policy": {"dataCategories": ["personal-health"], "processingRegions": ["on-device", "CN", "ASEAN"]},
    }


def card(metrics, man):
    m = metrics
    t = m["triage"]
    tl = t["perLanguage"]
    rows = ["| language | n | red-flag cases | red-flag recall | rules-only recall | hazardous undertriage | undertriage | overtriage | escalated |",
            "|---|---|---|---|---|---|---|---|---|"]
    for l, s in list(tl.items()) + [("**all**", t["overall"])]:
        rows.append(f"| {l} | {s['n']} | {s['redFlagCases']} | {s['redFlagRecall']:.3f} | {s['redFlagRecallRulesOnly']:.3f} | "
                    f"{s['hazardousUndertriage']} / {s['highAcuityCases']} | {s['undertriage']:.3f} | {s['overtriage']:.3f} | {s['escalateRate']:.3f} |")
    safety_table = "\n".join(rows)
    o = t["overall"]
    return f"""# medical-triage

Suggests a five-level emergency acuity — 1 immediate, 2 emergent, 3 urgent, 4 less urgent, 5 non-urgent,
after the Emergency Severity Index v4 with Manchester Triage System discriminators — and a department, from a
chief complaint in Chinese, English, Vietnamese (with or without diacritics), Thai, Indonesian, Malay or a mix,
plus optional vital signs. **Decision support, not a diagnosis. Trained on simulated data.** Every answer
must carry the notice "decision support only; if symptoms are severe or worsening, call emergency services".

## How a decision is made
1. The network (`bagui-text-classifier`) reads the text and gives 5 logits; Swift applies
   `softmax(logits / {m['temperature']})`.
2. The **triage-safety plugin** (Swift, `Sources/BaguiDomains/Triage`, from the data files in this bundle) then:
   - **abstains** when the calibrated top probability is below {SAFETY.cfg['abstention']['minConfidence']} or the input is unfamiliar (too few letters,
     or mostly in a script other than Latin, Han or Thai): `escalate = true`, level made at most 3 and at most the
     most urgent level with probability ≥ 0.10;
   - runs the **red-flag rules** of `red_flags.json` ({len(__import__('json').load(open(os.path.join(BUNDLE, 'red_flags.json'), encoding='utf-8'))['rules'])} rules × 6 languages: chest pain with sweating or radiation,
     BE-FAST stroke signs, anaphylaxis, severe breathing difficulty, uncontrolled bleeding, unconsciousness, seizures,
     shock, suicidal intent, thunderclap headache, GI bleeding, fever in young infants, pregnancy emergencies,
     altered consciousness, sepsis, major burns, severe asthma, poisoning) on every text whatever its language, each
     term matched as a substring at a word start or, in ASCII words of 4+ letters, with one typo (`matching.fuzzy`);
   - checks the **vitals danger zones** (ESI v4 age-adjusted HR/RR, SpO2 < 92 / < 90, AVPU, NEWS2 BP and temperature);
   - final level = the minimum of all of these: **nothing ever makes the answer less urgent**; a final level of 1 or 2
     always sets `escalate = true`, even when only the network said so (reason `network_high_acuity`);
   - suggests a department from `departments.json` (levels 1–2: emergency).
3. `recipe/triage_safety.py` is the Python reference implementation of step 2, used for every figure below and
   for `golden.json` (whose `output` is the full decision, `raw` the network logits).

## Intended use and users
Triage nurses, telehealth intake and patient self-check, in Guangxi and ASEAN, as a second pair of eyes that
errs towards urgency. Out of scope: diagnosis, treatment advice, replacing a clinician's triage, children's and
obstetric triage without clinician review, any use without the triage-safety layer.

## Data provenance
`Models/shared-text/build_data.py medical` (seed 20261129) from `data_medical.py`: {len(DM.CONCEPTS)} chief-complaint
concepts ({", ".join(f"{sum(c['level'] == k for c in DM.CONCEPTS)} level-{k}" for k in range(1, 6))}) with 3–6 phrasings each in zh, en, vi, th, id, ms,
placed in 14–15 frames per language; 30% of samples combine two complaints (label = the more urgent);
noise: typos, Vietnamese without diacritics, casing, informal particles; code-switched samples. Levels and
discriminators follow: ESI v4 Implementation Handbook, 2012 ed. (AHRQ Pub. 12-0014); Manchester Triage System,
2nd ed. (2006); BE-FAST (Aroor et al., Stroke 2017); NEWS2 (RCP 2017); WAO anaphylaxis guidance; GINA 2023;
qSOFA (Singer et al., JAMA 2016). Version 1.2.0 keeps this corpus (validation and test byte-identical) and is retrained
with the shared tokenizer's fourth edition (each Han character its own pre-token). Fifth edition (1.3.0): 10 train-only phrasings per concept and language for all 48 concepts, 2,880 in all (`extra_medical_a.py`, `extra_medical_b.py`, `extra_medical_c.py`, written from the train phrasings and domain knowledge by writers who never saw a validation or test phrasing) join the train pools; a written phrasing equal to any validation or test phrasing of its domain and language (up to case, spacing and punctuation) is dropped; validation is checked four times per epoch and the best check kept; validation and test are byte-identical to 1.2.0's. Train / val / test: {m['data']['train']} / {m['data']['val']} / {m['data']['test']}.

## Held-out metrics
Split: {B.SPLIT_TEXT}

### Network alone (5-way, calibrated)

{B.lang_table(m)}

Temperature {m['temperature']}: ECE {m['eceBeforeTemperature']:.3f} before, {m['overall']['ece']:.3f} after.

Slices:

{B.slice_table(m)}

Per level (F1):

{B.class_table(m)}

### Network + red-flag rules + vitals + abstention (the shipped decision)
Half of the test cases carry synthetic vitals (normal, or for true level 1–2 cases sometimes one danger-zone value).
Red-flag recall = share of test cases built from a red-flag concept whose final level is at least as urgent as the
true level. Hazardous undertriage = true level 1–2 given level 4–5.

{safety_table}

- Hazardous undertriage: {o['hazardousUndertriage']} of {o['highAcuityCases']} (exact upper 95% bound {o['hazardousUndertriageUpper95']:.4f}); network alone: {o['modelOnlyHazardousUndertriage']}.
- Undertriage {o['undertriage']:.3f} (network alone {o['modelOnlyUndertriage']:.3f}); overtriage {o['overtriage']:.3f} (reported, not hidden: the rules and abstention trade overtriage for safety).
- Trust matrix F1 (network stubbed to "non-urgent, 0.99" on every red-flag case): {t['stubbedModelRedFlagRecall']:.3f} still end at level ≤ 2 — the rules alone; misses are typo'd phrasings.
- Benign text with one danger-zone vital escalated to the vital's level: {t['vitalsDangerEscalation']:.3f} (a consistency check of the rule data, since the probes use the same thresholds).
- Unfamiliar inputs (empty, gibberish, Korean, Arabic, Russian, Hindi, Japanese, 400 × 'x') escalated: {t['oodProbesEscalated']:.3f}.
- Negation probes that (deliberately) still fire a rule: {t['negationProbesFiring']:.3f}.
- Department suggestion matches the concept's department (levels 3–5): {o['departmentAccuracyLevel3to5']:.3f}.

## Targets
Red-flag recall 100%: {"**met**" if o['redFlagRecall'] >= 1 else "**not met**"} ({o['redFlagRecall']:.4f}); hazardous undertriage 0: {"**met**" if o['hazardousUndertriage'] == 0 else "**not met**"} ({o['hazardousUndertriage']} of
{o['highAcuityCases']}); overall undertriage < 5%: {"met" if o['undertriage'] < 0.05 else "not met"} ({o['undertriage']:.4f}); overtriage {o['overtriage']:.3f} (25–50% is the tolerated band).
Rules version {__import__('json').load(open(os.path.join(BUNDLE, 'red_flags.json'), encoding='utf-8'))['version']}: the 1.1.0 additions (`ADDITIONS` in `recipe/red_flags_source.py`) were written from
red-flag presentations the 1.0.0 rules missed on the train and validation splits, never from test cases; the
network was not retrained for them (`build.py --reevaluate`: same weights, metrics and golden recomputed). Remaining
misses are mostly cases whose red-flag words are garbled by several typos at once, which the network also
under-read. Rules 1.2.0 (`ADDITIONS2` and the new `major_trauma` rule, level 2 for high-risk injury mechanisms) widen
the lexicon from domain knowledge: synonyms per language, informal Indonesian and Malay negations, chat abbreviations,
common English misspellings; on the validation split they changed the rules-only misses of red-flag cases from 27 to
26 of 1,228 (the rest are key words garbled by typos), so most of the remaining gap needs typo-tolerant matching or a
retrained network, not more words. Rules 1.3.0 (bundle 1.3.1, same weights) add typo-tolerant matching
(`matching.fuzzy` in red_flags.json): a term made of ASCII words also matches text words one to one where each term
word of 4 or more letters may be one edit away (insertion, deletion, substitution or adjacent swap), unless the text
word is a correctly spelled word of the corpora's train material ({len(__import__('json').load(open(os.path.join(BUNDLE, 'red_flags.json'), encoding='utf-8'))['knownWords']):,} `knownWords`, so 'sejak' is not read as
'sesak', nor 'helo' as 'pelo'). Chosen on the validation split only. With the current rules (`rulesOnValidation` in
recipe/metrics.json, recomputed by every run): the rules alone miss {t['rulesOnValidation']['redFlagCasesMissed']} of {t['rulesOnValidation']['redFlagCases']:,} red-flag cases, make
{t['rulesOnValidation']['otherCasesOverTriaged']} of {t['rulesOnValidation']['otherCases']:,} other cases more urgent than their level, and escalate {t['rulesOnValidation']['routerOtherDomainEscalated']} of the router's {t['rulesOnValidation']['routerOtherDomainTexts']:,}
validation texts of other domains. Measured while choosing (rules 1.2.0 and variants, same splits): 1.2.0 gave 26, 15
and 8; without the known-word guard the escalations rose to 92; with 3-letter words also tolerant the misses fell to
3 but more short real words read as typos, so 4 letters was kept. Rules 1.4.0 (bundle 1.3.2, same weights) also
accept a typo in a word shorter than 4 letters when it is the run's only typo, in a term of two or more words with a
long word ('kow blood pressure' for 'low blood pressure'; 'wo gibt' is not 'co giat'): on the same validation data
(the router's now with the seventh edition's val-only phrasings) that cut the misses from 5 to 3 with over-triage (16)
and router escalations (25 of 5,130) unchanged; without the single-typo condition two German EV questions escalated. Rules
1.5.0 (bundle 1.4.0, same weights) let a term word of 8 or more letters be two edits away (`twoEditMinWordLength`;
optimal string alignment distance 2, as Lucene's AUTO fuzziness allows two edits in longer words), because the noise of
real typing (and of the corpora's own generator) often puts two typos in one long word: on validation the misses fell
from 3 to 2, over-triage stayed 16, and router escalations rose from 25 to 36 of 5,130; with 9 letters nothing changed,
with 6 the escalations rose to 68, so 8 was kept. Rules 1.5.0 also widen the lexicon (`ADDITIONS3`, 1,185 terms in the
six languages) from the red-flag cases the rules missed on the TRAIN split, mostly train-only phrasings written after
the rules: the train misses fell from 2,314 to 515 of 7,499 with train over-triage 109 -> 118 of 8,677, while on
validation (counted, never read) the misses stayed 2, over-triage 16, and router escalations went 36 -> 38. The
abstention threshold (0.55) was fixed before testing; on
the validation split it already gave zero hazardous undertriage, so it was not tuned on test.

## Known failure regions
- Two typos inside one key word of fewer than 8 letters (three in a longer one), or one typo in a word of 3 letters or
  fewer, defeat the rules; so does any typo in Han, Thai or toned Vietnamese, which match exactly. The network then
  carries the case alone.
- The lexicon follows the corpora's phrasings: before rules 1.5.0 widened it from the train misses, the rules alone
  caught only 5,185 of 7,499 training red-flag rows (phrasings written after the rules by other writers) against 1,226
  of 1,228 on validation. The held-out rules-only recall is therefore likely to overstate how well the rules alone read
  wording nobody has seen; the network and abstention carry the rest. `major_trauma` fires at level 2, so bare level-1
  trauma mechanisms ("stab wound to the chest") rest on the network.
- Negated red flags over-triage. Sarcasm, hypotheticals ("what if I had chest pain") and third-party history
  ("my father had a stroke years ago") also fire rules.
- The network has seen only {len(DM.CONCEPTS)} kinds of complaint; an unlisted serious complaint phrased mildly may be
  under-triaged by the network if no rule or vital catches it — the abstention threshold is the last guard.
- Thai and Chinese red-flag terms match as substrings (no word boundaries), so unrelated words containing them fire.

## License
Apache-2.0. Rebuild with `recipe/run.sh`.
"""


if __name__ == "__main__":
    spec = {"labels": LEVELS, "golden": GOLDEN, "golden_output": golden_output, "manifest": manifest, "card": card,
            "extra_metrics": extra_metrics, "data_files": ["red_flags.json", "departments.json"],
            "train": {"epochs": 3}}
    if sys.argv[1] == "--reevaluate":  # same weights, new red_flags.json / departments.json: recompute metrics and golden
        B.reevaluate(spec, sys.argv[2], sys.argv[3], sys.argv[4], log=lambda s: print(s, flush=True))
    elif sys.argv[1] == "--reexport":
        B.reexport(spec, sys.argv[3], sys.argv[2])
    else:
        data, tokp, bundle = sys.argv[1:4]
        B.run(spec, data, tokp, bundle, seed=2024, log=lambda s: print(s, flush=True))
