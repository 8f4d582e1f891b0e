from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_content_file_type import (
    ChatContentFileType,
    check_chat_content_file_type,
)

if TYPE_CHECKING:
    from ..models.chat_file_data import ChatFileData


T = TypeVar("T", bound="ChatContentFile")


@_attrs_define
class ChatContentFile:
    """A file content part (e.g. a PDF).

    Attributes:
        type_ (ChatContentFileType):
        file (ChatFileData): Inline file input.
    """

    type_: ChatContentFileType
    file: ChatFileData

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        file = self.file.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_file_data import ChatFileData

        d = dict(src_dict)
        type_ = check_chat_content_file_type(d.pop("type"))

        file = ChatFileData.from_dict(d.pop("file"))

        chat_content_file = cls(
            type_=type_,
            file=file,
        )

        return chat_content_file
