from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_web_search_tool_result_type import (
    AnthropicWebSearchToolResultType,
    check_anthropic_web_search_tool_result_type,
)
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_20250825_caller import AnthropicCodeExecution20250825Caller
    from ..models.anthropic_code_execution_20260120_caller import AnthropicCodeExecution20260120Caller
    from ..models.anthropic_direct_caller import AnthropicDirectCaller
    from ..models.anthropic_web_search_result import AnthropicWebSearchResult
    from ..models.anthropic_web_search_tool_result_error import AnthropicWebSearchToolResultError
else:
    AnthropicCodeExecution20250825Caller = _LazyModel(
        globals(), "anthropic_code_execution_20250825_caller", "AnthropicCodeExecution20250825Caller"
    )
    AnthropicCodeExecution20260120Caller = _LazyModel(
        globals(), "anthropic_code_execution_20260120_caller", "AnthropicCodeExecution20260120Caller"
    )
    AnthropicDirectCaller = _LazyModel(globals(), "anthropic_direct_caller", "AnthropicDirectCaller")
    AnthropicWebSearchResult = _LazyModel(globals(), "anthropic_web_search_result", "AnthropicWebSearchResult")
    AnthropicWebSearchToolResultError = _LazyModel(
        globals(), "anthropic_web_search_tool_result_error", "AnthropicWebSearchToolResultError"
    )


@_attrs_define(repr=False, eq=False)
class AnthropicWebSearchToolResult(_ModelBase):
    """
    Example:
        {'caller': {'type': 'direct'}, 'content': [], 'tool_use_id': 'srvtoolu_01abc', 'type': 'web_search_tool_result'}

    """

    caller: AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller
    content: AnthropicWebSearchToolResultError | list[AnthropicWebSearchResult]
    tool_use_id: str
    type_: AnthropicWebSearchToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "caller",
            _union_field(
                (
                    ("AnthropicDirectCaller", AnthropicDirectCaller),
                    ("AnthropicCodeExecution20250825Caller", AnthropicCodeExecution20250825Caller),
                    ("AnthropicCodeExecution20260120Caller", AnthropicCodeExecution20260120Caller),
                ),
                tag=(
                    "type",
                    (
                        "direct",
                        "code_execution_20250825",
                        "code_execution_20260120",
                    ),
                ),
            ),
        ),
        (
            "content",
            _union_field(
                (
                    (
                        "list[AnthropicWebSearchResult]",
                        _guarded((list,), _list_field(_model_field(AnthropicWebSearchResult))),
                    ),
                    ("AnthropicWebSearchToolResultError", AnthropicWebSearchToolResultError),
                )
            ),
        ),
        "tool_use_id",
        ("type", check_anthropic_web_search_tool_result_type, "type_"),
    )
