from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_tool_reference_type import AnthropicToolReferenceType, check_anthropic_tool_reference_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicToolReference(_ModelBase):
    """
    Example:
        {'tool_name': 'my_tool', 'type': 'tool_reference'}

    """

    tool_name: str
    type_: AnthropicToolReferenceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "tool_name",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "tool_name"
            tool_name = d.pop("tool_name")

            _at_field_ = "type"
            type_ = check_anthropic_tool_reference_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_tool_reference = cls(
            tool_name=tool_name,
            type_=type_,
        )

        anthropic_tool_reference.additional_properties = d
        return anthropic_tool_reference
