from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_capability_type import EnumCapabilityType, check_enum_capability_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class EnumCapability(_ModelBase):
    """A parameter that accepts one of a discrete set of string values.

    Example:
        {'type': 'enum', 'values': ['1K', '2K', '4K']}

    """

    type_: EnumCapabilityType
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "values",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_enum_capability_type(d.pop("type"))

            _at_field_ = "values"
            values = cast(list[str], d.pop("values"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        enum_capability = cls(
            type_=type_,
            values=values,
        )

        enum_capability.additional_properties = d
        return enum_capability
