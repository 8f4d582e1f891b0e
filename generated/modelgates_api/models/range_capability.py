from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.range_capability_type import RangeCapabilityType, check_range_capability_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class RangeCapability(_ModelBase):
    """A parameter that accepts any value within an inclusive numeric range.

    Example:
        {'max': 100, 'min': 0, 'type': 'range'}

    """

    max_: float
    min_: float
    type_: RangeCapabilityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("max_", "max"),
        ("min_", "min"),
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "max"
            max_ = d.pop("max")

            _at_field_ = "min"
            min_ = d.pop("min")

            _at_field_ = "type"
            type_ = check_range_capability_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        range_capability = cls(
            max_=max_,
            min_=min_,
            type_=type_,
        )

        range_capability.additional_properties = d
        return range_capability
