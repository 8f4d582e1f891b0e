from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_text_editor_code_execution_str_replace_result_type import (
    AnthropicTextEditorCodeExecutionStrReplaceResultType,
    check_anthropic_text_editor_code_execution_str_replace_result_type,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, guarded as _guarded, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicTextEditorCodeExecutionStrReplaceResult(_ModelBase):
    """
    Example:
        {'lines': None, 'new_lines': None, 'new_start': None, 'old_lines': None, 'old_start': None, 'type':
            'text_editor_code_execution_str_replace_result'}

    """

    lines: list[str] | None
    new_lines: int | None
    new_start: int | None
    old_lines: int | None
    old_start: int | None
    type_: AnthropicTextEditorCodeExecutionStrReplaceResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("lines", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        (
            "new_lines",
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
            "new_start",
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
            "old_lines",
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
            "old_start",
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
        ("type", check_anthropic_text_editor_code_execution_str_replace_result_type, "type_"),
    )
