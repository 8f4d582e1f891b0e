from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.enum_capability_type import EnumCapabilityType, check_enum_capability_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class EnumCapability(_ModelBase):
    """A parameter that accepts one of a discrete set of string values.

    Example:
        {'type': 'enum', 'values': ['1K', '2K', '4K']}

    """

    type_: EnumCapabilityType
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_enum_capability_type, "type_"),
        "values",
    )
