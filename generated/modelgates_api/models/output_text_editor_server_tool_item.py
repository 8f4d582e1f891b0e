from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_text_editor_server_tool_item_command import (
    OutputTextEditorServerToolItemCommand,
    check_output_text_editor_server_tool_item_command,
)
from ..models.output_text_editor_server_tool_item_type import (
    OutputTextEditorServerToolItemType,
    check_output_text_editor_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_text_editor_server_tool_item_type, "type_"),
    )
    _optional_ = (
        ("command", check_output_text_editor_server_tool_item_command),
        ("filePath", None, "file_path"),
        "id",
    )
