from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_bash_server_tool_item_type import (
    OutputBashServerToolItemType,
    check_output_bash_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class OutputBashServerToolItem(_ModelBase):
    """An openrouter:bash server tool output item

    Example:
        {'command': 'ls -la', 'exitCode': 0, 'id': 'bash_tmp_abc123', 'status': 'completed', 'stdout': 'total 0\\n',
            'type': 'openrouter:bash'}

    Attributes:
        arguments (None | str | Unset): The raw tool-call arguments string as emitted by the model.
        call_id (None | str | Unset): The model-generated tool call id from the originating turn.
    """

    status: ToolCallStatus
    type_: OutputBashServerToolItemType
    arguments: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    command: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    id: str | Unset = UNSET
    stderr: str | Unset = UNSET
    stdout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_bash_server_tool_item_type, "type_"),
    )
    _optional_ = (
        (
            "arguments",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "call_id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        "command",
        ("exitCode", None, "exit_code"),
        "id",
        "stderr",
        "stdout",
    )
