from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_named_tool_choice_type import (
    ChatNamedToolChoiceType,
    check_chat_named_tool_choice_type,
)

if TYPE_CHECKING:
    from ..models.chat_named_tool_choice_function import ChatNamedToolChoiceFunction


T = TypeVar("T", bound="ChatNamedToolChoice")


@_attrs_define
class ChatNamedToolChoice:
    """Forces the model to call the named function.

    Attributes:
        type_ (ChatNamedToolChoiceType):
        function (ChatNamedToolChoiceFunction): The function the model must call.
    """

    type_: ChatNamedToolChoiceType
    function: ChatNamedToolChoiceFunction

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_named_tool_choice_function import ChatNamedToolChoiceFunction

        d = dict(src_dict)
        type_ = check_chat_named_tool_choice_type(d.pop("type"))

        function = ChatNamedToolChoiceFunction.from_dict(d.pop("function"))

        chat_named_tool_choice = cls(
            type_=type_,
            function=function,
        )

        return chat_named_tool_choice
