from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_redacted_thinking_block_type import (
    AnthropicRedactedThinkingBlockType,
    check_anthropic_redacted_thinking_block_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicRedactedThinkingBlock(_ModelBase):
    """
    Example:
        {'data': 'cmVkYWN0ZWQ=', 'type': 'redacted_thinking'}

    """

    data: str
    type_: AnthropicRedactedThinkingBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "data",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = d.pop("data")

            _at_field_ = "type"
            type_ = check_anthropic_redacted_thinking_block_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_redacted_thinking_block = cls(
            data=data,
            type_=type_,
        )

        anthropic_redacted_thinking_block.additional_properties = d
        return anthropic_redacted_thinking_block
