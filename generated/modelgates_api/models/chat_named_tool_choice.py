from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_named_tool_choice_type import ChatNamedToolChoiceType, check_chat_named_tool_choice_type
from ..types import CLOSED, LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.chat_named_tool_choice_function import ChatNamedToolChoiceFunction
else:
    ChatNamedToolChoiceFunction = _LazyModel(
        globals(), "chat_named_tool_choice_function", "ChatNamedToolChoiceFunction"
    )


@_attrs_define(repr=False, eq=False)
class ChatNamedToolChoice(_ModelBase):
    """Forces the model to call the named function.

    Attributes:
        function (ChatNamedToolChoiceFunction): The function the model must call.
    """

    type_: ChatNamedToolChoiceType
    function: ChatNamedToolChoiceFunction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_chat_named_tool_choice_type, "type_"),
        ("function", _model_field(ChatNamedToolChoiceFunction)),
    )
    _extras_ = CLOSED
