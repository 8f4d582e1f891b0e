from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_developer_message_role import ChatDeveloperMessageRole, check_chat_developer_message_role
from ..types import (
    CLOSED,
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.chat_content_text import ChatContentText
else:
    ChatContentText = _LazyModel(globals(), "chat_content_text", "ChatContentText")


@_attrs_define(repr=False, eq=False)
class ChatDeveloperMessage(_ModelBase):
    """A developer message (instructions for the model, for models that distinguish them from system messages).

    Attributes:
        name (str | Unset): Optional name of the participant.
    """

    role: ChatDeveloperMessageRole
    content: list[ChatContentText] | str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("role", check_chat_developer_message_role),
        (
            "content",
            _union_field(
                (("list[ChatContentText]", _guarded((list,), _list_field(_model_field(ChatContentText)))),),
                plain=(str,),
            ),
        ),
    )
    _optional_ = ("name",)
    _extras_ = CLOSED
