from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.or_anthropic_shell_tool_result_type import (
    ORAnthropicShellToolResultType,
    check_or_anthropic_shell_tool_result_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.or_anthropic_shell_tool_result_content import ORAnthropicShellToolResultContent
else:
    ORAnthropicShellToolResultContent = _LazyModel(
        globals(), "or_anthropic_shell_tool_result_content", "ORAnthropicShellToolResultContent"
    )


@_attrs_define(repr=False, eq=False)
class ORAnthropicShellToolResult(_ModelBase):
    """Output of an `openrouter:shell` call executed in the OpenRouter sandbox

    Example:
        {'content': {'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'README.md\\n'}]},
            'tool_use_id': 'srvtoolu_01abc', 'type': 'openrouter_shell_tool_result'}

    """

    content: ORAnthropicShellToolResultContent
    tool_use_id: str
    type_: ORAnthropicShellToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("content", _model_field(ORAnthropicShellToolResultContent)),
        "tool_use_id",
        ("type", check_or_anthropic_shell_tool_result_type, "type_"),
    )
