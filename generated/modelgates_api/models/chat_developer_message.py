from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_developer_message_role import (
    ChatDeveloperMessageRole,
    check_chat_developer_message_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_content_text import ChatContentText


T = TypeVar("T", bound="ChatDeveloperMessage")


@_attrs_define
class ChatDeveloperMessage:
    """A developer message (instructions for the model, for models that distinguish them from system messages).

    Attributes:
        role (ChatDeveloperMessageRole):
        content (list[ChatContentText] | str):
        name (str | Unset): Optional name of the participant.
    """

    role: ChatDeveloperMessageRole
    content: list[ChatContentText] | str
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_content_text import ChatContentText

        d = dict(src_dict)
        role = check_chat_developer_message_role(d.pop("role"))

        def _parse_content(data: object) -> list[ChatContentText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatContentText.from_dict(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatContentText] | str, data)

        content = _parse_content(d.pop("content"))

        name = d.pop("name", UNSET)

        chat_developer_message = cls(
            role=role,
            content=content,
            name=name,
        )

        return chat_developer_message
