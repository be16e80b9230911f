"""Offline validation of the deploy/ manifests, with no cluster:
- core Kubernetes objects (Deployment, Service, PodDisruptionBudget) against the OpenAPI schemas
  that kubernetes-validate ships, strictly (unknown fields are errors);
- KServe objects (ServingRuntime, InferenceService) against the model classes of the KServe Python
  SDK, which are generated from the CRDs' Go types: every field must be known, typed as the SDK
  says, and required fields present.
Exits non-zero on the first invalid document."""
import copy
import pathlib
import re
import sys

import kserve
import kubernetes.client.models as k8s_models
import kubernetes_validate
import yaml

KUBERNETES_VERSION = "1.31"
KSERVE_KINDS = {
    ("serving.kserve.io/v1alpha1", "ServingRuntime"): "V1alpha1ServingRuntime",
    ("serving.kserve.io/v1beta1", "InferenceService"): "V1beta1InferenceService",
}
PRIMITIVES = {"str": str, "int": int, "bool": bool, "float": (int, float)}


def model_class(name):
    return getattr(kserve, name, None) or getattr(k8s_models, name)


def build(value, type_name, path):
    """Converts `value` to an instance of the SDK type, refusing unknown fields and wrong types."""
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
    cls = model_class(type_name)
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
    key = (doc.get("apiVersion"), doc.get("kind"))
    if key in KSERVE_KINDS:
        build(doc, KSERVE_KINDS[key], doc.get("kind"))
    else:
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def main():
    root = pathlib.Path(__file__).parent
    files = sorted(root.glob("k8s/*.yaml")) + sorted(root.glob("kserve/*.yaml"))
    passed = failed = 0
    for file in files:
        for index, doc in enumerate(yaml.safe_load_all(file.read_text())):
            if doc is None:
                continue
            where = f"{file.relative_to(root)}#{index} {doc.get('kind')}"
            try:
                validate(doc)
                print(f"valid   {where}")
                passed += 1
            except Exception as error:  # noqa: BLE001 - report any validator's refusal
                print(f"INVALID {where}: {str(error).splitlines()[0]}")
                failed += 1
            # The validator must also refuse the document with a misspelt field in its spec.
            broken = copy.deepcopy(doc)
            broken.setdefault("spec", {})["replicaz"] = 1
            try:
                validate(broken)
                print(f"INVALID {where}: a misspelt spec field was not caught")
                failed += 1
            except Exception:  # noqa: BLE001
                passed += 1
    if passed + failed == 0:
        print("no manifests found")
        return 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
