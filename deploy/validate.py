"""Offline validation of the deploy/ manifests, with no cluster (test_manifests.py runs it):
- core Kubernetes objects (Deployment, Service, PodDisruptionBudget) against the JSON schemas that
  kubernetes-validate ships (generated from the Kubernetes OpenAPI spec), strictly: unknown fields,
  wrong types and missing required fields are errors;
- KServe objects (ServingRuntime, InferenceService) against the model classes of the KServe Python
  SDK, which are generated from the CRDs' Go types: every field must be known, typed as the SDK says,
  and required fields present. Where a KServe type embeds a Kubernetes one (a container, a volume,
  resource requirements, a probe, object metadata), that part is checked against the same strict
  Kubernetes schema as above.

Only the SDK's generated models are loaded (kserve/models, kserve/configuration.py): the SDK's
package __init__ also starts importing its model server (FastAPI, gRPC, pandas, ...), which is
several hundred megabytes of dependencies that play no part in validation, so validate.sh installs
kserve without its dependencies and this module imports the models without that __init__."""
import importlib
import importlib.resources
import importlib.util
import json
import pathlib
import re
import sys
import types

import jsonschema
import kubernetes_validate
import referencing
import yaml

KUBERNETES_VERSION = "1.31"
KSERVE_KINDS = {
    ("serving.kserve.io/v1alpha1", "ServingRuntime"): "V1alpha1ServingRuntime",
    ("serving.kserve.io/v1beta1", "InferenceService"): "V1beta1InferenceService",
}
PRIMITIVES = {"str": str, "int": int, "bool": bool, "float": (int, float)}
ROOT = pathlib.Path(__file__).parent


def _kserve_models():
    """kserve.models without running kserve/__init__.py (see the module docstring)."""
    if "kserve" not in sys.modules:
        spec = importlib.util.find_spec("kserve")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("the kserve SDK is not installed (run deploy/validate.sh)")
        package = types.ModuleType("kserve")
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules["kserve"] = package
    return importlib.import_module("kserve.models")


KSERVE_MODELS = _kserve_models()


class KubernetesDefinitions:
    """The strict Kubernetes schema of every API type, looked up by the names the KServe SDK uses
    for them (`V1Container`, `V1ObjectMeta`, `ResourceQuantity`, `K8sIoApiAppsV1DeploymentStrategy`)."""

    def __init__(self, version):
        folder = importlib.resources.files("kubernetes_validate").joinpath(
            "kubernetes-json-schema", f"v{version}.0-local-strict")
        if not folder.is_dir():
            raise LookupError(f"kubernetes-validate has no strict schemas for Kubernetes {version}")
        document = json.loads(folder.joinpath("_definitions.json").read_text())
        self.base = document["$id"]
        self.registry = referencing.Registry().with_resource(self.base, referencing.Resource.from_contents(document))
        self.by_name = {}
        for key in document["$defs"]:
            parts = key.split(".")
            # io.k8s.api.apps.v1.DeploymentStrategy -> K8sIoApiAppsV1DeploymentStrategy
            self.by_name.setdefault("".join(p[:1].upper() + p[1:] for p in [parts[1], parts[0]] + parts[2:]), key)
            if key.startswith(("io.k8s.api.core.", "io.k8s.apimachinery.pkg.apis.meta.")):
                # io.k8s.api.core.v1.Container -> V1Container
                self.by_name[parts[-2][:1].upper() + parts[-2][1:] + parts[-1]] = key
        self.by_name["ResourceQuantity"] = "io.k8s.apimachinery.pkg.api.resource.Quantity"

    def validate(self, value, type_name, path):
        key = self.by_name.get(type_name)
        if key is None:
            raise ValueError(f"{path}: no schema for the type {type_name}")
        validator = jsonschema.Draft202012Validator({"$ref": f"{self.base}#/$defs/{key}"}, registry=self.registry)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if error is not None:
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
            raise ValueError(f"{path}{where}: {error.message}")


KUBERNETES = KubernetesDefinitions(KUBERNETES_VERSION)


def build(value, type_name, path):
    """Checks `value` against the SDK type `type_name`, refusing unknown fields, wrong types and
    missing required fields; returns the SDK object."""
    if type_name == "object":
        return value
    if type_name in PRIMITIVES:
        if not isinstance(value, PRIMITIVES[type_name]) or (type_name != "bool" and isinstance(value, bool)):
            raise ValueError(f"{path}: expected {type_name}, got {type(value).__name__}")
        return value
    if type_name == "datetime":
        return value
    match = re.fullmatch(r"[Ll]ist\[(.+)\]", type_name)
    if match:
        if not isinstance(value, list):
            raise ValueError(f"{path}: expected a list")
        return [build(item, match.group(1), f"{path}[{i}]") for i, item in enumerate(value)]
    match = re.fullmatch(r"[Dd]ict[(\[](\w+), (.+)[)\]]", type_name)
    if match:
        if not isinstance(value, dict):
            raise ValueError(f"{path}: expected a mapping")
        return {key: build(item, match.group(2), f"{path}.{key}") for key, item in value.items()}
    cls = getattr(KSERVE_MODELS, type_name, None)
    if cls is None:
        KUBERNETES.validate(value, type_name, path)
        return value
    if not isinstance(value, dict):
        raise ValueError(f"{path}: expected an object ({type_name})")
    by_json_name = {json_name: attr for attr, json_name in cls.attribute_map.items()}
    kwargs = {}
    for key, item in value.items():
        if key not in by_json_name:
            raise ValueError(f"{path}.{key}: unknown field for {type_name}")
        attr = by_json_name[key]
        kwargs[attr] = build(item, cls.openapi_types[attr], f"{path}.{key}")
    try:
        return cls(**kwargs)
    except ValueError as error:  # a required field is missing
        raise ValueError(f"{path}: {error}") from None


def validate(doc):
    """Raises when `doc` is not a valid object of its kind."""
    if not isinstance(doc, dict):
        raise ValueError("a manifest document must be a mapping")
    key = (doc.get("apiVersion"), doc.get("kind"))
    if key in KSERVE_KINDS:
        build(doc, KSERVE_KINDS[key], doc.get("kind"))
    else:
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def documents():
    """(file relative to deploy/, index in the file, document) for every manifest document."""
    files = sorted(ROOT.glob("k8s/*.yaml")) + sorted(ROOT.glob("kserve/*.yaml"))
    for file in files:
        for index, doc in enumerate(yaml.safe_load_all(file.read_text())):
            if doc is not None:
                yield str(file.relative_to(ROOT)), index, doc
