"""The whole API: openapi.yaml is assembled from a real upstream snapshot, and real specs generate.

- ``scripts/assemble_spec.py`` is a pure function of (snapshot, seed overlay): the committed
  openapi.yaml is what it makes from the 2026-08-22 snapshot, and going to the 2026-05-29 snapshot
  and back gives the same bytes.
- ``scripts/generate.py`` generates every operation of both raw snapshots (no hand-curation).
- Every example the spec carries (the upstream's real data) parses into its generated model and
  round-trips; the few that violate their own schema are named, so a new one fails here.
- Every generated model round-trips the smallest and the fullest instance its schema accepts.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from modelgates.testing._validation import load_spec

from .conftest import ROOT, run

SPECS = ROOT / "spec" / "upstream"  # the two snapshots of ../shared/specs, vendored
LATEST = SPECS / "openrouter-2026-08-22.yaml"
OLDER = SPECS / "openrouter-2026-05-29.yaml"
ASSEMBLE = ROOT / "scripts" / "assemble_spec.py"
GENERATE = ROOT / "scripts" / "generate.py"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

pytestmark = pytest.mark.timeout(240)  # safety nets on a busy machine (generation, assembly), not measures

# Upstream examples that contradict their own schema (reported upstream-side, kept as they are:
# the seeds win only on the seed operations). A fixed one, or a new one, fails the test below.
INVALID_UPSTREAM_EXAMPLES = {
    "VideoModel": "'upscale_factor' is a required property",
    "VideoModelsListResponse": "'upscale_factor' is a required property",
}


def operation_ids(spec: dict[str, Any]) -> list[str]:
    return [
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS and isinstance(op, dict)
    ]


def test_openapi_yaml_is_the_assembly_of_the_latest_snapshot_and_round_trips_through_the_older(
    tmp_path: Path,
) -> None:
    # From the committed openapi.yaml (where `make update-spec` starts) to the older snapshot and
    # back: the assembly is a pure function of its inputs, so the way back must give the committed
    # bytes (two runs; a third one from scratch would only repeat the second).
    out = tmp_path / "openapi.yaml"
    shutil.copyfile(ROOT / "openapi.yaml", out)
    older = run(ASSEMBLE, "--upstream", OLDER, "--out", out)
    assert older.returncode == 0, older.stderr
    assert "changed: operations: 97 -> 66" in older.stdout
    assert "changed: operation removed: DELETE /files/{file_id}" in older.stdout
    back = run(ASSEMBLE, "--upstream", LATEST, "--out", out)
    assert back.returncode == 0, back.stderr
    assert "changed: operations: 66 -> 97" in back.stdout
    assert "changed: operation added: DELETE /files/{file_id}" in back.stdout
    assert out.read_bytes() == (ROOT / "openapi.yaml").read_bytes(), "openapi.yaml was edited by hand"


def test_the_seed_operations_are_on_the_wire_as_the_seeds_define_them(spec: dict[str, Any]) -> None:
    seeds = yaml.safe_load((ROOT / "spec" / "seed-operations.yaml").read_text(encoding="utf-8"))
    for path, method in (("/audio/speech", "post"), ("/chat/completions", "post")):
        ours, seed = spec["paths"][path][method], seeds["paths"][path][method]
        wire = ("operationId", "parameters", "requestBody", "responses")
        assert {k: ours.get(k) for k in wire} == {k: seed.get(k) for k in wire}
    for name, schema in seeds["components"]["schemas"].items():
        assert spec["components"]["schemas"][name] == schema, f"schema {name}: the seed's must win"
    assert spec["servers"] == [{"url": "https://modelgates.ai/api/v1"}]
    assert len(operation_ids(spec)) == 97


@pytest.mark.slow
@pytest.mark.parametrize(
    ("snapshot", "count"),
    [
        pytest.param(OLDER, 66, id="2026-05-29"),
        pytest.param(LATEST, 97, id="2026-08-22"),
    ],
)
@pytest.mark.timeout(300)  # a safety net on a busy machine, not a measure
def test_a_raw_upstream_snapshot_generates_every_operation(tmp_path: Path, snapshot: Path, count: int) -> None:
    out = tmp_path / "out"
    result = run(GENERATE, "--spec", snapshot, "--out", out, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"generated {count} operations" in result.stdout
    upstream = load_spec(snapshot)
    # A name that is a Python keyword or builtin gets a trailing underscore (operation "list": list_.py).
    modules = {p.stem.rstrip("_") for p in (out / "modelgates_api" / "api").rglob("*.py")}
    missing = [op for op in operation_ids(upstream) if _snake(op) not in modules]
    assert not missing, f"operations without a generated module: {missing}"
    record = json.loads((out / "modelgates_api" / "_generated_from.json").read_text(encoding="utf-8"))
    rules = {r["rule"]: len(r["applied_at"]) for r in record["normalization_rules"]}
    assert rules["flatten_object_allof"] > 0 and rules["nullable_components_to_nullable_refs"] > 0


def _snake(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(name))


@pytest.fixture(scope="module")
def generated_models(spec: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    """The normalized spec (what the models were generated from) and every component that became a model."""
    from modelgates_api import models
    from normalize import normalize
    from openapi_python_client.strings import ClassName

    normalized, _ = normalize(spec)
    found = []
    for name in normalized["components"]["schemas"]:
        cls = getattr(models, str(ClassName(name, "")), None)
        if cls is not None and hasattr(cls, "from_dict"):
            found.append((name, cls))
    return normalized, found


def _first_violation(validator: Any, name: str, value: Any) -> str | None:
    # evolve() keeps the validator's resolver, rooted at the components document; a new validator per
    # schema resolved them again each time (the example test: 10.5 s that way, 0.4 s this way).
    schema = {"$ref": f"#/components/schemas/{name}"}
    error = jsonschema.exceptions.best_match(validator.evolve(schema=schema).iter_errors(value))
    return None if error is None else str(error.message)


def _round_trip_failure(cls: Any, value: Any, *, exact: bool) -> str | None:
    try:
        parsed = cls.from_dict(value)
        wire = parsed.to_dict()
        assert cls.from_dict(wire).to_dict() == wire
        if exact:  # what the SDK sends or re-serializes is the value it was given, key for key
            assert wire == value, (wire, value)
    except Exception as exc:  # the test reports every failing model at once
        return f"{type(exc).__name__}: {exc}"
    return None


def test_every_spec_example_parses_into_its_model_and_round_trips(
    generated_models: tuple[dict[str, Any], list[tuple[str, Any]]],
) -> None:
    """Real data is the best test a model gets: ~560 examples, every model that has one."""
    normalized, every_model = generated_models
    schemas = normalized["components"]["schemas"]
    entries = [(name, cls) for name, cls in every_model if isinstance(schemas[name].get("example"), dict)]
    assert len(entries) > 500
    validator = jsonschema.Draft202012Validator({"components": normalized["components"]})
    invalid: dict[str, str] = {}
    failures: dict[str, str] = {}
    for name, cls in entries:
        example = schemas[name]["example"]
        violation = _first_violation(validator, name, example)
        if violation is not None:
            invalid[name] = violation
        elif (failure := _round_trip_failure(cls, example, exact=False)) is not None:
            failures[name] = failure
    assert not failures, failures
    assert invalid == INVALID_UPSTREAM_EXAMPLES


def _every_property_required(node: Any) -> Any:
    """The same schemas with every declared property required, so the smallest instance holds them all."""
    if isinstance(node, dict):
        out = {key: _every_property_required(value) for key, value in node.items()}
        if isinstance(out.get("properties"), dict):
            out["required"] = list(out["properties"])
        return out
    if isinstance(node, list):
        return [_every_property_required(value) for value in node]
    return node


# Schemas the server's simple instance builder (modelgates.testing._generic.minimal_instance) cannot
# satisfy: a `pattern` it does not read, or an object whose `default: null` it returns (the upstream's
# nullable component, made non-null by the normalization that moves null to where it is used).
# A new one, or one that becomes buildable, fails the test below.
UNBUILDABLE = {
    "AnthropicCitationsConfig",
    "AnthropicIterationCacheCreation",
    "CreateBYOKKeyRequest",
    "ObservabilitySentryDestination",
    "UpdateBYOKKeyRequest",
}


def test_every_model_round_trips_its_smallest_and_its_fullest_instance(
    generated_models: tuple[dict[str, Any], list[tuple[str, Any]]],
) -> None:
    """Every generated model, not only those with an example (~660): the smallest value its schema
    accepts (required fields only) and the fullest (every declared property, nested), each validated
    against the schema first, parse with ``from_dict`` and serialize back to exactly the same dict."""
    from modelgates.testing._generic import minimal_instance

    normalized, every_model = generated_models
    assert len(every_model) > 600
    validator = jsonschema.Draft202012Validator({"components": normalized["components"]})
    fullest = {"components": _every_property_required(normalized["components"])}
    unbuildable: set[str] = set()
    failures: dict[str, str] = {}
    properties_set = 0
    for name, cls in every_model:
        ref = {"$ref": f"#/components/schemas/{name}"}
        for label, source in (("smallest", normalized), ("fullest", fullest)):
            value = minimal_instance(source, ref)
            if _first_violation(validator, name, value) is not None:
                unbuildable.add(name)
            elif (failure := _round_trip_failure(cls, value, exact=True)) is not None:
                failures[f"{name} ({label})"] = failure
            elif label == "fullest" and isinstance(value, dict):
                properties_set += len(value)
    assert not failures, failures
    assert unbuildable == UNBUILDABLE
    assert properties_set > 3000  # the fullest instances do hold the models' fields
