from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_advisor_tool_result_type import (
    AnthropicAdvisorToolResultType,
    check_anthropic_advisor_tool_result_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.anthropic_advisor_tool_result_content import AnthropicAdvisorToolResultContent
else:
    AnthropicAdvisorToolResultContent = _LazyModel(
        globals(), "anthropic_advisor_tool_result_content", "AnthropicAdvisorToolResultContent"
    )


@_attrs_define(repr=False, eq=False)
class AnthropicAdvisorToolResult(_ModelBase):
    """
    Example:
        {'content': {'text': 'Advisor response text', 'type': 'advisor_result'}, 'tool_use_id': 'srvtoolu_01abc',
            'type': 'advisor_tool_result'}

    """

    content: AnthropicAdvisorToolResultContent
    tool_use_id: str
    type_: AnthropicAdvisorToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("content", _model_field(AnthropicAdvisorToolResultContent)),
        "tool_use_id",
        ("type", check_anthropic_advisor_tool_result_type, "type_"),
    )
