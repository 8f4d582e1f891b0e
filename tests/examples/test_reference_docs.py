"""Every example of the reference docs (``docs/sdks/<group>/README.md``) runs as written.

The docs are generated from the spec (and drift-checked by ``make check-generated``); each
operation's example is executed here against the local server, through the environment
variables a user would set (``MODELGATES_SERVER_URL``, ``MODELGATES_API_KEY``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from modelgates.testing import LocalServer
from modelgates_api.resources import OPERATIONS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "sdks"
API_KEY = "docs-key"


def _examples() -> list[tuple[str, str]]:
    found = []
    for readme in sorted(DOCS.glob("*/README.md")):
        text = readme.read_text(encoding="utf-8")
        for section in re.split(r"^## ", text, flags=re.M)[1:]:
            name = section.split("\n", 1)[0].strip()
            code = re.search(r"```python\n(.*?)```", section, re.S)
            if code:
                found.append((f"{readme.parent.name}.{name}", code.group(1)))
    return found


EXAMPLES = _examples()


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY) as running:
        yield running


def test_every_operation_has_a_documented_example() -> None:
    assert sorted(name for name, _ in EXAMPLES) == sorted(OPERATIONS)
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    for name in OPERATIONS:
        group, method = name.split(".")
        assert f"[{method}]({group}/README.md#{method})" in index


@pytest.mark.parametrize(("name", "code"), EXAMPLES, ids=[name for name, _ in EXAMPLES])
def test_example_runs_as_written(
    name: str, code: str, server: LocalServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MODELGATES_SERVER_URL", server.url)
    monkeypatch.setenv("MODELGATES_API_KEY", API_KEY)
    server.clear()
    exec(compile(code, f"docs/sdks {name}", "exec"), {"__name__": "docs_example"})
    assert capsys.readouterr().out.strip()  # it printed its result
    assert len(server.requests) == 1
    assert server.requests[0].method == OPERATIONS[name].split(" ", 1)[0]
