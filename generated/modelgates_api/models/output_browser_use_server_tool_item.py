from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_browser_use_server_tool_item_type import (
    OutputBrowserUseServerToolItemType,
    check_output_browser_use_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "action",
        "id",
        ("screenshot_b64", "screenshotB64"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_browser_use_server_tool_item_type(d.pop("type"))

            _at_field_ = "action"
            action = d.pop("action", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "screenshotB64"
            screenshot_b64 = d.pop("screenshotB64", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_browser_use_server_tool_item = cls(
            status=status,
            type_=type_,
            action=action,
            id=id,
            screenshot_b64=screenshot_b64,
        )

        output_browser_use_server_tool_item.additional_properties = d
        return output_browser_use_server_tool_item
