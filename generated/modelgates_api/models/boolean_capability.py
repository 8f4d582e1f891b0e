from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.boolean_capability_type import BooleanCapabilityType, check_boolean_capability_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BooleanCapability(_ModelBase):
    """A supported-or-not flag. Present means the parameter is accepted.

    Example:
        {'type': 'boolean'}

    """

    type_: BooleanCapabilityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_boolean_capability_type, "type_"),)
