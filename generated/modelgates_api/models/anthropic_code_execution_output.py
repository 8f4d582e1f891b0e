from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_code_execution_output_type import (
    AnthropicCodeExecutionOutputType,
    check_anthropic_code_execution_output_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicCodeExecutionOutput(_ModelBase):
    """
    Example:
        {'file_id': 'file_01abc', 'type': 'code_execution_output'}

    """

    file_id: str
    type_: AnthropicCodeExecutionOutputType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "file_id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "file_id"
            file_id = d.pop("file_id")

            _at_field_ = "type"
            type_ = check_anthropic_code_execution_output_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_code_execution_output = cls(
            file_id=file_id,
            type_=type_,
        )

        anthropic_code_execution_output.additional_properties = d
        return anthropic_code_execution_output
