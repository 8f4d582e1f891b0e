from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_code_interpreter_server_tool_item_type import (
    OutputCodeInterpreterServerToolItemType,
    check_output_code_interpreter_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class OutputCodeInterpreterServerToolItem(_ModelBase):
    """An openrouter:code_interpreter server tool output item

    Example:
        {'code': 'print("hello")', 'id': 'ci_tmp_abc123', 'language': 'python', 'status': 'completed', 'stdout':
            'hello\\n', 'type': 'openrouter:code_interpreter'}

    """

    status: ToolCallStatus
    type_: OutputCodeInterpreterServerToolItemType
    code: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    id: str | Unset = UNSET
    language: str | Unset = UNSET
    stderr: str | Unset = UNSET
    stdout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_code_interpreter_server_tool_item_type, "type_"),
    )
    _optional_ = (
        "code",
        ("exitCode", None, "exit_code"),
        "id",
        "language",
        "stderr",
        "stdout",
    )
