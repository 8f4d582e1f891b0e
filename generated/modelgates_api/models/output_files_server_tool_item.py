from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_files_server_tool_item_type import (
    OutputFilesServerToolItemType,
    check_output_files_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class OutputFilesServerToolItem(_ModelBase):
    """An openrouter:files server tool output item

    Example:
        {'filename': 'notes.txt', 'id': 'fl_tmp_abc123', 'operation': 'read', 'result':
            '{"id":"file_abc","filename":"notes.txt","content":"hello"}', 'status': 'completed', 'type': 'openrouter:files'}

    Attributes:
        arguments (None | str | Unset): The raw tool-call arguments string as emitted by the model.
        call_id (None | str | Unset): The model-generated tool call id from the originating turn.
        error (str | Unset): Error message when the file operation failed.
        file_id (str | Unset): The target file id supplied in the tool-call arguments.
        filename (str | Unset): The target filename supplied in the tool-call arguments.
        operation (str | Unset): The file operation performed (list, read, write, or edit).
        result (str | Unset): JSON-serialized result of the file operation.
    """

    status: ToolCallStatus
    type_: OutputFilesServerToolItemType
    arguments: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    error: str | Unset = UNSET
    file_id: str | Unset = UNSET
    filename: str | Unset = UNSET
    id: str | Unset = UNSET
    operation: str | Unset = UNSET
    result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_files_server_tool_item_type, "type_"),
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
        "error",
        "file_id",
        "filename",
        "id",
        "operation",
        "result",
    )
