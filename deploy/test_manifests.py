"""Every manifest in deploy/ is valid, and the validator refuses each one once it is broken: an unknown
field, a wrong type or a missing required field, at the top and deep inside (a container in a
Deployment or in a KServe ServingRuntime). Run by validate.sh (and so by `make test`)."""
import copy

import pytest

from validate import documents, validate

DOCUMENTS = list(documents())
KINDS = {doc["kind"] for _, _, doc in DOCUMENTS}

# kind -> (what breaks, path, new value or DELETE); each must make the validator refuse the document.
DELETE = object()
BREAKAGES = {
    "Deployment": [
        ("misspelt spec field", ["spec", "replicaz"], 2),
        ("replicas as a string", ["spec", "replicas"], "2"),
        ("no selector", ["spec", "selector"], DELETE),
        ("container port as a string", ["spec", "template", "spec", "containers", 0, "ports", 0, "containerPort"], "8080"),
        ("misspelt container field", ["spec", "template", "spec", "containers", 0, "imagePullPolice"], "Always"),
        ("container without a name", ["spec", "template", "spec", "containers", 0, "name"], DELETE),
        ("probe period as a string", ["spec", "template", "spec", "containers", 0, "readinessProbe", "periodSeconds"], "2s"),
    ],
    "Service": [
        ("misspelt spec field", ["spec", "typ"], "ClusterIP"),
        ("port as a string", ["spec", "ports", 0, "port"], "80"),
        ("port without a number", ["spec", "ports", 0, "port"], DELETE),
    ],
    "PodDisruptionBudget": [
        ("misspelt spec field", ["spec", "minAvailible"], 1),
        ("selector as a string", ["spec", "selector"], "app.kubernetes.io/name=bagui"),
    ],
    "ServingRuntime": [
        ("misspelt spec field", ["spec", "protocolVersion"], ["v2"]),
        ("no containers", ["spec", "containers"], DELETE),
        ("autoSelect as a string", ["spec", "supportedModelFormats", 0, "autoSelect"], "yes"),
        ("misspelt container field", ["spec", "containers", 0, "imag"], "bagui:0.1.0"),
        ("container port as a string", ["spec", "containers", 0, "ports", 0, "containerPort"], "8080"),
        ("resource limits as a string", ["spec", "containers", 0, "resources", "limits"], "2 cpus"),
        ("misspelt volume field", ["spec", "volumes", 0, "secret", "secretNam"], "bagui-api-keys"),
    ],
    "InferenceService": [
        ("misspelt spec field", ["spec", "predicter"], {}),
        ("no predictor", ["spec", "predictor"], DELETE),
        ("no model format", ["spec", "predictor", "model", "modelFormat"], DELETE),
        ("model format name as a number", ["spec", "predictor", "model", "modelFormat", "name"], 3),
        ("misspelt model field", ["spec", "predictor", "model", "storageURI"], "pvc://models/x"),
        ("maxReplicas as a string", ["spec", "predictor", "maxReplicas"], "3"),
        ("misspelt metadata field", ["metadata", "nam"], "minilm"),
    ],
}


def broken(doc, path, value):
    """A copy of `doc` with `path` set to `value` (or deleted); the parent of `path` must exist."""
    doc = copy.deepcopy(doc)
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if value is DELETE:
        assert path[-1] in parent, f"nothing to delete at {path}"
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


def test_manifests_found():
    assert {"Deployment", "Service", "PodDisruptionBudget", "ServingRuntime", "InferenceService"} <= KINDS


@pytest.mark.parametrize("where,index,doc", DOCUMENTS, ids=[f"{f}#{i}-{d['kind']}" for f, i, d in DOCUMENTS])
def test_manifest_is_valid(where, index, doc):
    validate(doc)


CASES = [
    (f"{where}#{index}-{doc['kind']}: {what}", doc, path, value)
    for where, index, doc in DOCUMENTS
    for what, path, value in BREAKAGES.get(doc["kind"], [])
]


@pytest.mark.parametrize("name,doc,path,value", CASES, ids=[case[0] for case in CASES])
def test_broken_manifest_is_refused(name, doc, path, value):
    bad = broken(doc, path, value)
    with pytest.raises(Exception) as refusal:  # noqa: PT011 - any validator's refusal
        validate(bad)
    assert not isinstance(refusal.value, (KeyError, IndexError, AttributeError, TypeError)), repr(refusal.value)


def test_every_kind_has_breakages():
    assert KINDS <= BREAKAGES.keys(), f"no breakages for {KINDS - BREAKAGES.keys()}"
