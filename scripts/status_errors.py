"""Emit ``modelgates_api/status_errors.py``: one exception class per error status the spec declares.

A status's class is named after the error schema its operations answer with
(``BadRequestResponse`` -> ``BadRequestResponseError``, as the upstream SDK names them), documented
with that schema's description, and carries the path of the schema's generated model, which the
error's ``data`` is parsed into. A status the spec adds tomorrow becomes its own class on the next
``make generate``; a status it does not declare stays ``ModelGatesDefaultError`` (hand-written, in
``modelgates._exceptions``, with everything these classes inherit).
"""

from __future__ import annotations

import http
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

__all__ = ["StatusError", "render_status_errors", "status_errors"]

# Statuses the SDK retries by default (modelgates._retry.RETRYABLE_STATUSES), said in the docstring.
_RETRIED_NOTE = " Retried by default."


@dataclass(frozen=True)
class StatusError:
    status: int
    class_name: str
    description: str
    model_path: str | None  # "<models module>.<class>" of the body's generated model


def _declared(spec: dict[str, Any]) -> dict[int, Counter[tuple[str | None, str]]]:
    """status -> how often each (error schema name, response description) answers it."""
    declared: dict[int, Counter[tuple[str | None, str]]] = {}
    for path_item in (spec.get("paths") or {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for status, response in (operation.get("responses") or {}).items():
                if not (str(status).isdigit() and int(status) >= 400):
                    continue  # "4XX"/"default" ranges map to ModelGatesDefaultError
                refs = [
                    (media.get("schema") or {}).get("$ref")
                    for media in ((response or {}).get("content") or {}).values()
                ]
                ref = next((r for r in refs if r), None)
                name = ref.rsplit("/", 1)[-1] if ref else None
                declared.setdefault(int(status), Counter())[(name, str((response or {}).get("description") or ""))] += 1
    return declared


def _class_name(status: int, schema: str | None) -> str:
    if schema and schema.endswith("Response") and schema.isidentifier():
        return f"{schema}Error"
    return _phrase_name(status)


def _phrase_name(status: int) -> str:
    """``418`` -> ``ImATeapotResponseError``: the status's reason phrase, for a status with no schema
    of its own (none, or one it shares with other statuses)."""
    try:
        phrase = http.HTTPStatus(status).phrase.replace("'", "")
    except ValueError:
        phrase = f"Status {status}"
    words = re.findall(r"[A-Za-z0-9]+", phrase)
    return "".join(w[:1].upper() + w[1:] for w in words) + "ResponseError"


def status_errors(spec: dict[str, Any], project: Any, retried: frozenset[int]) -> list[StatusError]:
    """The class of each declared error status: the schema most of its operations answer with."""
    from sdk_layer import LayerProblem, _model_for_ref

    schemas = (spec.get("components") or {}).get("schemas") or {}
    found = []
    for status, uses in sorted(_declared(spec).items()):
        by_schema: Counter[str | None] = Counter()
        for (schema, _), count in uses.items():
            by_schema[schema] += count
        schema = max(by_schema, key=lambda s: (by_schema[s], s is not None, s or ""))
        description = str((schemas.get(schema) or {}).get("description") or "") if schema else ""
        if not description:
            description = max((d for (s, d) in uses if s == schema), key=lambda d: uses[(schema, d)], default="")
        model_path = None
        if schema is not None:
            model = _model_for_ref(project, f"#/components/schemas/{schema}")
            if model is None:
                raise LayerProblem(f"the {status} error schema {schema} has no generated model")
            model_path = f"{model.class_info.module_name}.{model.class_info.name}"
        note = _RETRIED_NOTE if status in retried else ""
        text = description.strip().rstrip(".") + "." if description.strip() else f"HTTP {status}."
        found.append(StatusError(status, _class_name(status, schema), text + note, model_path))
    shared = Counter(e.class_name for e in found)
    found = [
        StatusError(e.status, _phrase_name(e.status), e.description, e.model_path) if shared[e.class_name] > 1 else e
        for e in found
    ]  # one schema for several statuses (an ErrorResponse for all): each is named by its reason phrase
    names = Counter(e.class_name for e in found)
    clashes = sorted(n for n, c in names.items() if c > 1)
    if clashes:
        raise LayerProblem(f"two error statuses would share a class name: {', '.join(clashes)}")
    return found


def render_status_errors(found: list[StatusError], taken: set[str]) -> str:
    """The module's source; ``taken`` are the hand-written exception names it must not shadow."""
    from sdk_layer import LayerProblem, _doc

    shadowing = sorted(e.class_name for e in found if e.class_name in taken)
    if shadowing:
        raise LayerProblem(f"a generated error class would shadow a hand-written one: {', '.join(shadowing)}")
    classes = []
    for error in found:
        lines = [f"class {error.class_name}(APIStatusError):", f'    """{error.status}: {_doc(error.description)}"""']
        if error.model_path is not None:
            lines += ["", f"    model_path = {error.model_path!r}"]
        classes.append("\n".join(lines))
    exported = sorted(e.class_name for e in found)  # what ``modelgates.errors`` re-exports
    table = "\n".join(f"    {e.status}: {e.class_name}," for e in found)
    tree = "\n".join(f"    {e.status}  {e.class_name}" for e in found)
    return f'''"""One ``APIStatusError`` per error status the spec declares: generated from the spec by
scripts/status_errors.py. Do not edit; use them as ``modelgates.errors.<Class>``.

{tree}

Any other error status is ``modelgates.errors.ModelGatesDefaultError``. Each class is named after
the error schema of its status; ``err.data`` is the body parsed into that schema's model.
"""

from __future__ import annotations

from modelgates._exceptions import APIStatusError

__all__ = {exported!r}


{chr(10).join(chr(10) * 2 + c for c in classes).strip()}


# The class of each status; the class of any other 4XX/5XX is ModelGatesDefaultError.
ERROR_CLASSES_BY_STATUS: dict[int, type[APIStatusError]] = {{
{table}
}}
'''
