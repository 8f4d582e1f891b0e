from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_format_type_1_syntax import (
    CustomToolFormatType1Syntax,
    check_custom_tool_format_type_1_syntax,
)
from ..models.custom_tool_format_type_1_type import CustomToolFormatType1Type, check_custom_tool_format_type_1_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class CustomToolFormatType1(_ModelBase):
    definition: str
    syntax: CustomToolFormatType1Syntax
    type_: CustomToolFormatType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "definition",
        "syntax",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "definition"
            definition = d.pop("definition")

            _at_field_ = "syntax"
            syntax = check_custom_tool_format_type_1_syntax(d.pop("syntax"))

            _at_field_ = "type"
            type_ = check_custom_tool_format_type_1_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        custom_tool_format_type_1 = cls(
            definition=definition,
            syntax=syntax,
            type_=type_,
        )

        custom_tool_format_type_1.additional_properties = d
        return custom_tool_format_type_1
