"""tritonclient[http] against the bundles and the industry model that `bagui serve --models Models`
serves (tensor conventions in Models/README.md), checked against the bundles' PyTorch goldens."""
import json
import os
import pathlib

import numpy as np
import pytest
import tritonclient.http as httpclient
from tritonclient.utils import InferenceServerException

URL = os.environ["BAGUI_URL"]
MODELS = pathlib.Path(os.environ["BAGUI_MODELS_DIR"])


@pytest.fixture(scope="module")
def triton():
    client = httpclient.InferenceServerClient(url=URL)
    yield client
    client.close()


def golden(bundle):
    return json.loads((MODELS / bundle / "golden.json").read_text())["cases"]


def manifest(bundle):
    return json.loads((MODELS / bundle / "manifest.json").read_text())


def text_input(texts):
    tensor = httpclient.InferInput("text", [len(texts)], "BYTES")
    tensor.set_data_from_numpy(np.array([t.encode() for t in texts], dtype=np.object_))
    return tensor


def test_bundles_are_listed_and_ready(triton):
    for name in ["industry-router", "sugarcane-disease", "medical-triage", "sugarcane-yield", "ev-battery-health", "industry"]:
        assert triton.is_model_ready(name), name
    metadata = triton.get_model_metadata("sugarcane-yield")
    assert metadata["inputs"][0]["name"] == "features"
    assert metadata["inputs"][0]["shape"] == [-1, len(manifest("sugarcane-yield")["inputs"])]


def test_text_model(triton):
    cases = golden("industry-router")
    texts = [c["input"]["text"] for c in cases]
    result = triton.infer("industry-router", inputs=[text_input(texts)])
    labels = [x.decode() for x in result.as_numpy("label")]
    assert labels == [c["output"]["route"] for c in cases]
    scores = result.as_numpy("scores")
    assert scores.shape == (len(texts), 4)
    expected = np.array([[c["output"]["scores"][l] for l in ["sugar", "ev", "medical", "out_of_scope"]] for c in cases])
    assert np.abs(scores - expected).max() < 1e-4


def test_tabular_model(triton):
    specs = manifest("sugarcane-yield")["inputs"]
    cases = golden("sugarcane-yield")
    rows = [[float(s["values"].index(c["input"][s["name"]])) if s["type"] == "category" else float(c["input"][s["name"]]) for s in specs] for c in cases]
    tensor = httpclient.InferInput("features", [len(rows), len(specs)], "FP32")
    tensor.set_data_from_numpy(np.array(rows, dtype=np.float32))
    result = triton.infer("sugarcane-yield", inputs=[tensor])
    predicted = result.as_numpy("yield_t_ha")
    expected = np.array([c["output"]["yield_t_ha"] for c in cases])
    assert np.abs(predicted - expected).max() < 1e-3 * np.abs(expected).max()


def test_industry_model(triton):
    texts = ["甘蔗顶端长出黑色的鞭子，上面有黑粉", "crushing chest pain spreading to my jaw and I'm sweating", "selamat pagi, apa khabar?"]
    result = triton.infer("industry", inputs=[text_input(texts)])
    assert [x.decode() for x in result.as_numpy("domain")] == ["sugar", "medical", "out_of_scope"]
    assert [x.decode() for x in result.as_numpy("expert")] == ["sugarcane-disease@1.3.0", "medical-triage@1.4.0", ""]
    assert result.as_numpy("escalate").tolist() == [False, True, False]
    response = json.loads(result.as_numpy("response")[1].decode())
    assert response["result"]["notice"].startswith("Decision support only")


def test_bad_rows_are_400s(triton):
    tensor = httpclient.InferInput("features", [1, 3], "FP32")
    tensor.set_data_from_numpy(np.zeros((1, 3), dtype=np.float32))
    with pytest.raises(InferenceServerException) as error:
        triton.infer("sugarcane-yield", inputs=[tensor])
    assert "shape" in str(error.value) or "features" in str(error.value)
