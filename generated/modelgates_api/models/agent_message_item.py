from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.agent_message_item_type import (
    AgentMessageItemType,
    check_agent_message_item_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_message_item_agent_type_0 import AgentMessageItemAgentType0
    from ..models.agent_message_item_content_item_type_1 import (
        AgentMessageItemContentItemType1,
    )
    from ..models.agent_message_item_content_item_type_2 import (
        AgentMessageItemContentItemType2,
    )
    from ..models.input_text import InputText


T = TypeVar("T", bound="AgentMessageItem")


@_attrs_define
class AgentMessageItem:
    """A message routed between agents in a multi-agent session

    Example:
        {'author': '/root/worker', 'content': [{'text': 'Task complete.', 'type': 'input_text'}], 'recipient': '/root',
            'type': 'agent_message'}

    Attributes:
        author (str):
        content (list[AgentMessageItemContentItemType1 | AgentMessageItemContentItemType2 | InputText]):
        recipient (str):
        type_ (AgentMessageItemType):
        agent (AgentMessageItemAgentType0 | None | Unset):
        id (None | str | Unset):
    """

    author: str
    content: list[
        AgentMessageItemContentItemType1 | AgentMessageItemContentItemType2 | InputText
    ]
    recipient: str
    type_: AgentMessageItemType
    agent: AgentMessageItemAgentType0 | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_message_item_agent_type_0 import AgentMessageItemAgentType0
        from ..models.agent_message_item_content_item_type_1 import (
            AgentMessageItemContentItemType1,
        )
        from ..models.input_text import InputText

        author = self.author

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, InputText) or isinstance(
                content_item_data, AgentMessageItemContentItemType1
            ):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        recipient = self.recipient

        type_: str = self.type_

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, AgentMessageItemAgentType0):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author": author,
                "content": content,
                "recipient": recipient,
                "type": type_,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_message_item_agent_type_0 import AgentMessageItemAgentType0
        from ..models.agent_message_item_content_item_type_1 import (
            AgentMessageItemContentItemType1,
        )
        from ..models.agent_message_item_content_item_type_2 import (
            AgentMessageItemContentItemType2,
        )
        from ..models.input_text import InputText

        d = dict(src_dict)
        author = d.pop("author")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                AgentMessageItemContentItemType1
                | AgentMessageItemContentItemType2
                | InputText
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = InputText.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = AgentMessageItemContentItemType1.from_dict(
                        data
                    )

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_2 = AgentMessageItemContentItemType2.from_dict(data)

                return content_item_type_2

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        recipient = d.pop("recipient")

        type_ = check_agent_message_item_type(d.pop("type"))

        def _parse_agent(data: object) -> AgentMessageItemAgentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = AgentMessageItemAgentType0.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentMessageItemAgentType0 | None | Unset, data)

        agent = _parse_agent(d.pop("agent", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        agent_message_item = cls(
            author=author,
            content=content,
            recipient=recipient,
            type_=type_,
            agent=agent,
            id=id,
        )

        agent_message_item.additional_properties = d
        return agent_message_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
