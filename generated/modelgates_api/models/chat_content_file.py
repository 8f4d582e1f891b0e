from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_content_file_type import ChatContentFileType, check_chat_content_file_type
from ..types import CLOSED, LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.chat_file_data import ChatFileData
else:
    ChatFileData = _LazyModel(globals(), "chat_file_data", "ChatFileData")


@_attrs_define(repr=False, eq=False)
class ChatContentFile(_ModelBase):
    """A file content part (e.g. a PDF).

    Attributes:
        file (ChatFileData): Inline file input.
    """

    type_: ChatContentFileType
    file: ChatFileData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_chat_content_file_type, "type_"),
        ("file", _model_field(ChatFileData)),
    )
    _extras_ = CLOSED
