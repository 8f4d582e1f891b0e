from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class DatetimeServerToolConfig(_ModelBase):
    """Configuration for the openrouter:datetime server tool

    Example:
        {'timezone': 'America/New_York'}

    Attributes:
        timezone (str | Unset): IANA timezone name (e.g. "America/New_York"). Defaults to UTC. Example:
            America/New_York.
    """

    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("timezone",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "timezone"
            timezone = d.pop("timezone", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        datetime_server_tool_config = cls(
            timezone=timezone,
        )

        datetime_server_tool_config.additional_properties = d
        return datetime_server_tool_config
