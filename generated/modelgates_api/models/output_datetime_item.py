from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_datetime_item_type import OutputDatetimeItemType, check_output_datetime_item_type
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class OutputDatetimeItem(_ModelBase):
    """An openrouter:datetime server tool output item

    Example:
        {'datetime': '2026-03-12T14:30:00.000Z', 'id': 'dt_tmp_abc123', 'status': 'completed', 'timezone': 'UTC',
            'type': 'openrouter:datetime'}

    Attributes:
        datetime_ (str): ISO 8601 datetime string
        timezone (str): IANA timezone name
    """

    datetime_: str
    status: ToolCallStatus
    timezone: str
    type_: OutputDatetimeItemType
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("datetime", None, "datetime_"),
        ("status", check_tool_call_status),
        "timezone",
        ("type", check_output_datetime_item_type, "type_"),
    )
    _optional_ = ("id",)
