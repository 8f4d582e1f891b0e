from typing import Literal

from ..types import check_enum

ChatRequestPluginModerationId = Literal["moderation"] | str

CHAT_REQUEST_PLUGIN_MODERATION_ID_VALUES: set[ChatRequestPluginModerationId] = {
    "moderation",
}


def check_chat_request_plugin_moderation_id(value: str) -> ChatRequestPluginModerationId:
    return check_enum(value, CHAT_REQUEST_PLUGIN_MODERATION_ID_VALUES, "ChatRequestPluginModerationId")
