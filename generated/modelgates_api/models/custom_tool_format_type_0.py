from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.custom_tool_format_type_0_type import CustomToolFormatType0Type, check_custom_tool_format_type_0_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class CustomToolFormatType0(_ModelBase):
    type_: CustomToolFormatType0Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_custom_tool_format_type_0_type, "type_"),)
