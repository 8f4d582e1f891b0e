from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_view_result_file_type import (
    AnthropicTextEditorCodeExecutionViewResultFileType,
    check_anthropic_text_editor_code_execution_view_result_file_type,
)
from ..models.anthropic_text_editor_code_execution_view_result_type import (
    AnthropicTextEditorCodeExecutionViewResultType,
    check_anthropic_text_editor_code_execution_view_result_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "content",
        "file_type",
        "num_lines",
        "start_line",
        "total_lines",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = d.pop("content")

            _at_field_ = "file_type"
            file_type = check_anthropic_text_editor_code_execution_view_result_file_type(d.pop("file_type"))

            _at_field_ = "num_lines"
            num_lines = d.pop("num_lines")
            if not isinstance(num_lines, (int, _NoneType)):
                num_lines = _parse_union(
                    num_lines,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "start_line"
            start_line = d.pop("start_line")
            if not isinstance(start_line, (int, _NoneType)):
                start_line = _parse_union(
                    start_line,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "total_lines"
            total_lines = d.pop("total_lines")
            if not isinstance(total_lines, (int, _NoneType)):
                total_lines = _parse_union(
                    total_lines,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_anthropic_text_editor_code_execution_view_result_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_text_editor_code_execution_view_result = cls(
            content=content,
            file_type=file_type,
            num_lines=num_lines,
            start_line=start_line,
            total_lines=total_lines,
            type_=type_,
        )

        anthropic_text_editor_code_execution_view_result.additional_properties = d
        return anthropic_text_editor_code_execution_view_result
