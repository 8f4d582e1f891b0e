"""``scripts/generated_contract.py``, ``check``: what the wrapper uses from the generated package.

The current package offers all of it. Copies of the package, each edited the way a spec change
would edit it, must be reported with the generated name and what the wrapper needs from it.
"""

from __future__ import annotations

import itertools
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from generated_contract import MODELS, check, main

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "modelgates_api"
_names = itertools.count()

Edit = tuple[str, str, str]  # (file inside the package, old text or "" to append, new text)


@pytest.fixture
def edited_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., str]]:
    """``edited_copy(*edits, remove=())``: the name of an importable copy of modelgates_api, edited."""
    made: list[str] = []

    def make(*edits: Edit, remove: tuple[str, ...] = ()) -> str:
        name = f"mg_contract_probe_{next(_names)}"
        target = tmp_path / name
        shutil.copytree(GENERATED, target, ignore=shutil.ignore_patterns("__pycache__"))
        for relative, old, new in edits:
            path = target / relative
            text = path.read_text(encoding="utf-8")
            assert old in text, f"{relative} no longer contains {old!r}: update this test"
            path.write_text(text.replace(old, new) if old else text + new, encoding="utf-8")  # "" appends
        for relative in remove:
            (target / relative).unlink()
        made.append(name)
        return name

    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    yield make
    for module in [m for m in sys.modules if any(m == n or m.startswith(n + ".") for n in made)]:
        del sys.modules[module]


def test_the_installed_package_offers_everything_the_wrapper_uses() -> None:
    assert check() == []
    assert main([]) == 0


def test_the_contract_lists_every_generated_module_the_wrapper_imports() -> None:
    """Grep the wrapper: every ``modelgates_api`` module it names is in the contract."""
    listed = {f"modelgates_api.{m.module}" for m in MODELS}
    # types (Unset, File), the resource groups and the status errors (checked importable).
    listed |= {"modelgates_api.types", "modelgates_api.resources", "modelgates_api.status_errors"}
    used: set[str] = set()
    for source in (ROOT / "wrapper" / "modelgates").glob("*.py"):
        text = source.read_text(encoding="utf-8")
        for line in text.splitlines():
            stripped = line.strip()
            if stripped.startswith("from modelgates_api"):
                module = stripped.split()[1]
                names = stripped.split(" import ", 1)[1].replace("(", "").split(",")
                # `from modelgates_api.api.chat import send_chat_completion_request`
                is_package = module.count(".") == 2 and module.startswith("modelgates_api.api.")
                is_package = is_package or module == "modelgates_api"  # `from modelgates_api import status_errors`
                names = [n.split(" as ")[0].strip() for n in names]
                used |= {f"{module}.{n}" for n in names if n} if is_package else {module}
    assert used, "the wrapper no longer imports modelgates_api? update this test"
    assert used <= listed, f"used by the wrapper but not in scripts/generated_contract.py: {sorted(used - listed)}"


def test_a_broken_package_is_reported_use_by_use(edited_copy: Callable[..., str]) -> None:
    package = edited_copy(
        (
            "models/chat_stream_delta.py",
            "    content: None | str | Unset = UNSET",
            "    text: None | str | Unset = UNSET",
        ),
        # from_dict is the models' base class's (types.ModelBase): a class that no longer offers it
        ("models/chat_result.py", "", "\nChatResult.from_dict = None  # type: ignore[assignment]\n"),
        ("models/chat_tool_call.py", "", "\nChatToolCall = None  # the class is gone\n"),
        # a schema renamed away: its module is gone, and the package no longer imports it
        ("models/_index.py", "    'ChatUsage': 'chat_usage',\n", ""),
        remove=("models/chat_usage.py", "openapi.json.gz"),
    )
    problems = check(package)
    expected = [
        f"{package}.models.chat_stream_delta.ChatStreamDelta: no attribute 'content' (modelgates._accumulate",
        f"{package}.models.chat_result.ChatResult: no method 'from_dict'",
        f"{package}.models.chat_tool_call.ChatToolCall: missing",
        f"{package}.models.chat_usage: cannot be imported (ModuleNotFoundError",
        f"{package}/openapi.json.gz: missing (modelgates.testing validates against it)",
    ]
    for start in expected:
        assert any(problem.startswith(start) for problem in problems), (start, problems)
    assert len(problems) == len(expected), problems


def test_a_missing_package_and_a_misplaced_one(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert check("no_such_generated_package") == [
        "no_such_generated_package: cannot be imported (ModuleNotFoundError: No module named "
        "'no_such_generated_package'); the wrapper is built on it"
    ]
    assert main(["modelgates_api", "--expect-under", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"not from {tmp_path} (the package meant to be checked)" in err
    assert err.startswith("wrapper contract broken: modelgates_api: imported from ")


def test_lost_resources_a_lost_unset_and_a_non_attrs_model_are_named(edited_copy: Callable[..., str]) -> None:
    package = edited_copy(
        ("types.py", "", "\nUnset = None  # gone\n"),
        (
            "models/chat_stream_delta.py",
            "@_attrs_define(repr=False, eq=False)\nclass ChatStreamDelta(",
            "class ChatStreamDelta(",
        ),
        ("resources/__init__.py", "", "\nraise ImportError('the groups are gone')\n"),
    )
    problems = check(package)
    assert problems == [
        f"{package}.models.chat_stream_delta.ChatStreamDelta: not an attrs class, so its fields cannot be checked "
        "(the wrapper relies on them)",
        f"{package}.resources: cannot be imported (ImportError: the groups are gone); "
        "modelgates.ModelGates is built on its groups",
        f"{package}.types.Unset: missing (modelgates._accumulate tells unset fields by it)",
    ]
