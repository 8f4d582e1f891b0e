"""Every operation of the spec as a call a user could make: method, arguments, expected result type.

Arguments come from the spec itself (``scripts/sdk_docs.example_arguments``, which also writes the
reference docs' examples): the request example where it has one, else the smallest body the
schema accepts, plus an example (or minimal) value for each required parameter. They are passed
the way a user passes them: by keyword, through the generated method.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from modelgates._operation import Operation
from modelgates.testing._validation import load_spec
from modelgates_api.resources import OPERATIONS
from sdk_docs import example_arguments  # the reference docs' examples are these same calls

__all__ = ["CASES_BY_NAME", "OperationCase", "cases"]


@dataclass(frozen=True)
class OperationCase:
    name: str  # "models.count"
    http: str  # "GET /models/count"
    group: str
    method: str
    operation: Operation
    arguments: Mapping[str, Any]

    def __str__(self) -> str:
        return self.name


def _operation(group: str, method: str) -> Operation:
    module = importlib.import_module(f"modelgates_api.resources.{group}")
    operation: Operation = getattr(module, f"_{method.upper()}")
    return operation


def cases() -> list[OperationCase]:
    spec = load_spec()
    found = []
    for name, http in OPERATIONS.items():
        group, method = name.split(".")
        generated = _operation(group, method)
        arguments = example_arguments(spec, http, generated.fields)
        found.append(OperationCase(name, http, group, method, generated, arguments))
    return found


CASES_BY_NAME = {case.name: case for case in cases()}
