from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_tool_call_type import ChatToolCallType, check_chat_tool_call_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.chat_tool_call_function import ChatToolCallFunction


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

    _json_fields_ = (
        "id",
        ("type_", "type"),
        "function",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "type"
            type_ = check_chat_tool_call_type(d.pop("type"))

            _at_field_ = "function"
            function = ChatToolCallFunction.from_dict(d.pop("function"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_tool_call = cls(
            id=id,
            type_=type_,
            function=function,
        )

        chat_tool_call.additional_properties = d
        return chat_tool_call


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ChatToolCallFunction = _LazyModel(
        globals(), "modelgates_api.models.chat_tool_call_function", "ChatToolCallFunction"
    )
