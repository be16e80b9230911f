"""all-MiniLM-L6-v2 through ONNX Runtime: the ORT peer, in its best honest configuration.

Tokenization by HF `tokenizers` (the model's own tokenizer.json, truncated at 256 like
sentence-transformers' max_seq_length), the BertModel graph in ONNX Runtime (CPU provider,
ORT_ENABLE_ALL, intra_op_num_threads=2, inter_op_num_threads=1), then mean pooling over the
attention mask and L2 normalisation in numpy (elementwise only; no GEMM runs in numpy).
Imports only onnxruntime, tokenizers and numpy, so the cold-start figure is ORT's own.
"""
import os

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

MAX_SEQ_LENGTH = 256  # sentence_bert_config.json; tokenizer.json itself says 128 with fixed padding


class OrtEmbedder:
    def __init__(self, model_dir: str, onnx_path: str, threads: int = 2):
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(onnx_path, options, providers=["CPUExecutionProvider"])
        self.input_names = [i.name for i in self.session.get_inputs()]
        self.tokenizer = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
        self.tokenizer.no_padding()  # we pad each batch to its own longest text
        self.tokenizer.enable_truncation(max_length=MAX_SEQ_LENGTH)

    def _forward(self, encodings) -> np.ndarray:
        """Embeds one batch of encodings, padded to the batch's longest: (batch, 384), unit rows."""
        length = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), length), dtype=np.int64)
        mask = np.zeros((len(encodings), length), dtype=np.int64)
        for row, e in enumerate(encodings):
            ids[row, :len(e.ids)] = e.ids
            mask[row, :len(e.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self.session.run(None, {k: feeds[k] for k in self.input_names})[0]  # (batch, seq, 384)
        m = mask[:, :, None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def embed(self, texts, batch_size: int = 32) -> np.ndarray:
        """Embeds texts in length-sorted batches; rows come back in input order."""
        if len(texts) == 1:
            return self._forward([self.tokenizer.encode(texts[0])])
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.empty((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            out[chunk] = self._forward([encodings[i] for i in chunk])
        return out
