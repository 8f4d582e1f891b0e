from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_browser_use_server_tool_item_type import (
    OutputBrowserUseServerToolItemType,
    check_output_browser_use_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class OutputBrowserUseServerToolItem(_ModelBase):
    """An openrouter:browser_use server tool output item

    Example:
        {'action': 'screenshot', 'id': 'bu_tmp_abc123', 'status': 'completed', 'type': 'openrouter:browser_use'}

    """

    status: ToolCallStatus
    type_: OutputBrowserUseServerToolItemType
    action: str | Unset = UNSET
    id: str | Unset = UNSET
    screenshot_b64: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_browser_use_server_tool_item_type, "type_"),
    )
    _optional_ = (
        "action",
        "id",
        ("screenshotB64", None, "screenshot_b64"),
    )
