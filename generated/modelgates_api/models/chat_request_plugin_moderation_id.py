from typing import Literal

ChatRequestPluginModerationId = Literal["moderation"]

CHAT_REQUEST_PLUGIN_MODERATION_ID_VALUES: set[ChatRequestPluginModerationId] = {
    "moderation",
}


def check_chat_request_plugin_moderation_id(
    value: str,
) -> ChatRequestPluginModerationId:
    if value in CHAT_REQUEST_PLUGIN_MODERATION_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_PLUGIN_MODERATION_ID_VALUES!r}"
    )
