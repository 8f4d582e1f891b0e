from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _optional_ = ("timezone",)
