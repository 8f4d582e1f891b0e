from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_files_server_tool_item_type import (
    OutputFilesServerToolItemType,
    check_output_files_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "arguments",
        "call_id",
        "error",
        "file_id",
        "filename",
        "id",
        "operation",
        "result",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_files_server_tool_item_type(d.pop("type"))

            _at_field_ = "arguments"
            arguments = d.pop("arguments", UNSET)
            if not isinstance(arguments, (str, _NoneType, Unset)):
                arguments = _parse_union(
                    arguments,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "call_id"
            call_id = d.pop("call_id", UNSET)
            if not isinstance(call_id, (str, _NoneType, Unset)):
                call_id = _parse_union(
                    call_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "error"
            error = d.pop("error", UNSET)

            _at_field_ = "file_id"
            file_id = d.pop("file_id", UNSET)

            _at_field_ = "filename"
            filename = d.pop("filename", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "operation"
            operation = d.pop("operation", UNSET)

            _at_field_ = "result"
            result = d.pop("result", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_files_server_tool_item = cls(
            status=status,
            type_=type_,
            arguments=arguments,
            call_id=call_id,
            error=error,
            file_id=file_id,
            filename=filename,
            id=id,
            operation=operation,
            result=result,
        )

        output_files_server_tool_item.additional_properties = d
        return output_files_server_tool_item
