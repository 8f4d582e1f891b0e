"""scripts/generate.py: loud about anything dropped, byte-identical output, drift detected.

The mechanics (what a failure names, the drift check's reports) run on the small spec
(``tests/_small_spec.py``); one test generates the full openapi.yaml and compares the result with
the committed generated/.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT, run, write

# Safety nets on a busy machine, not measures (each test runs the generator in a subprocess).
pytestmark = pytest.mark.timeout(240)

GENERATE = ROOT / "scripts" / "generate.py"
CHECK = ROOT / "scripts" / "check_generated.py"
NOTHING_SERVED = "[]\n"

TRICKY_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tricky", "version": "1"},
    "paths": {
        "/speak": {
            "post": {
                "operationId": "speak",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Req"}}}},
                "responses": {
                    "200": {
                        "description": "audio",
                        "content": {"audio/mpeg": {"schema": {"type": "string", "format": "binary"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Voice": {"type": "string", "enum": ["alloy", "nova"], "title": "Voice"},
            "Req": {
                "type": "object",
                "title": "Req",
                "properties": {"voice": {"allOf": [{"$ref": "#/components/schemas/Voice"}], "description": "who"}},
            },
        }
    },
}


@pytest.fixture
def nothing_served(tmp_path: Path) -> Path:
    path = tmp_path / "served.yaml"
    path.write_text(NOTHING_SERVED, encoding="utf-8")
    return path


def test_dropped_audio_response_fails_loudly_and_names_it(tmp_path: Path, nothing_served: Path) -> None:
    spec = write(tmp_path / "spec.yaml", TRICKY_SPEC)
    out = tmp_path / "out"
    result = run(GENERATE, "--spec", spec, "--out", out, "--no-normalize", "--wrapper-served", nothing_served)
    assert result.returncode == 1
    assert "operation speak (POST /speak) response 200 media type audio/mpeg" in result.stderr
    assert not out.exists(), "a failed generation must not leave output behind"


def test_normalization_makes_audio_and_allof_generate(tmp_path: Path, nothing_served: Path) -> None:
    spec = write(tmp_path / "spec.yaml", TRICKY_SPEC)
    out = tmp_path / "out"
    result = run(GENERATE, "--spec", spec, "--out", out, "--wrapper-served", nothing_served)
    assert result.returncode == 0, result.stderr
    assert (
        "normalized: fold_binary_media_types: speak response 200: media type audio/mpeg -> application/octet-stream"
        in result.stdout
    )
    assert "normalized: annotate_ref_directly: #/components/schemas/Req/properties/voice: allOf of" in result.stdout
    endpoint = (out / "modelgates_api" / "api" / "default" / "speak.py").read_text(encoding="utf-8")
    assert "File(payload=BytesIO(response.content))" in endpoint
    model = (out / "modelgates_api" / "models" / "req.py").read_text(encoding="utf-8")
    assert "voice: Voice | Unset" in model
    record = json.loads((out / "modelgates_api" / "_generated_from.json").read_text(encoding="utf-8"))
    applied = {r["rule"]: r["applied_at"] for r in record["normalization_rules"]}
    assert len(applied["fold_binary_media_types"]) == 1
    assert len(applied["annotate_ref_directly"]) == 1
    assert all(r["rewrites"] for r in record["normalization_rules"]), "every rule says what it rewrites"


def test_event_stream_alternative_is_named_unless_the_wrapper_serves_it(
    tmp_path: Path, nothing_served: Path, small_spec_file: Path
) -> None:
    result = run(GENERATE, "--spec", small_spec_file, "--out", tmp_path / "out", "--wrapper-served", nothing_served)
    assert result.returncode == 1
    assert (
        "operation send-chat-completion-request (POST /chat/completions) response 200 media type text/event-stream"
        in result.stderr
    )


def test_a_stale_wrapper_served_entry_fails(tmp_path: Path, small_spec_copy: Callable[[], dict[str, Any]]) -> None:
    spec = small_spec_copy()
    del spec["paths"]["/models"]["get"]["responses"]["200"]["content"]["application/rss+xml"]
    result = run(GENERATE, "--spec", write(tmp_path / "spec.yaml", spec), "--out", tmp_path / "out")
    assert result.returncode == 1
    stale = "wrapper_served.yaml entry response application/rss+xml matches nothing"
    assert stale in result.stderr


# The full openapi.yaml is regenerated once per `make test`, by `make check-generated` before the
# tests (scripts/check_generated.py: the committed tree, byte for byte, caches refused, the operation
# count printed); the raw snapshots are generated in test_snapshots.py.


def test_make_test_checks_the_full_generation_first() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test: check-generated\b", makefile, re.MULTILINE)
    assert re.search(r"^check-generated: .*\n\t\$\(PY\) scripts/check_generated\.py$", makefile, re.MULTILINE)


def test_record_names_the_spec_hash_and_tool_versions() -> None:
    import hashlib

    record = json.loads((ROOT / "generated" / "modelgates_api" / "_generated_from.json").read_text(encoding="utf-8"))
    assert record["spec_sha256"] == hashlib.sha256((ROOT / "openapi.yaml").read_bytes()).hexdigest()
    assert record["generator"] == "openapi-python-client 0.29.1"
    assert record["formatter"] == "ruff 0.17.6"
    packed = (ROOT / "generated" / "modelgates_api" / "openapi.json.gz").read_bytes()
    shipped = json.loads(gzip.decompress(packed))
    assert shipped == yaml.load((ROOT / "openapi.yaml").read_bytes(), Loader=yaml.CSafeLoader)


@pytest.mark.slow  # two generations of the small spec, one of them in the fixture
def test_check_generated_names_a_deleted_module_and_a_hand_edit(
    tmp_path: Path, small_spec_file: Path, small_generated: Path
) -> None:
    # The passing case is `make test`'s own check-generated step, on the real tree (a run here cost a
    # generation more: ~15 s of a loaded suite).
    copy = tmp_path / "generated"
    shutil.copytree(small_generated, copy)
    shutil.copytree(small_generated.parent / "docs", tmp_path / "docs")  # the reference docs are checked too
    (copy / "modelgates_api" / "api" / "tts" / "create_audio_speech.py").unlink()
    target = copy / "modelgates_api" / "models" / "speech_request.py"
    target.write_text(target.read_text(encoding="utf-8").replace("Text to synthesize", "Text"), encoding="utf-8")
    (tmp_path / "docs" / "sdks" / "chat" / "README.md").write_text("edited\n", encoding="utf-8")
    result = run(CHECK, "--spec", small_spec_file, "--generated", copy)
    assert result.returncode == 1
    assert "missing from generated/: modelgates_api/api/tts/create_audio_speech.py" in result.stderr
    assert "differs: modelgates_api/models/speech_request.py" in result.stderr
    assert "Text to synthesize" in result.stderr  # the diff shows what regeneration would restore
    assert "differs: docs/sdks/chat/README.md" in result.stderr
    assert "Run `make generate`" in result.stderr


def test_dev_pins_match_the_generator_pins() -> None:
    import tomllib
    from generate import PINNED

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dev = project["optional-dependencies"]["dev"]
    for tool, version in PINNED.items():
        assert f"{tool}=={version}" in dev


def test_template_overrides_are_applied_and_recorded() -> None:
    import hashlib

    from modelgates_api.models.chat_usage import ChatUsage
    from modelgates_api.types import UNSET

    assert repr(UNSET) == "UNSET"  # scripts/templates/types.py.jinja: readable printed models
    assert "cost=UNSET" in repr(ChatUsage(prompt_tokens=1, completion_tokens=2, total_tokens=3))
    record = json.loads((ROOT / "generated" / "modelgates_api" / "_generated_from.json").read_text(encoding="utf-8"))
    folder = ROOT / "scripts" / "templates"
    templates = sorted(folder.rglob("*.jinja"))
    assert [t.relative_to(folder).as_posix() for t in templates] == [
        "client.py.jinja",
        "endpoint_module.py.jinja",
        "literal_enum.py.jinja",
        "model.py.jinja",
        "package_init.py.jinja",
        "property_templates/datetime_property.py.jinja",
        "property_templates/list_property.py.jinja",
        "property_templates/union_property.py.jinja",
        "types.py.jinja",
    ]
    assert record["templates"] == {
        t.relative_to(folder).as_posix(): hashlib.sha256(t.read_bytes()).hexdigest() for t in templates
    }
    assert any(step.startswith("open enums") for step in record["postprocessing"])
    # endpoint_module: every endpoint module imports (the stock one forgets Unset for a multi-media body)
    from modelgates_api.api.stt import create_audio_transcriptions

    assert create_audio_transcriptions._get_kwargs(body=UNSET)["url"] == "/audio/transcriptions"
    # package_init: the package itself loads nothing until its client classes are asked for
    init = (ROOT / "generated" / "modelgates_api" / "__init__.py").read_text(encoding="utf-8")
    assert "from .client import" not in init.split("if TYPE_CHECKING:")[0]


def test_a_cache_in_a_fresh_generation_is_reported_but_ignored_in_the_committed_tree(tmp_path: Path) -> None:
    from check_generated import compare, tree

    for side in ("fresh", "committed"):
        (tmp_path / side / "pkg" / "__pycache__").mkdir(parents=True)
        (tmp_path / side / "pkg" / "a.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "fresh" / "pkg" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    (tmp_path / "committed" / "pkg" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\1")
    assert compare(tree(tmp_path / "fresh"), tree(tmp_path / "committed")) == []
    assert compare(tree(tmp_path / "fresh", keep_caches=True), tree(tmp_path / "committed")) == [
        "missing from generated/: pkg/__pycache__/a.cpython-311.pyc"
    ]


def test_statuses_that_share_an_error_schema_get_a_class_each(tmp_path: Path, nothing_served: Path) -> None:
    error = {"$ref": "#/components/schemas/ErrorResponse"}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Errors", "version": "1"},
        "paths": {
            "/ping": {
                "get": {
                    "operationId": "ping",
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}},
                        "400": {"description": "bad", "content": {"application/json": {"schema": error}}},
                        "500": {"description": "broken", "content": {"application/json": {"schema": error}}},
                        "418": {"description": "no schema at all"},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "ErrorResponse": {
                    "type": "object",
                    "title": "ErrorResponse",
                    "description": "Any error.",
                    "properties": {"message": {"type": "string"}},
                }
            }
        },
    }
    out = tmp_path / "out"
    result = run(
        GENERATE, "--spec", write(tmp_path / "spec.yaml", spec), "--out", out, "--wrapper-served", nothing_served
    )
    assert result.returncode == 0, result.stderr
    source = (out / "modelgates_api" / "status_errors.py").read_text(encoding="utf-8")
    # One schema for two statuses: each named by its reason phrase (it aborted generation as a name clash).
    assert "    400: BadRequestResponseError," in source
    assert "    500: InternalServerErrorResponseError," in source
    assert "    418: ImATeapotResponseError," in source
    assert source.count('model_path = "error_response.ErrorResponse"') == 2
