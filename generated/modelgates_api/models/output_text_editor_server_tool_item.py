from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_text_editor_server_tool_item_command import (
    OutputTextEditorServerToolItemCommand,
    check_output_text_editor_server_tool_item_command,
)
from ..models.output_text_editor_server_tool_item_type import (
    OutputTextEditorServerToolItemType,
    check_output_text_editor_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputTextEditorServerToolItem(_ModelBase):
    """An openrouter:text_editor server tool output item

    Example:
        {'command': 'view', 'filePath': '/src/main.ts', 'id': 'te_tmp_abc123', 'status': 'completed', 'type':
            'openrouter:text_editor'}

    """

    status: ToolCallStatus
    type_: OutputTextEditorServerToolItemType
    command: OutputTextEditorServerToolItemCommand | Unset = UNSET
    file_path: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "command",
        ("file_path", "filePath"),
        "id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_text_editor_server_tool_item_type(d.pop("type"))

            _at_field_ = "command"
            _command = d.pop("command", UNSET)
            command: OutputTextEditorServerToolItemCommand | Unset
            if isinstance(_command, Unset):
                command = UNSET
            else:
                command = check_output_text_editor_server_tool_item_command(_command)

            _at_field_ = "filePath"
            file_path = d.pop("filePath", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_text_editor_server_tool_item = cls(
            status=status,
            type_=type_,
            command=command,
            file_path=file_path,
            id=id,
        )

        output_text_editor_server_tool_item.additional_properties = d
        return output_text_editor_server_tool_item
