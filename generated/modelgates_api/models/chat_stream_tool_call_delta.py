from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.chat_stream_tool_call_function_delta import ChatStreamToolCallFunctionDelta
else:
    ChatStreamToolCallFunctionDelta = _LazyModel(
        globals(), "chat_stream_tool_call_function_delta", "ChatStreamToolCallFunctionDelta"
    )


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

    _required_ = ("index",)
    _optional_ = (
        "id",
        ("type", None, "type_"),
        ("function", _model_field(ChatStreamToolCallFunctionDelta)),
    )
