"""When the spec changes, the generated layer follows it and the wrapper keeps working, or the
generation fails loudly, naming what the wrapper uses that the change broke.

Each test copies the small spec (``tests/_small_spec.py``: openapi.yaml trimmed to the seed
operations, the operations that keep ``scripts/wrapper_served.yaml`` and the typed errors whole,
and the schemas they reach), edits it, and runs ``scripts/generate.py --spec <copy> --out <tmp>``
as a user would (``make generate``), in a subprocess. The wrapper contract generate.py enforces is
the same on it as on the full spec (a few seconds instead of 10-20 s a generation); the full
openapi.yaml is generated once, in tests/pipeline/test_generate.py.
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import write_yaml

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "scripts" / "generate.py"
CHAT_BUILDER = "api.chat.send_chat_completion_request._get_kwargs"
ENVELOPE = {"$ref": "#/components/schemas/UnavailableForLegalReasonsResponse"}

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]  # a safety net on a busy machine, not a measure


write = write_yaml


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True, check=False, cwd=ROOT, timeout=240, env=env
    )


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
    responses = document["paths"]["/chat/completions"]["post"]["responses"]
    responses["451"] = {
        "description": "Unavailable For Legal Reasons",
        "content": {"application/json": {"schema": ENVELOPE}},
    }
    return document


def test_an_added_field_and_status_are_generated_and_the_wrapper_still_passes(
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


def rename_chat_authorization(document: dict[str, Any]) -> None:
    parameters = document["paths"]["/chat/completions"]["post"]["parameters"]
    next(p for p in parameters if p["name"] == "Authorization")["name"] = "X-Api-Key"


def rename_delta_content(document: dict[str, Any]) -> None:
    properties = document["components"]["schemas"]["ChatStreamDelta"]["properties"]
    properties["text"] = properties.pop("content")


def require_speech_language(document: dict[str, Any]) -> None:
    speech = document["components"]["schemas"]["SpeechRequest"]
    speech["properties"]["language"] = {"type": "string"}
    speech["required"].append("language")


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (
            rename_chat_authorization,
            [
                f"{CHAT_BUILDER}: no parameter 'authorization' (the wrapper passes it",
                f"{CHAT_BUILDER}: requires parameter 'x_api_key', which the wrapper does not pass",
            ],
        ),
        (rename_delta_content, ["models.chat_stream_delta.ChatStreamDelta: no attribute 'content'"]),
        (require_speech_language, ["models.speech_request.SpeechRequest: requires field 'language'"]),
    ],
    ids=["authorization-renamed", "delta-content-renamed", "speech-field-required"],
)
def test_a_change_that_breaks_what_the_wrapper_uses_fails_generation(
    tmp_path: Path,
    small_spec_copy: Callable[[], dict[str, Any]],
    change: Callable[[dict[str, Any]], None],
    named: list[str],
) -> None:
    document = small_spec_copy()
    change(document)
    out = tmp_path / "generated"
    result = run(GENERATE, "--spec", write(tmp_path / "openapi.yaml", document), "--out", out)
    assert result.returncode == 1
    assert "the new package breaks what the wrapper uses from it" in result.stderr
    for text in named:
        assert f"modelgates_api.{text}" in result.stderr, result.stderr
    assert not out.exists(), "a failed generation must leave the output folder as it was"
