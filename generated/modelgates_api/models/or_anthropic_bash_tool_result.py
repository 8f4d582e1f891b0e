from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.or_anthropic_bash_tool_result_type import (
    ORAnthropicBashToolResultType,
    check_or_anthropic_bash_tool_result_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.or_anthropic_bash_tool_result_content import ORAnthropicBashToolResultContent
else:
    ORAnthropicBashToolResultContent = _LazyModel(
        globals(), "or_anthropic_bash_tool_result_content", "ORAnthropicBashToolResultContent"
    )


@_attrs_define(repr=False, eq=False)
class ORAnthropicBashToolResult(_ModelBase):
    """Output of an `openrouter:bash` call executed in the OpenRouter sandbox (`engine: 'openrouter'`)

    Example:
        {'content': {'command': 'ls', 'exitCode': 0, 'stderr': '', 'stdout': 'README.md\\n'}, 'tool_use_id':
            'srvtoolu_01abc', 'type': 'openrouter_bash_tool_result'}

    """

    content: ORAnthropicBashToolResultContent
    tool_use_id: str
    type_: ORAnthropicBashToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("content", _model_field(ORAnthropicBashToolResultContent)),
        "tool_use_id",
        ("type", check_or_anthropic_bash_tool_result_type, "type_"),
    )
