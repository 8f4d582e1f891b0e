"""Everything the wrapper uses from the generated package, in one place, and a check of it.

The wrapper imports ``modelgates_api`` lazily and mypy follows it silently, so a spec change that
regenerates the package can break a private builder (``_get_kwargs``) or a model the wrapper
relies on without any type error: the first sign would be a user's call failing. ``check()``
imports a generated package and names every use that no longer holds. ``scripts/generate.py``
runs it on each fresh generation (in a subprocess, the new package first on ``sys.path``) and
fails, naming each problem; the contract tests run it on the installed package.

Run it by hand with ``python -m modelgates._generated_contract [package] [--expect-under DIR]``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.resources
import inspect
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["BUILDERS", "MODELS", "Builder", "Model", "check", "main"]

# What a generated request builder must return for ``_Core.prepare`` to send the request.
_KWARGS_KEYS = ("method", "url", "headers")
# Body forms the wrapper does not forward (it passes only ``json=`` to httpx).
_UNSENT_BODY_KEYS = ("content", "data", "files")
_PROBE_AUTHORIZATION = "Bearer contract-probe"
_PROBE_BODY = {"contract-probe": True}


@dataclass(frozen=True)
class Builder:
    """A generated ``_get_kwargs`` the wrapper calls, and the keyword arguments it passes."""

    module: str  # relative to the package
    passes: tuple[str, ...]
    used_by: str


@dataclass(frozen=True)
class Model:
    """A generated model class: the methods the wrapper calls and the attributes it reads."""

    module: str  # relative to the package
    name: str
    used_by: str
    methods: tuple[str, ...] = ("from_dict",)
    attributes: tuple[str, ...] = ()


BUILDERS: tuple[Builder, ...] = (
    Builder("api.tts.create_audio_speech", ("body", "authorization"), "modelgates._speech.Tts"),
    Builder(
        "api.chat.send_chat_completion_request",
        ("body", "authorization", "x_open_router_experimental_metadata"),
        "modelgates._chat.Chat",
    ),
)

_STREAM = "modelgates._accumulate.ChatAccumulator"
MODELS: tuple[Model, ...] = (
    Model("models.speech_request", "SpeechRequest", "modelgates._speech.Tts (request body)", ("from_dict", "to_dict")),
    Model("models.chat_request", "ChatRequest", "modelgates._chat.Chat (request body)", ("from_dict", "to_dict")),
    Model("models.chat_result", "ChatResult", "modelgates._chat and ChatAccumulator.to_result"),
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


def _error_models() -> list[Model]:
    from ._exceptions import ERROR_CLASSES_BY_STATUS

    models = []
    for status, cls in sorted(ERROR_CLASSES_BY_STATUS.items()):
        if cls.model_path is not None:
            module, _, name = cls.model_path.rpartition(".")
            models.append(Model(f"models.{module}", name, f"modelgates.errors.{cls.__name__} ({status} body)"))
    return models


def _chat_fields() -> tuple[set[str], str]:
    from ._chat import ChatParams
    from ._client import CALL_OPTION_NAMES

    keys = set(ChatParams.__annotations__) - CALL_OPTION_NAMES - {"x_open_router_experimental_metadata"}
    return keys | {"messages", "stream"}, "modelgates._chat.ChatParams"


def _speech_fields() -> tuple[set[str], str]:
    from ._speech import Tts

    skipped = {"self", "retries", "options"}
    keys = {name for name in inspect.signature(Tts.create_speech).parameters if name not in skipped}
    return keys, "modelgates._speech.Tts.create_speech"


# The request models and the fields the wrapper's public signatures let a caller set.
_REQUEST_FIELDS: tuple[tuple[str, str, Callable[[], tuple[set[str], str]]], ...] = (
    ("models.chat_request", "ChatRequest", _chat_fields),
    ("models.speech_request", "SpeechRequest", _speech_fields),
)
_REQUEST_MODULES = frozenset(module for module, _, _ in _REQUEST_FIELDS)


class _ProbeBody:
    """Stands in for a request model: the builders only call ``to_dict()`` on it."""

    def to_dict(self) -> dict[str, Any]:
        return dict(_PROBE_BODY)


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


def _check_builder(package: str, builder: Builder, problems: list[str]) -> None:
    where = f"{package}.{builder.module}._get_kwargs"
    module = _import(f"{package}.{builder.module}", problems, f"{builder.used_by} calls {where}")
    if module is None:
        return
    function = getattr(module, "_get_kwargs", None)
    if not callable(function):
        problems.append(f"{where}: missing (called by {builder.used_by})")
        return
    parameters = inspect.signature(function).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    before = len(problems)
    for name in builder.passes:
        param = parameters.get(name)
        if param is None and not takes_any:
            problems.append(f"{where}: no parameter {name!r} (the wrapper passes it; {builder.used_by})")
        elif param is not None and param.kind not in (
            inspect.Parameter.KEYWORD_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
        ):
            problems.append(f"{where}: parameter {name!r} cannot be passed by keyword (the wrapper does)")
    for name, param in parameters.items():
        required = param.default is inspect.Parameter.empty and param.kind not in (
            inspect.Parameter.VAR_POSITIONAL,
            inspect.Parameter.VAR_KEYWORD,
        )
        if required and name not in builder.passes:
            problems.append(f"{where}: requires parameter {name!r}, which the wrapper does not pass")
    if len(problems) == before:
        _probe_builder(where, function, problems)


def _probe_builder(where: str, function: Callable[..., Any], problems: list[str]) -> None:
    try:
        kwargs = function(body=_ProbeBody(), authorization=_PROBE_AUTHORIZATION)
    except Exception as exc:  # the builder's own failure is the finding
        problems.append(f"{where}: raised {type(exc).__name__}: {exc} when called with a body and authorization")
        return
    if not isinstance(kwargs, dict):
        problems.append(f"{where}: returned {type(kwargs).__name__}, not the dict of request arguments")
        return
    for key in _KWARGS_KEYS:
        if key not in kwargs:
            problems.append(f"{where}: its result has no {key!r} (modelgates._client._Core.prepare reads it)")
    headers = kwargs.get("headers")
    if isinstance(headers, dict) and _PROBE_AUTHORIZATION not in headers.values():
        problems.append(f"{where}: the 'authorization' argument does not reach the request headers")
    if kwargs.get("json") != _PROBE_BODY:
        unsent = [key for key in _UNSENT_BODY_KEYS if key in kwargs]
        detail = f"it is passed as {unsent[0]!r}" if unsent else "it is not passed at all"
        problems.append(f"{where}: the body is not sent as JSON ({detail}; the wrapper sends only 'json')")


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
    if not model.attributes and model.module not in _REQUEST_MODULES:
        return cls
    fields = _field_names(cls)
    if fields is None:
        problems.append(f"{where}: not an attrs class, so its fields cannot be checked (the wrapper relies on them)")
        return cls
    for attribute in model.attributes:
        if attribute not in fields:
            problems.append(f"{where}: no attribute {attribute!r} ({model.used_by} reads it)")
    return cls


def _check_request_fields(package: str, problems: list[str]) -> None:
    for module_name, class_name, wrapper_fields in _REQUEST_FIELDS:
        module = sys.modules.get(f"{package}.{module_name}")
        fields = _field_names(getattr(module, class_name, None))
        if fields is None:
            continue  # missing, or not an attrs class: reported by _check_model
        where = f"{package}.{module_name}.{class_name}"
        keys, signature = wrapper_fields()
        # The generator appends "_" to names that shadow a builtin or keyword (input -> input_).
        known = {name.removesuffix("_") for name in fields}
        for key in sorted(keys - known):
            problems.append(f"{where}: no field {key!r} ({signature} accepts it, so a call with it would be refused)")
        for name, required in sorted(fields.items()):
            if required and name.removesuffix("_") not in keys:
                problems.append(f"{where}: requires field {name!r}, which {signature} has no way to pass")


def check(package: str = "modelgates_api") -> list[str]:
    """Every way the generated ``package`` no longer offers what the wrapper uses; [] when it does."""
    problems: list[str] = []
    root = _import(package, problems, "the wrapper is built on it")
    if root is None:
        return problems
    for builder in BUILDERS:
        _check_builder(package, builder, problems)
    for model in (*MODELS, *_error_models()):
        _check_model(package, model, problems)
    _check_request_fields(package, problems)
    types = _import(f"{package}.types", problems, "modelgates._accumulate uses types.Unset")
    if types is not None and not isinstance(getattr(types, "Unset", None), type):
        problems.append(f"{package}.types.Unset: missing (modelgates._accumulate tells unset fields by it)")
    if not (importlib.resources.files(package) / "openapi.yaml").is_file():
        problems.append(f"{package}/openapi.yaml: missing (modelgates.testing validates against it)")
    return problems


def _located_under(package: str, directory: Path) -> str | None:
    module = importlib.import_module(package)
    location = Path(module.__file__ or "").resolve()
    if not location.is_relative_to(directory.resolve()):
        return f"{package}: imported from {location}, not from {directory} (the package meant to be checked)"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Print each problem and return 1, or return 0 when the package offers everything."""
    parser = argparse.ArgumentParser(prog="python -m modelgates._generated_contract", description=check.__doc__)
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
