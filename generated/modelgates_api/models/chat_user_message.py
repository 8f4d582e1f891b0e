from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_user_message_role import (
    ChatUserMessageRole,
    check_chat_user_message_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo


T = TypeVar("T", bound="ChatUserMessage")


@_attrs_define
class ChatUserMessage:
    """A user message; content is a string or a list of text, image, audio, file or video parts.

    Attributes:
        role (ChatUserMessageRole):
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo] |
            str):
        name (str | Unset): Optional name of the participant.
    """

    role: ChatUserMessageRole
    content: (
        list[
            ChatContentAudio
            | ChatContentFile
            | ChatContentImage
            | ChatContentText
            | ChatContentVideo
        ]
        | str
    )
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_content_audio import ChatContentAudio
        from ..models.chat_content_file import ChatContentFile
        from ..models.chat_content_image import ChatContentImage
        from ..models.chat_content_text import ChatContentText

        role: str = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if (
                    isinstance(content_type_1_item_data, ChatContentText)
                    or isinstance(content_type_1_item_data, ChatContentImage)
                    or isinstance(content_type_1_item_data, ChatContentAudio)
                    or isinstance(content_type_1_item_data, ChatContentFile)
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
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
        from ..models.chat_content_audio import ChatContentAudio
        from ..models.chat_content_file import ChatContentFile
        from ..models.chat_content_image import ChatContentImage
        from ..models.chat_content_text import ChatContentText
        from ..models.chat_content_video import ChatContentVideo

        d = dict(src_dict)
        role = check_chat_user_message_role(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                ChatContentAudio
                | ChatContentFile
                | ChatContentImage
                | ChatContentText
                | ChatContentVideo
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        ChatContentAudio
                        | ChatContentFile
                        | ChatContentImage
                        | ChatContentText
                        | ChatContentVideo
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_part_type_0 = (
                                ChatContentText.from_dict(data)
                            )

                            return componentsschemas_chat_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_part_type_1 = (
                                ChatContentImage.from_dict(data)
                            )

                            return componentsschemas_chat_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_part_type_2 = (
                                ChatContentAudio.from_dict(data)
                            )

                            return componentsschemas_chat_content_part_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_part_type_3 = (
                                ChatContentFile.from_dict(data)
                            )

                            return componentsschemas_chat_content_part_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_content_part_type_4 = (
                            ChatContentVideo.from_dict(data)
                        )

                        return componentsschemas_chat_content_part_type_4

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ChatContentAudio
                    | ChatContentFile
                    | ChatContentImage
                    | ChatContentText
                    | ChatContentVideo
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        name = d.pop("name", UNSET)

        chat_user_message = cls(
            role=role,
            content=content,
            name=name,
        )

        return chat_user_message
