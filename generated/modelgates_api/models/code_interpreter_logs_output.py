from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.code_interpreter_logs_output_type import (
    CodeInterpreterLogsOutputType,
    check_code_interpreter_logs_output_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class CodeInterpreterLogsOutput(_ModelBase):
    """
    Example:
        {'logs': 'hello\\n', 'type': 'logs'}

    """

    logs: str
    type_: CodeInterpreterLogsOutputType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "logs",
        ("type", check_code_interpreter_logs_output_type, "type_"),
    )
