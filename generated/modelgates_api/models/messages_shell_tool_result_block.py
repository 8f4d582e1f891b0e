from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_shell_tool_result_block_type import (
    MessagesShellToolResultBlockType,
    check_messages_shell_tool_result_block_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.messages_shell_tool_result_block_content import MessagesShellToolResultBlockContent
else:
    MessagesShellToolResultBlockContent = _LazyModel(
        globals(), "messages_shell_tool_result_block_content", "MessagesShellToolResultBlockContent"
    )


@_attrs_define(repr=False, eq=False)
class MessagesShellToolResultBlock(_ModelBase):
    """Output of an `openrouter:shell` call from a prior assistant turn. Accepted on replay and dropped before the provider
    request — Anthropic has no equivalent block.

        Example:
            {'content': {'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'README.md\\n'}]},
                'tool_use_id': 'srvtoolu_01abc', 'type': 'openrouter_shell_tool_result'}

    """

    content: MessagesShellToolResultBlockContent
    tool_use_id: str
    type_: MessagesShellToolResultBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("content", _model_field(MessagesShellToolResultBlockContent)),
        "tool_use_id",
        ("type", check_messages_shell_tool_result_block_type, "type_"),
    )
