from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.custom_tool_format_type_1_syntax import (
    CustomToolFormatType1Syntax,
    check_custom_tool_format_type_1_syntax,
)
from ..models.custom_tool_format_type_1_type import CustomToolFormatType1Type, check_custom_tool_format_type_1_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class CustomToolFormatType1(_ModelBase):
    definition: str
    syntax: CustomToolFormatType1Syntax
    type_: CustomToolFormatType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "definition",
        ("syntax", check_custom_tool_format_type_1_syntax),
        ("type", check_custom_tool_format_type_1_type, "type_"),
    )
