from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_datetime_item_type import OutputDatetimeItemType, check_output_datetime_item_type
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        ("datetime_", "datetime"),
        "status",
        "timezone",
        ("type_", "type"),
        "id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "datetime"
            datetime_ = d.pop("datetime")

            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "timezone"
            timezone = d.pop("timezone")

            _at_field_ = "type"
            type_ = check_output_datetime_item_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_datetime_item = cls(
            datetime_=datetime_,
            status=status,
            timezone=timezone,
            type_=type_,
            id=id,
        )

        output_datetime_item.additional_properties = d
        return output_datetime_item
