"""Everything the wrapper uses from the generated package, in one place, and a check of it.

The wrapper imports ``modelgates_api`` lazily and mypy follows it silently, so a spec change that
regenerates the package can break a private builder (``_get_kwargs``) or a model the wrapper
relies on without any type error: the first sign would be a user's call failing. ``check()``
imports a generated package and names every use that no longer holds. ``scripts/generate.py``
runs it on each fresh generation (in a subprocess, the new package first on ``sys.path``) and
fails, naming each problem; the contract tests run it on the installed package.

Run it by hand with ``python scripts/generated_contract.py [package] [--expect-under DIR]``. It lives with the
generator, not in the installed SDK: only generation and the tests run it.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.resources
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["MODELS", "Model", "check", "main"]


@dataclass(frozen=True)
class Model:
    """A generated model class: the methods the wrapper calls and the attributes it reads."""

    module: str  # relative to the package
    name: str
    used_by: str
    methods: tuple[str, ...] = ("from_dict",)
    attributes: tuple[str, ...] = ()


_STREAM = "modelgates._accumulate.ChatAccumulator"
MODELS: tuple[Model, ...] = (
    Model("models.chat_result", "ChatResult", "ChatAccumulator.to_result"),
    Model(
        "models.chat_stream_chunk",
        "ChatStreamChunk",
        "modelgates._chat_stream and " + _STREAM,
        attributes=(
            "id",
            "created",
            "model",
            "provider",
            "system_fingerprint",
            "service_tier",
            "modelgates_metadata",
            "usage",
            "choices",
        ),
    ),
    Model(
        "models.chat_stream_choice",
        "ChatStreamChoice",
        _STREAM,
        (),
        ("index", "delta", "finish_reason", "native_finish_reason", "logprobs"),
    ),
    Model(
        "models.chat_stream_delta",
        "ChatStreamDelta",
        _STREAM,
        (),
        ("content", "reasoning", "refusal", "tool_calls", "images", "reasoning_details"),
    ),
    Model(
        "models.chat_stream_tool_call_delta",
        "ChatStreamToolCallDelta",
        _STREAM,
        (),
        ("index", "id", "type_", "function"),
    ),
    Model(
        "models.chat_stream_tool_call_function_delta",
        "ChatStreamToolCallFunctionDelta",
        _STREAM,
        (),
        ("name", "arguments"),
    ),
    Model("models.chat_tool_call", "ChatToolCall", _STREAM + ".tool_calls"),
    Model("models.chat_usage", "ChatUsage", _STREAM + ".to_dict", ("to_dict",)),
)


def _import(name: str, problems: list[str], why: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except Exception as exc:  # any failure to import is the finding
        problems.append(f"{name}: cannot be imported ({type(exc).__name__}: {exc}); {why}")
        return None


def _field_names(cls: Any) -> dict[str, bool] | None:
    """attrs field name -> whether it is required (no default), or None for a non-attrs class."""
    fields = getattr(cls, "__attrs_attrs__", None)
    if fields is None:
        return None
    import attrs

    return {field.name: field.default is attrs.NOTHING and field.init for field in fields}


def _check_model(package: str, model: Model, problems: list[str]) -> type | None:
    where = f"{package}.{model.module}.{model.name}"
    module = _import(f"{package}.{model.module}", problems, f"{model.used_by} uses {model.name}")
    if module is None:
        return None
    cls = getattr(module, model.name, None)
    if not isinstance(cls, type):
        problems.append(f"{where}: missing (used by {model.used_by})")
        return None
    for method in model.methods:
        if not callable(getattr(cls, method, None)):
            problems.append(f"{where}: no method {method!r} ({model.used_by} calls it)")
    if not model.attributes:
        return cls
    fields = _field_names(cls)
    if fields is None:
        problems.append(f"{where}: not an attrs class, so its fields cannot be checked (the wrapper relies on them)")
        return cls
    for attribute in model.attributes:
        if attribute not in fields:
            problems.append(f"{where}: no attribute {attribute!r} ({model.used_by} reads it)")
    return cls


def check(package: str = "modelgates_api") -> list[str]:
    """Every way the generated ``package`` no longer offers what the wrapper uses; [] when it does."""
    problems: list[str] = []
    root = _import(package, problems, "the wrapper is built on it")
    if root is None:
        return problems
    for model in MODELS:
        _check_model(package, model, problems)
    _import(f"{package}.resources", problems, "modelgates.ModelGates is built on its groups")
    errors = _import(f"{package}.status_errors", problems, "modelgates.errors re-exports its classes")
    if errors is not None and not isinstance(getattr(errors, "ERROR_CLASSES_BY_STATUS", None), dict):
        problems.append(f"{package}.status_errors.ERROR_CLASSES_BY_STATUS: missing (modelgates maps statuses by it)")
    types = _import(f"{package}.types", problems, "modelgates._accumulate uses types.Unset")
    if types is not None and not isinstance(getattr(types, "Unset", None), type):
        problems.append(f"{package}.types.Unset: missing (modelgates._accumulate tells unset fields by it)")
    if not (importlib.resources.files(package) / "openapi.json.gz").is_file():
        problems.append(f"{package}/openapi.json.gz: missing (modelgates.testing validates against it)")
    return problems


def _located_under(package: str, directory: Path) -> str | None:
    module = importlib.import_module(package)
    location = Path(module.__file__ or "").resolve()
    if not location.is_relative_to(directory.resolve()):
        return f"{package}: imported from {location}, not from {directory} (the package meant to be checked)"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Print each problem and return 1, or return 0 when the package offers everything."""
    parser = argparse.ArgumentParser(prog="scripts/generated_contract.py", description=check.__doc__)
    parser.add_argument("package", nargs="?", default="modelgates_api")
    parser.add_argument("--expect-under", type=Path, help="fail unless the package is imported from this directory")
    args = parser.parse_args(argv)
    problems = check(args.package)
    if args.expect_under is not None and not problems:
        misplaced = _located_under(args.package, args.expect_under)
        problems += [misplaced] if misplaced else []
    _report(problems, args.package)
    return 1 if problems else 0


def _report(problems: Iterable[str], package: str) -> None:
    listed = list(problems)
    for problem in listed:
        print(f"wrapper contract broken: {problem}", file=sys.stderr)
    if not listed:
        print(f"wrapper contract: {package} offers everything the wrapper uses")


if __name__ == "__main__":
    sys.exit(main())
