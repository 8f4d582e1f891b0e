from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_text_editor_code_execution_view_result_file_type import (
    AnthropicTextEditorCodeExecutionViewResultFileType,
    check_anthropic_text_editor_code_execution_view_result_file_type,
)
from ..models.anthropic_text_editor_code_execution_view_result_type import (
    AnthropicTextEditorCodeExecutionViewResultType,
    check_anthropic_text_editor_code_execution_view_result_type,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicTextEditorCodeExecutionViewResult(_ModelBase):
    """
    Example:
        {'content': 'file content', 'file_type': 'text', 'num_lines': 10, 'start_line': 1, 'total_lines': 10, 'type':
            'text_editor_code_execution_view_result'}

    """

    content: str
    file_type: AnthropicTextEditorCodeExecutionViewResultFileType
    num_lines: int | None
    start_line: int | None
    total_lines: int | None
    type_: AnthropicTextEditorCodeExecutionViewResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "content",
        ("file_type", check_anthropic_text_editor_code_execution_view_result_file_type),
        (
            "num_lines",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "start_line",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "total_lines",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        ("type", check_anthropic_text_editor_code_execution_view_result_type, "type_"),
    )
