from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_function_tool_type import ChatFunctionToolType, check_chat_function_tool_type
from ..types import CLOSED
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import model_field as _model_field

if TYPE_CHECKING:
    from ..models.chat_function_definition import ChatFunctionDefinition
else:
    ChatFunctionDefinition = _LazyModel(
        globals(), "modelgates_api.models.chat_function_definition", "ChatFunctionDefinition"
    )


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
