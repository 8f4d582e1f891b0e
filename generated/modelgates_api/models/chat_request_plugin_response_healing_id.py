from typing import Literal

ChatRequestPluginResponseHealingId = Literal["response-healing"]

CHAT_REQUEST_PLUGIN_RESPONSE_HEALING_ID_VALUES: set[
    ChatRequestPluginResponseHealingId
] = {
    "response-healing",
}


def check_chat_request_plugin_response_healing_id(
    value: str,
) -> ChatRequestPluginResponseHealingId:
    if value in CHAT_REQUEST_PLUGIN_RESPONSE_HEALING_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_PLUGIN_RESPONSE_HEALING_ID_VALUES!r}"
    )
