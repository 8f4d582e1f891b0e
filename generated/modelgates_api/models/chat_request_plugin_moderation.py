from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_request_plugin_moderation_id import (
    ChatRequestPluginModerationId,
    check_chat_request_plugin_moderation_id,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatRequestPluginModeration")


@_attrs_define
class ChatRequestPluginModeration:
    """Moderation plugin.

    Attributes:
        id (ChatRequestPluginModerationId):
        enabled (bool | Unset): Set to false to disable the plugin for this request.
    """

    id: ChatRequestPluginModerationId
    enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = check_chat_request_plugin_moderation_id(d.pop("id"))

        enabled = d.pop("enabled", UNSET)

        chat_request_plugin_moderation = cls(
            id=id,
            enabled=enabled,
        )

        return chat_request_plugin_moderation
