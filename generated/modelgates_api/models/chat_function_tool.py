from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_function_tool_type import ChatFunctionToolType, check_chat_function_tool_type
from ..types import CLOSED, LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.chat_function_definition import ChatFunctionDefinition
else:
    ChatFunctionDefinition = _LazyModel(globals(), "chat_function_definition", "ChatFunctionDefinition")


@_attrs_define(repr=False, eq=False)
class ChatFunctionTool(_ModelBase):
    """A tool of type function.

    Attributes:
        function (ChatFunctionDefinition): A function the model may call.
    """

    type_: ChatFunctionToolType
    function: ChatFunctionDefinition
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_chat_function_tool_type, "type_"),
        ("function", _model_field(ChatFunctionDefinition)),
    )
    _extras_ = CLOSED
