from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_advisor_tool_result_block_type import (
    MessagesAdvisorToolResultBlockType,
    check_messages_advisor_tool_result_block_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.messages_advisor_tool_result_block_content import MessagesAdvisorToolResultBlockContent


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

    _json_fields_ = (
        "content",
        "tool_use_id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = MessagesAdvisorToolResultBlockContent.from_dict(d.pop("content"))

            _at_field_ = "tool_use_id"
            tool_use_id = d.pop("tool_use_id")

            _at_field_ = "type"
            type_ = check_messages_advisor_tool_result_block_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_advisor_tool_result_block = cls(
            content=content,
            tool_use_id=tool_use_id,
            type_=type_,
        )

        messages_advisor_tool_result_block.additional_properties = d
        return messages_advisor_tool_result_block


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    MessagesAdvisorToolResultBlockContent = _LazyModel(
        globals(),
        "modelgates_api.models.messages_advisor_tool_result_block_content",
        "MessagesAdvisorToolResultBlockContent",
    )
