from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_message_item_type import AgentMessageItemType, check_agent_message_item_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.agent_message_item_agent_type_0 import AgentMessageItemAgentType0
    from ..models.agent_message_item_content_item_type_1 import AgentMessageItemContentItemType1
    from ..models.agent_message_item_content_item_type_2 import AgentMessageItemContentItemType2
    from ..models.input_text import InputText


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

    _json_fields_ = (
        "author",
        "content",
        "recipient",
        ("type_", "type"),
        "agent",
        "id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "author"
            author = d.pop("author")

            _at_field_ = "content"
            content = []
            _content = d.pop("content")
            for _content_item_data_index, content_item_data in enumerate(_as_list(_content)):
                try:
                    content_item = content_item_data
                    content_item = _parse_union(
                        content_item,
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

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _content_item_data_index)
                content.append(content_item)

            _at_field_ = "recipient"
            recipient = d.pop("recipient")

            _at_field_ = "type"
            type_ = check_agent_message_item_type(d.pop("type"))

            _at_field_ = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (_NoneType, Unset)):
                agent = _parse_union(
                    agent,
                    (("AgentMessageItemAgentType0", AgentMessageItemAgentType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, _NoneType, Unset)):
                id = _parse_union(
                    id,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
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


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AgentMessageItemAgentType0 = _LazyModel(
        globals(), "modelgates_api.models.agent_message_item_agent_type_0", "AgentMessageItemAgentType0"
    )
    AgentMessageItemContentItemType1 = _LazyModel(
        globals(), "modelgates_api.models.agent_message_item_content_item_type_1", "AgentMessageItemContentItemType1"
    )
    AgentMessageItemContentItemType2 = _LazyModel(
        globals(), "modelgates_api.models.agent_message_item_content_item_type_2", "AgentMessageItemContentItemType2"
    )
    InputText = _LazyModel(globals(), "modelgates_api.models.input_text", "InputText")
