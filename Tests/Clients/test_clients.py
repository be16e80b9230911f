"""Real clients against `bagui serve` (started by run.sh): tritonclient[http] speaks the Open
Inference Protocol v2, openai speaks /v1/embeddings. Embeddings are compared with the
sentence-transformers reference for all-MiniLM-L6-v2."""
import json
import os
import pathlib

import numpy as np
import openai
import pytest
import tritonclient.http as httpclient
from tritonclient.utils import InferenceServerException

URL = os.environ["BAGUI_URL"]
FIXTURES = pathlib.Path(os.environ["BAGUI_FIXTURES"])
MODEL = "all-MiniLM-L6-v2"
PICKS = [0, 4, 15, 21]


@pytest.fixture(scope="module")
def reference():
    texts = json.loads((FIXTURES / "texts.json").read_text())
    embeddings = np.array(json.loads((FIXTURES / "reference.json").read_text())["embeddings"], dtype=np.float32)
    return [texts[i] for i in PICKS], embeddings[PICKS]


@pytest.fixture(scope="module")
def triton():
    client = httpclient.InferenceServerClient(url=URL)
    yield client
    client.close()


@pytest.fixture(scope="module")
def oai():
    return openai.OpenAI(base_url=f"http://{URL}/v1", api_key="unused-on-loopback", max_retries=0)


# MARK: - tritonclient[http]

def test_server_live_and_ready(triton):
    assert triton.is_server_live()
    assert triton.is_server_ready()
    assert triton.is_model_ready(MODEL)
    assert triton.is_model_ready(MODEL, model_version="1")


def test_server_metadata(triton):
    metadata = triton.get_server_metadata()
    assert metadata["name"] == "bagui"
    assert "version" in metadata


def test_model_metadata(triton):
    metadata = triton.get_model_metadata(MODEL)
    assert metadata["name"] == MODEL
    assert metadata["versions"] == ["1"]
    assert metadata["inputs"] == [{"name": "text", "datatype": "BYTES", "shape": [-1]}]
    assert metadata["outputs"] == [{"name": "embedding", "datatype": "FP32", "shape": [-1, 384]}]


def test_infer_embeddings(triton, reference):
    texts, expected = reference
    text = httpclient.InferInput("text", [len(texts)], "BYTES")
    text.set_data_from_numpy(np.array(texts, dtype=np.object_), binary_data=False)
    output = httpclient.InferRequestedOutput("embedding", binary_data=False)
    result = triton.infer(MODEL, inputs=[text], outputs=[output], request_id="7")
    embeddings = result.as_numpy("embedding")
    assert embeddings.shape == (len(texts), 384)
    assert embeddings.dtype == np.float32
    np.testing.assert_allclose(embeddings, expected, atol=1e-4)
    assert result.get_response()["id"] == "7"


def test_infer_binary_tensor_data(triton, reference):
    # tritonclient's defaults: the input travels as binary data and, with no outputs named, the
    # client asks for every output as binary data (binary tensor data extension).
    texts, expected = reference
    text = httpclient.InferInput("text", [len(texts)], "BYTES")
    text.set_data_from_numpy(np.array([t.encode() for t in texts], dtype=np.object_))
    result = triton.infer(MODEL, inputs=[text])
    np.testing.assert_allclose(result.as_numpy("embedding"), expected, atol=1e-4)


def test_infer_unknown_model_is_an_error(triton):
    text = httpclient.InferInput("text", [1], "BYTES")
    text.set_data_from_numpy(np.array(["x"], dtype=np.object_), binary_data=False)
    with pytest.raises(InferenceServerException, match="not served"):
        triton.infer("no-such-model", inputs=[text])


# MARK: - openai

def test_openai_embeddings_float(oai, reference):
    texts, expected = reference
    response = oai.embeddings.create(model=MODEL, input=texts, encoding_format="float")
    assert [item.index for item in response.data] == list(range(len(texts)))
    got = np.array([item.embedding for item in response.data], dtype=np.float32)
    np.testing.assert_allclose(got, expected, atol=1e-4)
    assert response.usage.prompt_tokens > 0
    assert response.usage.total_tokens == response.usage.prompt_tokens


def test_openai_embeddings_base64(oai, reference):
    texts, expected = reference
    # The client decodes base64 (little-endian float32) itself when it asked for base64.
    response = oai.embeddings.create(model=MODEL, input=texts, encoding_format="base64")
    raw = response.data[0].embedding
    got = np.frombuffer(__import__("base64").b64decode(raw), dtype="<f4") if isinstance(raw, str) else np.array(raw, dtype=np.float32)
    np.testing.assert_allclose(got, expected[0], atol=1e-4)


def test_openai_default_encoding_uses_base64_transparently(oai, reference):
    # Without encoding_format the openai client requests base64 and decodes it to floats.
    texts, expected = reference
    response = oai.embeddings.create(model=MODEL, input=texts[:2])
    got = np.array([item.embedding for item in response.data], dtype=np.float32)
    np.testing.assert_allclose(got, expected[:2], atol=1e-4)


def test_openai_errors(oai):
    with pytest.raises(openai.BadRequestError):
        oai.embeddings.create(model=MODEL, input="")
    with pytest.raises(openai.BadRequestError):
        oai.embeddings.create(model=MODEL, input=[[-1]])
    with pytest.raises(openai.NotFoundError):
        oai.embeddings.create(model="text-embedding-3-small", input="hello")
