from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

T = TypeVar("T", bound="DatetimeServerToolConfig")


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

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
