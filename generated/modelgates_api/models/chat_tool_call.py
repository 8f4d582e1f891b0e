from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.chat_tool_call_type import ChatToolCallType, check_chat_tool_call_type
from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.chat_tool_call_function import ChatToolCallFunction


T = TypeVar("T", bound="ChatToolCall")


@_attrs_define(repr=False, eq=False)
class ChatToolCall(_ModelBase):
    """A tool call made by the assistant.

    Attributes:
        id (str): Tool call identifier, echoed back as `tool_call_id` in the tool message.
        type_ (ChatToolCallType):
        function (ChatToolCallFunction): The function invoked by a tool call.
    """

    id: str
    type_: ChatToolCallType
    function: ChatToolCallFunction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ChatToolCallFunction,) = _lazy_imports()
        function = self.function.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "type": self.type_,
            "function": function,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (ChatToolCallFunction,) = _lazy_imports()
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


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.chat_tool_call_function import ChatToolCallFunction

    return (ChatToolCallFunction,)
