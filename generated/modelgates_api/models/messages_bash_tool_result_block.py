from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_bash_tool_result_block_type import (
    MessagesBashToolResultBlockType,
    check_messages_bash_tool_result_block_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.messages_bash_tool_result_block_content import MessagesBashToolResultBlockContent
else:
    MessagesBashToolResultBlockContent = _LazyModel(
        globals(), "messages_bash_tool_result_block_content", "MessagesBashToolResultBlockContent"
    )


@_attrs_define(repr=False, eq=False)
class MessagesBashToolResultBlock(_ModelBase):
    """Output of a sandbox-executed `openrouter:bash` call from a prior assistant turn. Accepted on replay and dropped
    before the provider request — Anthropic has no equivalent block.

        Example:
            {'content': {'command': 'ls', 'exitCode': 0, 'stderr': '', 'stdout': 'README.md\\n'}, 'tool_use_id':
                'srvtoolu_01abc', 'type': 'openrouter_bash_tool_result'}

    """

    content: MessagesBashToolResultBlockContent
    tool_use_id: str
    type_: MessagesBashToolResultBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("content", _model_field(MessagesBashToolResultBlockContent)),
        "tool_use_id",
        ("type", check_messages_bash_tool_result_block_type, "type_"),
    )
