from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_code_execution_20250825_caller_type import (
    AnthropicCodeExecution20250825CallerType,
    check_anthropic_code_execution_20250825_caller_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicCodeExecution20250825Caller(_ModelBase):
    """
    Example:
        {'tool_id': 'toolu_01abc', 'type': 'code_execution_20250825'}

    """

    tool_id: str
    type_: AnthropicCodeExecution20250825CallerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "tool_id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "tool_id"
            tool_id = d.pop("tool_id")

            _at_field_ = "type"
            type_ = check_anthropic_code_execution_20250825_caller_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_code_execution_20250825_caller = cls(
            tool_id=tool_id,
            type_=type_,
        )

        anthropic_code_execution_20250825_caller.additional_properties = d
        return anthropic_code_execution_20250825_caller
