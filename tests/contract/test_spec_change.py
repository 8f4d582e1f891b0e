"""When the spec changes, the generated layer follows it and the wrapper keeps working, or the
generation fails loudly, naming what the wrapper uses that the change broke.

Each test copies the small spec (``tests/_small_spec.py``: openapi.yaml trimmed to the seed
operations, the operations that keep ``scripts/wrapper_served.yaml`` and the typed errors whole,
and the schemas they reach), edits it, and runs ``scripts/generate.py --spec <copy> --out <tmp>``
as a user would (``make generate``), in a subprocess. The wrapper contract generate.py enforces is
the same on it as on the full spec (a few seconds instead of 10-20 s a generation); the full
openapi.yaml is generated once, by `make check-generated` before the tests.
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_script, write_yaml

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "scripts" / "generate.py"
ENVELOPE = {"$ref": "#/components/schemas/UnavailableForLegalReasonsResponse"}

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]  # a safety net on a busy machine, not a measure


write = write_yaml


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_script(*args, env=env, timeout=240)


def add_verbosity_and_451(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document["components"]["schemas"]
    schemas["ChatRequest"]["properties"]["verbosity"] = {
        "type": "string",
        "enum": ["low", "medium", "high"],
        "description": "How much the model should say.",
    }
    data = copy.deepcopy(schemas["BadRequestResponseErrorData"])
    data["title"] = "UnavailableForLegalReasonsResponseErrorData"
    envelope = copy.deepcopy(schemas["BadRequestResponse"])
    envelope["properties"]["error"] = {"$ref": "#/components/schemas/UnavailableForLegalReasonsResponseErrorData"}
    envelope["title"] = "UnavailableForLegalReasonsResponse"
    schemas["UnavailableForLegalReasonsResponseErrorData"] = data
    schemas["UnavailableForLegalReasonsResponse"] = envelope
    schemas["ServiceStatus"] = {
        "type": "object",
        "required": ["status"],
        "properties": {"status": {"type": "string", "example": "ok"}},
        "example": {"status": "ok"},
    }
    document["paths"]["/status"] = {
        "get": {
            "operationId": "getStatus",
            "tags": ["Status"],
            "summary": "The service status",
            "parameters": [
                {
                    "name": "verbose",
                    "in": "query",
                    "required": False,
                    "description": "Whether to include the component list.",
                    "schema": {"type": "boolean"},
                }
            ],
            "responses": {
                "200": {
                    "description": "The status",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ServiceStatus"}}},
                }
            },
        }
    }
    responses = document["paths"]["/chat/completions"]["post"]["responses"]
    responses["451"] = {
        "description": "Unavailable For Legal Reasons",
        "content": {"application/json": {"schema": ENVELOPE}},
    }
    return document


def test_an_added_field_status_and_operation_are_generated_and_the_wrapper_still_passes(
    tmp_path: Path, small_spec_copy: Callable[[], dict[str, Any]]
) -> None:
    changed = write(tmp_path / "openapi.yaml", add_verbosity_and_451(small_spec_copy()))
    out = tmp_path / "generated"
    generated = run(GENERATE, "--spec", changed, "--out", out)
    assert generated.returncode == 0, generated.stderr
    package = out / "modelgates_api"
    request_model = (package / "models" / "chat_request.py").read_text(encoding="utf-8")
    assert re.search(r"^    verbosity: ChatRequestVerbosity \| Unset = UNSET$", request_model, re.MULTILINE)
    endpoint = (package / "api" / "chat" / "send_chat_completion_request.py").read_text(encoding="utf-8")
    assert "if response.status_code == 451:" in endpoint
    assert "UnavailableForLegalReasonsResponse.from_dict(response.json())" in endpoint
    chat_layer = (package / "resources" / "chat.py").read_text(encoding="utf-8")
    assert re.search(
        r"^        verbosity: Literal\[.high., .low., .medium.\] \| str \| None = None,$", chat_layer, re.M
    )
    assert "How much the model should say." in chat_layer
    assert (package / "resources" / "status.py").is_file()
    status_errors = (package / "status_errors.py").read_text(encoding="utf-8")
    assert "class UnavailableForLegalReasonsResponseError(APIStatusError):" in status_errors
    assert "    451: UnavailableForLegalReasonsResponseError," in status_errors

    # The wrapper's own tests, and a test of the new field and status, against the new package.
    env = {**os.environ, "PYTHONPATH": str(out), "MODELGATES_EXPECT_GENERATED": str(out)}
    tests = run(
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/contract/regenerated_checks.py",
        "tests/contract/test_requests_on_the_wire.py",
        "tests/client/test_chat_and_speech.py",
        env=env,
    )
    assert tests.returncode == 0, tests.stdout[-4000:] + tests.stderr[-2000:]
    passed = re.search(r"(\d+) passed", tests.stdout)
    assert passed and int(passed.group(1)) >= 80, tests.stdout[-500:]
    assert "failed" not in tests.stdout.splitlines()[-1]


def rename_delta_content(document: dict[str, Any]) -> None:
    properties = document["components"]["schemas"]["ChatStreamDelta"]["properties"]
    properties["text"] = properties.pop("content")


def name_two_operations_alike(document: dict[str, Any]) -> None:
    chat = document["paths"]["/chat/completions"]["post"]
    chat["x-speakeasy-group"], chat["x-speakeasy-name-override"] = "tts", "createSpeech"


@pytest.mark.parametrize(
    ("change", "why", "named"),
    [
        (
            rename_delta_content,
            "the new package breaks what the wrapper uses from it",
            ["modelgates_api.models.chat_stream_delta.ChatStreamDelta: no attribute 'content'"],
        ),
        (
            name_two_operations_alike,
            "the public layer cannot be built",
            ["are both named tts.create_speech"],
        ),
    ],
    ids=["delta-content-renamed", "two-operations-one-name"],
)
def test_a_change_that_breaks_what_the_wrapper_uses_fails_generation(
    tmp_path: Path,
    small_spec_copy: Callable[[], dict[str, Any]],
    change: Callable[[dict[str, Any]], None],
    why: str,
    named: list[str],
) -> None:
    document = small_spec_copy()
    change(document)
    out = tmp_path / "generated"
    result = run(GENERATE, "--spec", write(tmp_path / "openapi.yaml", document), "--out", out)
    assert result.returncode == 1
    assert why in result.stderr, result.stderr
    for text in named:
        assert text in result.stderr, result.stderr
    assert not out.exists(), "a failed generation must leave the output folder as it was"
