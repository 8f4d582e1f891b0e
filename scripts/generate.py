#!/usr/bin/env python3
"""Regenerate the low-level package in ``generated/`` from ``openapi.yaml``, loudly.

openapi-python-client exits 0 while it leaves out whole operations, responses and schemas with
a warning, and drops a second media type of a response without any word at all. This script:

1. checks that the generator and the formatter are the pinned versions;
2. normalizes the spec (``scripts/normalize.py``), printing every rewrite;
3. generates into a fresh temporary folder (never over an old tree, whose stale files would
   survive) with the options in ``scripts/generator.yaml`` and the template overrides in
   ``scripts/templates/`` (the generator's own customization mechanism);
4. audits what came out against the spec and exits 1, naming each operation, response, media
   type or schema that was left out, unless the wrapper serves it (``scripts/wrapper_served.yaml``);
   (``scripts/templates/types.py.jinja`` says how the overrides make enums open both ways);
5. makes ``models/__init__.py`` import each model on first use (``scripts/lazy_models.py``): the
   generator's version imports all ~270 model modules before any one can load;
6. checks that the new package still offers everything the wrapper uses from it
   (``scripts/generated_contract.py``: private request builders and their parameters, models
   and the attributes read), importing it in a subprocess, and exits 1 naming each break;
7. only then replaces the output folder, adding the spec itself (as compact JSON, which parses ~40x
   faster than the YAML) and a record of what was generated from what (spec sha256, tool
   versions, rewrites).

Usage: scripts/generate.py [--spec PATH] [--out DIR] [--no-normalize] [--wrapper-served PATH]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import yaml_io
from field_parsers import parser_expression
from lazy_models import make_lazy
from normalize import normalize, rules_applied
from sdk_docs import render_docs
from sdk_layer import LayerProblem, build_layer
from status_errors import render_status_errors, status_errors

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "scripts" / "generator.yaml"
WRAPPER_SERVED = ROOT / "scripts" / "wrapper_served.yaml"
# Templates that override the generator's own (the generator's supported customization): see each file.
TEMPLATES = ROOT / "scripts" / "templates"
PACKAGE = "modelgates_api"
RECORD = "_generated_from.json"
SHIPPED_SPEC = "openapi.json.gz"  # the spec as the package carries it (see generate())
STATUS_ERRORS = "status_errors.py"  # the exception class of each declared error status
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# A spec is the wrapper's (and its package is held to the wrapper's contract) when it has this
# title or any of these operations; other specs (the generator's own tests) are only generated.
WRAPPER_API_TITLE = "ModelGates API"
WRAPPER_OPERATIONS = frozenset({"create-audio-speech", "send-chat-completion-request"})
README = """\
# generated/

Output of `scripts/generate.py` (openapi-python-client) from `openapi.yaml`. Do not edit:
`make check-generated` (part of `make test`) fails on any difference. Change the spec and
run `make generate` instead. `modelgates_api/_generated_from.json` records the spec's sha256,
the tool versions, every normalization applied to the spec, the generator templates overridden
in `scripts/templates/` (open enums, located parse errors, each model's fields as the tables
one `types.ModelBase.from_dict` reads, written by `scripts/field_parsers.py`) and the post-processing steps
(`models/__init__.py` made lazy by `scripts/lazy_models.py`, `py.typed` added).
`modelgates_api/openapi.json.gz` is the spec itself, as compact gzipped JSON (what `modelgates.testing`
validates against; JSON parses ~40x faster than the YAML).
"""


# What the template overrides other than the two cosmetic ones change (recorded with the post-processing steps):
# see the comment above STRICT in scripts/templates/types.py.jinja.
OPEN_ENUMS_STEP = (
    "open enums and located parse errors (scripts/templates/literal_enum.py.jinja, model.py.jinja, "
    "property_templates/union_property.py.jinja, property_templates/list_property.py.jinja, types.py.jinja): "
    "an enum is its values plus str and check_* keeps an unlisted value; unions are parsed in passes "
    "(strict, discriminators only, open; a request stops at discriminators); an object the spec closes keeps "
    "unknown response fields in additional_properties; a value that does not parse raises types.SpecError "
    "with its path (messages[1].role); each model's fields are tables (_required_, _optional_: key, parser, "
    "attribute) that one types.ModelBase.from_dict and to_dict read, the parsers written by "
    "scripts/field_parsers.py from the generator's properties"
)


def template_hashes() -> dict[str, str]:
    """Each override in scripts/templates/ (by its path there, as the generator looks it up) and its sha256."""
    return {
        t.relative_to(TEMPLATES).as_posix(): hashlib.sha256(t.read_bytes()).hexdigest()
        for t in sorted(TEMPLATES.rglob("*.jinja"))
    }


class GenerationFailed(Exception):
    """Generation left something out, or the toolchain is not the pinned one."""


@dataclass(frozen=True)
class Result:
    rewrites: list[str]
    served_by_wrapper: list[str]
    operations: int


def tool_versions() -> dict[str, str]:
    found = {"openapi-python-client": metadata.version("openapi-python-client")}
    ruff = subprocess.run([_ruff_path(), "--version"], capture_output=True, text=True, check=True)
    found["ruff"] = ruff.stdout.split()[-1]
    wrong = {k: v for k, v in found.items() if v != PINNED[k]}
    if wrong:
        raise GenerationFailed(
            "toolchain is not the pinned one: "
            + ", ".join(f"{k} {v} (pinned {PINNED[k]})" for k, v in wrong.items())
            + "; run `make venv` to install the pins"
        )
    return found


def _ruff_path() -> str:
    # The ruff of this interpreter's environment, the one pyproject.toml pins.
    local = Path(sys.executable).parent / "ruff"
    return str(local) if local.exists() else "ruff"


def generate(
    spec_path: Path,
    out_dir: Path,
    *,
    apply_normalization: bool = True,
    served_file: Path = WRAPPER_SERVED,
) -> Result:
    versions = tool_versions()
    spec_bytes = spec_path.read_bytes()
    spec = yaml_io.load(spec_bytes)
    # The package carries the spec as compact JSON (modelgates.testing validates against it): the
    # same document, parsed in 20 ms where libyaml takes ~0.9 s, in every process that serves or
    # checks the API, and 0.3 MB smaller. Dumped before normalization, which rewrites it.
    shipped_spec = json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n"
    rewrites: list[str] = []
    if apply_normalization:
        spec, rewrites = normalize(spec)

    with tempfile.TemporaryDirectory(prefix="modelgates-gen-") as tmp:
        tmp_path = Path(tmp)
        normalized = tmp_path / "openapi.normalized.json"
        normalized.write_text(json.dumps(spec), encoding="utf-8")
        stage = tmp_path / "generated"
        package_dir = stage / PACKAGE
        stage.mkdir()
        errors, project = _run_generator(normalized, package_dir)
        problems = [_describe_generator_error(e) for e in errors]
        served, unserved = _audit_media_types(spec, served_file)
        problems += unserved
        problems += _audit_schemas(spec, project)
        if problems:
            raise GenerationFailed(
                "the generator left out parts of the spec:\n" + "\n".join(f"  - {p}" for p in problems)
            )
        docs_stage = tmp_path / "docs"
        _write_layer(spec, project, package_dir / "resources", docs_stage)
        lazy = make_lazy(package_dir / "models" / "__init__.py")
        # PEP 561: without the marker, type checkers treat the models users get back as Any.
        (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
        _format(package_dir / "models" / "__init__.py")
        # gzipped: 0.9 MiB of JSON in every install, for the test server only, is 0.14 MiB so
        # (mtime 0: the same bytes on each run)
        (package_dir / SHIPPED_SPEC).write_bytes(gzip.compress(shipped_spec.encode("utf-8"), compresslevel=9, mtime=0))
        if _is_wrapper_spec(spec):
            broken = _wrapper_contract_problems(stage)
            if broken:
                raise GenerationFailed(
                    "the new package breaks what the wrapper uses from it:\n" + "\n".join(f"  - {p}" for p in broken)
                )
        _remove_caches(stage)
        record = {
            "spec": spec_path.name,
            "spec_sha256": hashlib.sha256(spec_bytes).hexdigest(),
            "generator": f"openapi-python-client {versions['openapi-python-client']}",
            "formatter": f"ruff {versions['ruff']}",
            "config_sha256": hashlib.sha256(CONFIG.read_bytes()).hexdigest(),
            "templates": template_hashes(),
            "normalization_rules": rules_applied(rewrites),
            "postprocessing": [
                OPEN_ENUMS_STEP,
                f"models/__init__.py imports its {lazy} models on first use (scripts/lazy_models.py)",
                "py.typed added (PEP 561)",
                f"{STATUS_ERRORS}: an exception class per declared error status (scripts/status_errors.py)",
            ],
            "served_by_wrapper": served,
        }
        (package_dir / RECORD).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        (stage / "README.md").write_text(README, encoding="utf-8")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(stage), str(out_dir))
        docs = docs_dir_for(out_dir)
        if docs.exists():
            shutil.rmtree(docs)
        docs.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(docs_stage), str(docs))
    return Result(rewrites=rewrites, served_by_wrapper=served, operations=_count_operations(spec))


def _write_layer(spec: dict[str, Any], project: Any, resources: Path, docs: Path) -> None:
    """The public per-operation layer (scripts/sdk_layer.py), its error classes (scripts/status_errors.py)
    and its reference docs (scripts/sdk_docs.py)."""
    from modelgates import _exceptions
    from modelgates._retry import RETRYABLE_STATUSES

    try:
        layer, groups = build_layer(spec, project)
        errors = status_errors(spec, project, RETRYABLE_STATUSES)
        errors_source = render_status_errors(errors, set(_exceptions.__all__))
    except LayerProblem as err:
        raise GenerationFailed(f"the public layer cannot be built: {err}") from err
    resources.mkdir()
    for name, source in layer.items():
        (resources / name).write_text(source, encoding="utf-8")
    (resources.parent / STATUS_ERRORS).write_text(errors_source, encoding="utf-8")
    _format(resources)
    _format(resources.parent / STATUS_ERRORS)
    error_classes = {e.status: e.class_name for e in errors}
    for name, text in render_docs(groups, spec, error_classes).items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")


def docs_dir_for(out_dir: Path) -> Path:
    """Where the reference docs of a generation go: docs/sdks next to generated/, else inside the output."""
    return out_dir.parent / "docs" / "sdks" if out_dir.name == "generated" else out_dir / "docs"


def _run_generator(spec_file: Path, package_dir: Path) -> tuple[list[Any], Any]:
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType

    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        spec_file,
        "utf-8",
        overwrite=False,
        output_path=package_dir,
    )
    env_path = os.environ.get("PATH", "")
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env_path}"
    try:
        project = _get_project_for_url_or_path(config=config, custom_template_path=TEMPLATES)
        if not hasattr(project, "build"):
            return [project], None
        # Each field's parser, for the models' tables and the endpoints' union responses (model.py.jinja,
        # property_templates/union_property.py.jinja; scripts/field_parsers.py). A union's discriminator is
        # read from the built models: a union's member is a copy of its model made when the union was parsed,
        # whose fields may not be filled in yet; the model itself, once every schema is built, has them.
        built = {model.class_info.name: model for model in project.openapi.models}

        def required_fields_of(member: Any) -> list[Any]:
            return built.get(member.class_info.name, member).required_properties or []

        project.env.globals["parser_of"] = lambda prop: (
            "None" if prop is True else parser_expression(prop, required_fields_of)
        )
        with contextlib.redirect_stdout(io.StringIO()):  # its progress line; problems come back as errors
            errors = list(project.build())
    finally:
        os.environ["PATH"] = env_path
    return errors, project


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        operation
        for item in (spec.get("paths") or {}).values()
        for method, operation in (item or {}).items()
        if method in HTTP_METHODS and isinstance(operation, dict)
    ]


def _count_operations(spec: dict[str, Any]) -> int:
    return len(_operations(spec))


def _is_wrapper_spec(spec: dict[str, Any]) -> bool:
    title = (spec.get("info") or {}).get("title")
    operations = {operation.get("operationId") for operation in _operations(spec)}
    return title == WRAPPER_API_TITLE or bool(operations & WRAPPER_OPERATIONS)


def _wrapper_contract_problems(stage: Path) -> list[str]:
    """What the staged package no longer offers the wrapper (``scripts/generated_contract.py``).

    Runs in a subprocess with the staged folder first on the path, so that it imports the new
    package rather than the installed one (and verifies that it did).
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(stage), str(ROOT / "wrapper"), env.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    command = [sys.executable, str(ROOT / "scripts" / "generated_contract.py"), PACKAGE, "--expect-under", str(stage)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=stage, check=False, timeout=300)
    if done.returncode == 0:
        return []
    prefix = "wrapper contract broken: "
    lines = [line.removeprefix(prefix) for line in done.stderr.splitlines() if line.startswith(prefix)]
    return lines or [f"the wrapper contract check failed (exit {done.returncode}): {done.stderr.strip()[-2000:]}"]


def _describe_generator_error(error: Any) -> str:
    header = str(getattr(error, "header", "")).strip()
    detail = str(getattr(error, "detail", "") or "").strip()
    # The generator interpolates an UntrustedString's repr into some details; keep them readable.
    detail = " ".join(detail.split())
    detail = re.sub(r"<\S*UntrustedString object at 0x[0-9a-f]+>", "", detail).replace("code  (", "code (")
    return f"{header} {detail}".strip()


def _load_served(path: Path) -> list[dict[str, str]]:
    entries = yaml_io.load(path.read_text(encoding="utf-8")) or []
    return [{k: str(v) for k, v in e.items()} for e in entries]


def _audit_media_types(spec: dict[str, Any], served_file: Path) -> tuple[list[str], list[str]]:
    """Name every media type the generated code will not use (or only buffers), and who serves it.

    The generator takes the first media type it supports and ignores the rest without a word. A
    media type it does use may still be served by the wrapper (a binary download it streams
    instead of buffering, a multipart upload it streams from disk).
    """
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.responses import _source_by_content_type

    config = Config.from_sources(ConfigFile.load_from_path(CONFIG), MetaType.NONE, "", "utf-8", False, None)
    entries = {(e["in"], e["content_type"]): e["served_by"] for e in _load_served(served_file)}
    matched: set[tuple[str, str]] = set()
    served: list[str] = []
    unserved: list[str] = []
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not operation:
                continue
            op_id = operation.get("operationId", f"{method.upper()} {path}")
            places = [(str(status), r) for status, r in (operation.get("responses") or {}).items()]
            if isinstance(operation.get("requestBody"), dict):
                places.append(("request", operation["requestBody"]))
            for where, part in places:
                kind = "request" if where == "request" else "response"
                used = None
                for media_type in part.get("content") or {}:
                    generated = kind == "request" or (
                        used is None and _source_by_content_type(media_type, config) is not None
                    )
                    if generated and kind == "response":
                        used = media_type
                    label = "request body" if kind == "request" else f"response {where}"
                    name = f"operation {op_id} ({method.upper()} {path}) {label} media type {media_type}"
                    if (kind, media_type) in entries:
                        matched.add((kind, media_type))
                        served.append(f"{name}: served by {entries[kind, media_type].split(':')[0]}")
                    elif not generated:
                        unserved.append(f"{name}: not used by the generated code")
    if _is_wrapper_spec(spec):
        for kind, media_type in sorted(entries.keys() - matched):
            unserved.append(
                f"scripts/wrapper_served.yaml entry {kind} {media_type} matches nothing in the spec: "
                "remove it or fix the spec"
            )
    return served, unserved


def _audit_schemas(spec: dict[str, Any], project: Any) -> list[str]:
    """Name every object or enum schema in components that produced no generated class."""
    if project is None:
        return []
    data = project.openapi
    generated = {_plain(p.name) for p in [*data.models, *data.enums]}
    missing = []
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        wants_class = isinstance(schema, dict) and (
            schema.get("type") == "object" or "properties" in schema or "enum" in schema
        )
        if wants_class and f"/components/schemas/{name}" not in generated:
            missing.append(f"schema {name}: no generated class")
    return missing


def _plain(value: Any) -> str:
    # The generator wraps names from the spec in UntrustedString.
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def _format(path: Path) -> None:
    # The same isolated, pinned ruff as the generator's post hooks, so the bytes match theirs.
    for args in (["check", "--fix-only", "--extend-select=I"], ["format"]):
        subprocess.run(
            [_ruff_path(), *args, "--isolated", "--no-cache", "--target-version", "py310", str(path)],
            check=True,
            capture_output=True,
        )


def _remove_caches(tree: Path) -> None:
    for cache in list(tree.rglob("__pycache__")) + list(tree.rglob(".ruff_cache")):
        shutil.rmtree(cache, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument(
        "--no-normalize", action="store_true", help="feed the spec to the generator as it is (to see what it drops)"
    )
    parser.add_argument(
        "--wrapper-served",
        type=Path,
        default=WRAPPER_SERVED,
        help="media types the wrapper serves itself (default: scripts/wrapper_served.yaml)",
    )
    args = parser.parse_args(argv)
    try:
        result = generate(
            args.spec, args.out, apply_normalization=not args.no_normalize, served_file=args.wrapper_served
        )
    except GenerationFailed as err:
        print(f"generate.py: FAILED, {args.out} left as it was: {err}", file=sys.stderr)
        return 1
    for line in result.rewrites:
        print(f"normalized: {line}")
    for line in result.served_by_wrapper:
        print(f"not generated, {line}")
    print(f"generated {result.operations} operations into {args.out} from {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
