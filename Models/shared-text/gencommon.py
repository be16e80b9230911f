"""Shared machinery for Bagui's synthetic multilingual text corpora.

A domain module describes *concepts* (a label plus phrasings per language) and *frames* (sentence
templates per language with a `{x}` slot). This module splits both so held-out data measures
generalisation, renders samples, and adds realistic noise.

Split (deterministic, seeded):
  * frames: per language, about 30 % of frames are held out; train samples use only the other 70 %.
  * phrasings: per (concept, language), phrasings are shuffled; with n phrasings, test takes
    max(1, round(n / 4)) when n >= 2, val takes 1 more when n >= 4, the rest are train.
  * train = train phrasings x train frames; val = val phrasings (or train phrasings when the concept has
    no val phrasing) x held-out frames; test = test phrasings x held-out frames. A concept-language with a
    single phrasing contributes no test sample in that language (reported as `untestedPhrasings`).
"""
import hashlib
import random
import unicodedata

LANGS = ["zh", "en", "vi", "th", "id", "ms"]
LANG_NAMES = {"zh": "Chinese", "en": "English", "vi": "Vietnamese", "th": "Thai", "id": "Indonesian",
              "ms": "Malay", "mixed": "code-switched"}


def stable_seed(*parts):
    return int(hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def phrase_key(text):
    """A phrasing's identity up to case, spacing and punctuation (for the train-only leak filter)."""
    t = unicodedata.normalize("NFC", text).casefold()
    return " ".join("".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in t).split())


def split_list(items, key, test_frac=0.25, allow_val=True):
    """Returns {'train': [...], 'val': [...], 'test': [...]} for one list of phrasings or frames."""
    items = list(dict.fromkeys(i for i in items if i))
    rng = random.Random(stable_seed("split", key))
    rng.shuffle(items)
    n = len(items)
    if n <= 1:
        return {"train": items, "val": [], "test": []}
    n_test = max(1, round(n * test_frac))
    n_val = 1 if (allow_val and n >= 4) else 0
    return {"test": items[:n_test], "val": items[n_test:n_test + n_val], "train": items[n_test + n_val:]}


def split_frames(frames_by_lang, domain):
    out = {}
    for lang, frames in frames_by_lang.items():
        s = split_list(frames, (domain, "frames", lang), test_frac=0.3, allow_val=False)
        out[lang] = {"train": s["train"], "heldout": s["test"]}
    return out


# ---------------------------------------------------------------- noise
VI_MAP = {}
for ch in "àáảãạăằắẳẵặâầấẩẫậ":
    VI_MAP[ch] = "a"
for ch in "èéẻẽẹêềếểễệ":
    VI_MAP[ch] = "e"
for ch in "ìíỉĩị":
    VI_MAP[ch] = "i"
for ch in "òóỏõọôồốổỗộơờớởỡợ":
    VI_MAP[ch] = "o"
for ch in "ùúủũụưừứửữự":
    VI_MAP[ch] = "u"
for ch in "ỳýỷỹỵ":
    VI_MAP[ch] = "y"
VI_MAP["đ"] = "d"
for k, v in list(VI_MAP.items()):
    VI_MAP[k.upper()] = v.upper()


def strip_vi(text):
    """Vietnamese typed without tones or diacritics ("dau nguc" for "đau ngực")."""
    text = unicodedata.normalize("NFC", text)
    return "".join(VI_MAP.get(c, c) for c in text)


KEYBOARD_NEIGHBOURS = {
    "a": "qsz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo",
    "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "r": "et", "s": "ad",
    "t": "ry", "u": "yi", "v": "cb", "w": "qe", "y": "tu", "z": "x",
}


def typo(text, rng, rate=0.04):
    """Keyboard typos on Latin letters: swap, drop, double, neighbour key."""
    chars = list(text)
    out = []
    i = 0
    while i < len(chars):
        c = chars[i]
        if c.isascii() and c.isalpha() and rng.random() < rate:
            op = rng.randrange(4)
            if op == 0 and i + 1 < len(chars) and chars[i + 1].isalpha():
                out += [chars[i + 1], c]
                i += 2
                continue
            if op == 1:
                i += 1
                continue
            if op == 2:
                out += [c, c]
            else:
                out.append(rng.choice(KEYBOARD_NEIGHBOURS.get(c.lower(), c)))
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


INFORMAL = {
    "en": (["", "", "pls ", "hi, ", "urgent: ", "hey "], ["", "", " pls help", "!!", "...", " :(", " asap"]),
    "zh": (["", "", "医生，", "请问", "你好，", "急！"], ["", "", "怎么办", "啊", "。", "！！", "咋办啊"]),
    "vi": (["", "", "bác sĩ ơi ", "cho hỏi ", "em ", "khẩn: "], ["", "", " ạ", " vậy", " phải làm sao", "!!", " nha"]),
    "th": (["", "", "หมอคะ ", "สวัสดีครับ ", "ช่วยด้วย ", "ขอถาม "], ["", "", " ค่ะ", " ครับ", " ทำไงดี", "!!", " นะคะ"]),
    "id": (["", "", "dok, ", "halo, ", "tolong ", "mau tanya "], ["", "", " gimana ya", " dok", "!!", " tolong", " nih"]),
    "ms": (["", "", "doktor, ", "hai, ", "tolong ", "nak tanya "], ["", "", " lah", " macam mana", "!!", " ye", " tolong"]),
}


def noisify(text, lang, rng, p_typo=0.25, p_case=0.15, p_punct=0.2, informal=None):
    if lang == "vi" and rng.random() < 0.3:
        text = strip_vi(text)
    if rng.random() < p_typo:
        text = typo(text, rng)
    if rng.random() < p_case:
        text = text.upper() if rng.random() < 0.3 else text.capitalize()
    if rng.random() < p_punct:
        text = text.replace(",", " ").replace("，", " ").replace("。", "").replace(".", "")
    if informal and lang in informal and rng.random() < 0.35:
        pre, post = informal[lang]
        text = rng.choice(pre) + text + rng.choice(post)
    return " ".join(text.split())


def is_vi_toneless(text):
    return not any(c in VI_MAP for c in unicodedata.normalize("NFC", text))


def render(frame, x, fills, rng):
    out = frame.replace("{x}", x)
    for key, values in fills.items():
        token = "{" + key + "}"
        while token in out:
            out = out.replace(token, rng.choice(values), 1)
    return out


def clauses(phrase, lang):
    """Splits a phrasing into clauses (for recombination in training only)."""
    import re
    parts = re.split(r"\s*[，,、；;]\s*", phrase)
    if lang == "th":
        parts = [q for p in parts for q in p.split(" ")]
    return [p for p in parts if p]
