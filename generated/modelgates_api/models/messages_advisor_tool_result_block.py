from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_advisor_tool_result_block_type import (
    MessagesAdvisorToolResultBlockType,
    check_messages_advisor_tool_result_block_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.messages_advisor_tool_result_block_content import MessagesAdvisorToolResultBlockContent
else:
    MessagesAdvisorToolResultBlockContent = _LazyModel(
        globals(), "messages_advisor_tool_result_block_content", "MessagesAdvisorToolResultBlockContent"
    )


@_attrs_define(repr=False, eq=False)
class MessagesAdvisorToolResultBlock(_ModelBase):
    """Advisor tool result from a prior assistant turn, replayed back to the model on the next turn. Mirrors the block
    Anthropic returns in assistant content when the `advisor_20260301` tool runs.

        Example:
            {'content': {'text': 'Advisor response text', 'type': 'advisor_result'}, 'tool_use_id': 'srvtoolu_01abc',
                'type': 'advisor_tool_result'}

    """

    content: MessagesAdvisorToolResultBlockContent
    tool_use_id: str
    type_: MessagesAdvisorToolResultBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("content", _model_field(MessagesAdvisorToolResultBlockContent)),
        "tool_use_id",
        ("type", check_messages_advisor_tool_result_block_type, "type_"),
    )
