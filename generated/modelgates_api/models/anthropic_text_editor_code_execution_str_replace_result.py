from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_str_replace_result_type import (
    AnthropicTextEditorCodeExecutionStrReplaceResultType,
    check_anthropic_text_editor_code_execution_str_replace_result_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "lines",
        "new_lines",
        "new_start",
        "old_lines",
        "old_start",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "lines"
            lines = d.pop("lines")
            if not isinstance(lines, (_NoneType,)):

                def _lines_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    lines_type_0 = cast(list[str], data)

                    return lines_type_0

                lines = _parse_union(
                    lines,
                    (("list[str]", _lines_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "new_lines"
            new_lines = d.pop("new_lines")
            if not isinstance(new_lines, (int, _NoneType)):
                new_lines = _parse_union(
                    new_lines,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "new_start"
            new_start = d.pop("new_start")
            if not isinstance(new_start, (int, _NoneType)):
                new_start = _parse_union(
                    new_start,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "old_lines"
            old_lines = d.pop("old_lines")
            if not isinstance(old_lines, (int, _NoneType)):
                old_lines = _parse_union(
                    old_lines,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "old_start"
            old_start = d.pop("old_start")
            if not isinstance(old_start, (int, _NoneType)):
                old_start = _parse_union(
                    old_start,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_anthropic_text_editor_code_execution_str_replace_result_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_text_editor_code_execution_str_replace_result = cls(
            lines=lines,
            new_lines=new_lines,
            new_start=new_start,
            old_lines=old_lines,
            old_start=old_start,
            type_=type_,
        )

        anthropic_text_editor_code_execution_str_replace_result.additional_properties = d
        return anthropic_text_editor_code_execution_str_replace_result
