from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.range_capability_type import RangeCapabilityType, check_range_capability_type
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        ("max", None, "max_"),
        ("min", None, "min_"),
        ("type", check_range_capability_type, "type_"),
    )
