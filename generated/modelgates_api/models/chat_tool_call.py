from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_tool_call_type import ChatToolCallType, check_chat_tool_call_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.chat_tool_call_function import ChatToolCallFunction
else:
    ChatToolCallFunction = _LazyModel(globals(), "chat_tool_call_function", "ChatToolCallFunction")


@_attrs_define(repr=False, eq=False)
class ChatToolCall(_ModelBase):
    """A tool call made by the assistant.

    Attributes:
        id (str): Tool call identifier, echoed back as `tool_call_id` in the tool message.
        function (ChatToolCallFunction): The function invoked by a tool call.
    """

    id: str
    type_: ChatToolCallType
    function: ChatToolCallFunction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        ("type", check_chat_tool_call_type, "type_"),
        ("function", _model_field(ChatToolCallFunction)),
    )
