from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_text_editor_code_execution_create_result_type import (
    AnthropicTextEditorCodeExecutionCreateResultType,
    check_anthropic_text_editor_code_execution_create_result_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicTextEditorCodeExecutionCreateResult(_ModelBase):
    """
    Example:
        {'is_file_update': False, 'type': 'text_editor_code_execution_create_result'}

    """

    is_file_update: bool
    type_: AnthropicTextEditorCodeExecutionCreateResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "is_file_update",
        ("type", check_anthropic_text_editor_code_execution_create_result_type, "type_"),
    )
