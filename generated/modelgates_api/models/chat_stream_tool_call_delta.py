from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.chat_stream_tool_call_function_delta import ChatStreamToolCallFunctionDelta


@_attrs_define(repr=False, eq=False)
class ChatStreamToolCallDelta(_ModelBase):
    """A fragment of a streamed tool call.

    Attributes:
        index (int): Position of the tool call this fragment belongs to.
        type_ (str | Unset): Usually `function` (first fragment only).
        function (ChatStreamToolCallFunctionDelta | Unset): Function fragment of a streamed tool call.
    """

    index: int
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    function: ChatStreamToolCallFunctionDelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "index",
        "id",
        ("type_", "type"),
        "function",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "index"
            index = d.pop("index")

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "type"
            type_ = d.pop("type", UNSET)

            _at_field_ = "function"
            _function = d.pop("function", UNSET)
            function: ChatStreamToolCallFunctionDelta | Unset
            if isinstance(_function, Unset):
                function = UNSET
            else:
                function = ChatStreamToolCallFunctionDelta.from_dict(_function)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_stream_tool_call_delta = cls(
            index=index,
            id=id,
            type_=type_,
            function=function,
        )

        chat_stream_tool_call_delta.additional_properties = d
        return chat_stream_tool_call_delta


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ChatStreamToolCallFunctionDelta = _LazyModel(
        globals(), "modelgates_api.models.chat_stream_tool_call_function_delta", "ChatStreamToolCallFunctionDelta"
    )
