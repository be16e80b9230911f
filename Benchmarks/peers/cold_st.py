#!/usr/bin/env python3
"""Cold start of sentence-transformers: import, load all-MiniLM-L6-v2, embed one text, print it.

    cold_st.py MODEL_DIR "text"      (the harness times the whole process and reads its rusage)
"""
import os
import sys

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import torch  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402

torch.set_num_threads(2)
vector = SentenceTransformer(sys.argv[1], device="cpu").encode(sys.argv[2], convert_to_numpy=True)
print(" ".join(f"{x:.6f}" for x in vector[:8]), "...", flush=True)
