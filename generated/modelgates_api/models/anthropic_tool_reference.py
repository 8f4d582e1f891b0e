from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_tool_reference_type import AnthropicToolReferenceType, check_anthropic_tool_reference_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicToolReference(_ModelBase):
    """
    Example:
        {'tool_name': 'my_tool', 'type': 'tool_reference'}

    """

    tool_name: str
    type_: AnthropicToolReferenceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "tool_name",
        ("type", check_anthropic_tool_reference_type, "type_"),
    )
