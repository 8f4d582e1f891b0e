from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_function_tool_type import (
    ChatFunctionToolType,
    check_chat_function_tool_type,
)

if TYPE_CHECKING:
    from ..models.chat_function_definition import ChatFunctionDefinition


T = TypeVar("T", bound="ChatFunctionTool")


@_attrs_define
class ChatFunctionTool:
    """A tool of type function.

    Attributes:
        type_ (ChatFunctionToolType):
        function (ChatFunctionDefinition): A function the model may call.
    """

    type_: ChatFunctionToolType
    function: ChatFunctionDefinition

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
        from ..models.chat_function_definition import ChatFunctionDefinition

        d = dict(src_dict)
        type_ = check_chat_function_tool_type(d.pop("type"))

        function = ChatFunctionDefinition.from_dict(d.pop("function"))

        chat_function_tool = cls(
            type_=type_,
            function=function,
        )

        return chat_function_tool
