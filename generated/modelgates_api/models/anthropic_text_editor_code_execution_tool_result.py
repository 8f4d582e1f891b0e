from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_tool_result_type import (
    AnthropicTextEditorCodeExecutionToolResultType,
    check_anthropic_text_editor_code_execution_tool_result_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_text_editor_code_execution_create_result import AnthropicTextEditorCodeExecutionCreateResult
    from ..models.anthropic_text_editor_code_execution_str_replace_result import (
        AnthropicTextEditorCodeExecutionStrReplaceResult,
    )
    from ..models.anthropic_text_editor_code_execution_tool_result_error import (
        AnthropicTextEditorCodeExecutionToolResultError,
    )
    from ..models.anthropic_text_editor_code_execution_view_result import AnthropicTextEditorCodeExecutionViewResult


@_attrs_define(repr=False, eq=False)
class AnthropicTextEditorCodeExecutionToolResult(_ModelBase):
    """
    Example:
        {'content': {'content': 'file content', 'file_type': 'text', 'num_lines': 10, 'start_line': 1, 'total_lines':
            10, 'type': 'text_editor_code_execution_view_result'}, 'tool_use_id': 'srvtoolu_01abc', 'type':
            'text_editor_code_execution_tool_result'}

    """

    content: (
        AnthropicTextEditorCodeExecutionCreateResult
        | AnthropicTextEditorCodeExecutionStrReplaceResult
        | AnthropicTextEditorCodeExecutionToolResultError
        | AnthropicTextEditorCodeExecutionViewResult
    )
    tool_use_id: str
    type_: AnthropicTextEditorCodeExecutionToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content",
        "tool_use_id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = d.pop("content")
            content = _parse_union(
                content,
                (
                    (
                        "AnthropicTextEditorCodeExecutionToolResultError",
                        AnthropicTextEditorCodeExecutionToolResultError,
                    ),
                    ("AnthropicTextEditorCodeExecutionViewResult", AnthropicTextEditorCodeExecutionViewResult),
                    ("AnthropicTextEditorCodeExecutionCreateResult", AnthropicTextEditorCodeExecutionCreateResult),
                    (
                        "AnthropicTextEditorCodeExecutionStrReplaceResult",
                        AnthropicTextEditorCodeExecutionStrReplaceResult,
                    ),
                ),
                tag=(
                    "type",
                    (
                        "text_editor_code_execution_tool_result_error",
                        "text_editor_code_execution_view_result",
                        "text_editor_code_execution_create_result",
                        "text_editor_code_execution_str_replace_result",
                    ),
                ),
            )

            _at_field_ = "tool_use_id"
            tool_use_id = d.pop("tool_use_id")

            _at_field_ = "type"
            type_ = check_anthropic_text_editor_code_execution_tool_result_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_text_editor_code_execution_tool_result = cls(
            content=content,
            tool_use_id=tool_use_id,
            type_=type_,
        )

        anthropic_text_editor_code_execution_tool_result.additional_properties = d
        return anthropic_text_editor_code_execution_tool_result


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicTextEditorCodeExecutionCreateResult = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_text_editor_code_execution_create_result",
        "AnthropicTextEditorCodeExecutionCreateResult",
    )
    AnthropicTextEditorCodeExecutionStrReplaceResult = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_text_editor_code_execution_str_replace_result",
        "AnthropicTextEditorCodeExecutionStrReplaceResult",
    )
    AnthropicTextEditorCodeExecutionToolResultError = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_text_editor_code_execution_tool_result_error",
        "AnthropicTextEditorCodeExecutionToolResultError",
    )
    AnthropicTextEditorCodeExecutionViewResult = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_text_editor_code_execution_view_result",
        "AnthropicTextEditorCodeExecutionViewResult",
    )
