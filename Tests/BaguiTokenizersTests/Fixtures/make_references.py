#!/usr/bin/env python3
"""Trains the small tokenizer fixtures and writes references.json, the parity bar for BaguiTokenizers.

Everything here is pinned to Hugging Face `tokenizers` 0.23.3 (the version the Swift port mirrors).
Rerun from the repository root, after fetching MiniLM (`Scripts/fetch-minilm.sh`):

    $(Scripts/ml-venv.sh) Tests/BaguiTokenizersTests/Fixtures/make_references.py

Outputs, next to this script:
  roberta.json        byte-level BPE, ByteLevel(add_prefix_space=True), RobertaProcessing, truncation 64
  gpt2.json           byte-level BPE, ByteLevel(add_prefix_space=False), TemplateProcessing,
                      ignore_merges, merges in the legacy "a b" string form, truncation only_first/left 48
  bert-cased.json     WordPiece, BertNormalizer(strip_accents=True, lowercase=False), BertProcessing
  added-tokens.json   WordPiece uncased with Sequence normalizer/pre-tokenizer and added tokens that use
                      lstrip, rstrip, single_word, normalized and special; truncation 32
  bpe-whitespace.json BPE with unk, end_of_word_suffix, NFKC+Strip, Whitespace+Digits, BPEDecoder
  class-split.json    BPE behind four character-class Split pre-tokenizers (isolated, merged_with_previous,
                      contiguous inverted, removed; literal scalars, ranges, negation and escapes), no decoder
  references.json     for every fixture, all-MiniLM-L6-v2 from .cache and the text bundles' shared
                      Models/shared-text/tokenizer.json, and every corpus line:
                      encode(text) ids/tokens/type_ids with padding off, decode with and without
                      skip_special_tokens; pairs of consecutive lines; add_special_tokens=False.
A fixture file that exists is kept, and only its references are recomputed: the trainers break frequency
ties in hash order, so retraining changes vocabularies from run to run. `--retrain` retrains every fixture.
"""
import json
import os

import tokenizers
from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers

assert tokenizers.__version__ == "0.23.3", tokenizers.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../.."))
MINILM = os.path.join(ROOT, ".cache/models/all-MiniLM-L6-v2/tokenizer.json")
BAGUI_TEXT = os.path.join(ROOT, "Models/shared-text/tokenizer.json")

with open(os.path.join(HERE, "corpus.jsonl"), encoding="utf-8") as f:
    CORPUS = [json.loads(line)["text"] for line in f]


def save(tok: Tokenizer, name: str, edit=None):
    data = json.loads(tok.to_str())
    if edit:
        edit(data)
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))


def train_roberta():
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=True)
    specials = ["<s>", "<pad>", "</s>", "<unk>", AddedToken("<mask>", lstrip=True, special=True)]
    trainer = trainers.BpeTrainer(vocab_size=3000, min_frequency=2, special_tokens=specials,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(CORPUS, trainer)
    tok.post_processor = processors.RobertaProcessing(("</s>", tok.token_to_id("</s>")), ("<s>", tok.token_to_id("<s>")))
    tok.decoder = decoders.ByteLevel()
    tok.enable_truncation(max_length=64)
    save(tok, "roberta.json")


def train_gpt2():
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(vocab_size=2500, min_frequency=2, special_tokens=["<|endoftext|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(CORPUS, trainer)
    tok.post_processor = processors.TemplateProcessing(
        single="<|endoftext|> $A", pair="<|endoftext|> $A <|endoftext|> $B:1",
        special_tokens=[("<|endoftext|>", tok.token_to_id("<|endoftext|>"))])
    tok.decoder = decoders.ByteLevel()
    tok.enable_truncation(max_length=48, strategy="only_first", direction="left")

    def edit(data):
        data["model"]["ignore_merges"] = True
        data["model"]["merges"] = [" ".join(pair) for pair in data["model"]["merges"]]
    save(tok, "gpt2.json", edit)


def train_bert_cased():
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(strip_accents=True, lowercase=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(vocab_size=3000, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"],
                                        show_progress=False)
    tok.train_from_iterator(CORPUS, trainer)
    tok.post_processor = processors.BertProcessing(("[SEP]", tok.token_to_id("[SEP]")), ("[CLS]", tok.token_to_id("[CLS]")))
    tok.decoder = decoders.WordPiece()
    save(tok, "bert-cased.json")


def train_added_tokens():
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]", max_input_chars_per_word=40))
    tok.normalizer = normalizers.Sequence([normalizers.NFD(), normalizers.Lowercase(), normalizers.StripAccents(),
                                           normalizers.Replace("``", '"')])
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Punctuation(),
                                                 pre_tokenizers.Digits(individual_digits=True)])
    trainer = trainers.WordPieceTrainer(vocab_size=2000, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]"],
                                        show_progress=False)
    tok.train_from_iterator(CORPUS, trainer)
    tok.add_special_tokens([AddedToken("<special>", special=True, lstrip=True, rstrip=True),
                            AddedToken("[ENT]", special=True, single_word=True)])
    tok.add_tokens([AddedToken("New York", normalized=True), AddedToken("@@", normalized=False, rstrip=True),
                    AddedToken("ÉCOLE", normalized=True)])
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", tok.token_to_id("[CLS]")), ("[SEP]", tok.token_to_id("[SEP]"))])
    tok.decoder = decoders.WordPiece()
    tok.enable_truncation(max_length=32)
    save(tok, "added-tokens.json")


def train_bpe_whitespace():
    tok = Tokenizer(models.BPE(unk_token="[UNK]", end_of_word_suffix="</w>"))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Strip()])
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Whitespace(), pre_tokenizers.Digits(individual_digits=True)])
    trainer = trainers.BpeTrainer(vocab_size=2000, special_tokens=["[UNK]", "[BOS]", "[EOS]"], limit_alphabet=300,
                                  end_of_word_suffix="</w>", show_progress=False)
    tok.train_from_iterator(CORPUS, trainer)
    tok.post_processor = processors.TemplateProcessing(
        single="[BOS] $A [EOS]", pair="[BOS] $A [EOS] $B:1 [EOS]:1",
        special_tokens=[("[BOS]", tok.token_to_id("[BOS]")), ("[EOS]", tok.token_to_id("[EOS]"))])
    tok.decoder = decoders.BPEDecoder(suffix="</w>")
    save(tok, "bpe-whitespace.json")


def train_class_split():
    tok = Tokenizer(models.BPE(unk_token="[UNK]"))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(r"[\u0E00-\u0E7F\u3400-\u4DBF一-鿿]"), behavior="isolated"),
        pre_tokenizers.Split(Regex(r"[ \t\n.,!?¿¡]"), behavior="merged_with_previous"),
        pre_tokenizers.Split(Regex("[^0-9٠-٩]"), behavior="contiguous", invert=True),
        pre_tokenizers.Split(Regex(r"[\x{1F300}-\x{1FAFF}\-\]()]"), behavior="removed"),
    ])
    trainer = trainers.BpeTrainer(vocab_size=1500, min_frequency=2, special_tokens=["[UNK]"], show_progress=False)
    tok.train_from_iterator(CORPUS, trainer)
    save(tok, "class-split.json")


def encoding_dict(enc):
    return {"ids": enc.ids, "tokens": enc.tokens, "type_ids": enc.type_ids}


def references(path):
    tok = Tokenizer.from_file(path)
    tok.no_padding()
    single = []
    for text in CORPUS:
        enc = tok.encode(text)
        entry = encoding_dict(enc)
        entry["decoded"] = tok.decode(enc.ids)
        entry["decoded_with_special"] = tok.decode(enc.ids, skip_special_tokens=False)
        single.append(entry)
    pairs = []
    for i in range(0, len(CORPUS) - 1, 5):
        try:
            entry = encoding_dict(tok.encode(CORPUS[i], CORPUS[i + 1]))
        except Exception as error:  # e.g. only_first truncation of a too short first sequence
            entry = {"error": str(error)}
        entry["index"] = i
        pairs.append(entry)
    plain = [{"index": i, **encoding_dict(tok.encode(CORPUS[i], add_special_tokens=False))}
             for i in range(0, len(CORPUS), 3)]
    return {"single": single, "pairs": pairs, "no_special_tokens": plain}


def main():
    import sys
    retrain = "--retrain" in sys.argv[1:]
    for name, train in [("roberta", train_roberta), ("gpt2", train_gpt2), ("bert-cased", train_bert_cased),
                        ("added-tokens", train_added_tokens), ("bpe-whitespace", train_bpe_whitespace),
                        ("class-split", train_class_split)]:
        if retrain or not os.path.exists(os.path.join(HERE, name + ".json")):
            train()
    refs = {"tokenizers_version": tokenizers.__version__, "corpus_lines": len(CORPUS), "tokenizers": {}}
    for name in ["roberta", "gpt2", "bert-cased", "added-tokens", "bpe-whitespace", "class-split"]:
        refs["tokenizers"][name] = references(os.path.join(HERE, name + ".json"))
    if not os.path.exists(MINILM):
        raise SystemExit(f"missing {MINILM}: run Scripts/fetch-minilm.sh first")
    refs["tokenizers"]["all-MiniLM-L6-v2"] = references(MINILM)
    refs["tokenizers"]["bagui-text"] = references(BAGUI_TEXT)
    with open(os.path.join(HERE, "references.json"), "w", encoding="utf-8") as f:
        json.dump(refs, f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
