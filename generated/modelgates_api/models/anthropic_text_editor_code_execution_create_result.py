from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_create_result_type import (
    AnthropicTextEditorCodeExecutionCreateResultType,
    check_anthropic_text_editor_code_execution_create_result_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicTextEditorCodeExecutionCreateResult(_ModelBase):
    """
    Example:
        {'is_file_update': False, 'type': 'text_editor_code_execution_create_result'}

    """

    is_file_update: bool
    type_: AnthropicTextEditorCodeExecutionCreateResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "is_file_update",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "is_file_update"
            is_file_update = d.pop("is_file_update")

            _at_field_ = "type"
            type_ = check_anthropic_text_editor_code_execution_create_result_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_text_editor_code_execution_create_result = cls(
            is_file_update=is_file_update,
            type_=type_,
        )

        anthropic_text_editor_code_execution_create_result.additional_properties = d
        return anthropic_text_editor_code_execution_create_result
