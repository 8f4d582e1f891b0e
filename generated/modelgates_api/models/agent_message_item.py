from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.agent_message_item_type import AgentMessageItemType, check_agent_message_item_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.agent_message_item_agent_type_0 import AgentMessageItemAgentType0
    from ..models.agent_message_item_content_item_type_1 import AgentMessageItemContentItemType1
    from ..models.agent_message_item_content_item_type_2 import AgentMessageItemContentItemType2
    from ..models.input_text import InputText
else:
    AgentMessageItemAgentType0 = _LazyModel(globals(), "agent_message_item_agent_type_0", "AgentMessageItemAgentType0")
    AgentMessageItemContentItemType1 = _LazyModel(
        globals(), "agent_message_item_content_item_type_1", "AgentMessageItemContentItemType1"
    )
    AgentMessageItemContentItemType2 = _LazyModel(
        globals(), "agent_message_item_content_item_type_2", "AgentMessageItemContentItemType2"
    )
    InputText = _LazyModel(globals(), "input_text", "InputText")


@_attrs_define(repr=False, eq=False)
class AgentMessageItem(_ModelBase):
    """A message routed between agents in a multi-agent session

    Example:
        {'author': '/root/worker', 'content': [{'text': 'Task complete.', 'type': 'input_text'}], 'recipient': '/root',
            'type': 'agent_message'}

    """

    author: str
    content: list[AgentMessageItemContentItemType1 | AgentMessageItemContentItemType2 | InputText]
    recipient: str
    type_: AgentMessageItemType
    agent: AgentMessageItemAgentType0 | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "author",
        (
            "content",
            _list_field(
                _union_field(
                    (
                        ("InputText", InputText),
                        ("AgentMessageItemContentItemType1", AgentMessageItemContentItemType1),
                        ("AgentMessageItemContentItemType2", AgentMessageItemContentItemType2),
                    ),
                    tag=(
                        "type",
                        (
                            "input_text",
                            "input_image",
                            "encrypted_content",
                        ),
                    ),
                )
            ),
        ),
        "recipient",
        ("type", check_agent_message_item_type, "type_"),
    )
    _optional_ = (
        (
            "agent",
            _union_field(
                (("AgentMessageItemAgentType0", AgentMessageItemAgentType0),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
