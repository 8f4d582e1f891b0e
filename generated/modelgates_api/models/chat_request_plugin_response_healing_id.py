from typing import Literal

from ..types import check_enum

ChatRequestPluginResponseHealingId = Literal["response-healing"] | str

CHAT_REQUEST_PLUGIN_RESPONSE_HEALING_ID_VALUES: set[ChatRequestPluginResponseHealingId] = {
    "response-healing",
}


def check_chat_request_plugin_response_healing_id(value: str) -> ChatRequestPluginResponseHealingId:
    return check_enum(value, CHAT_REQUEST_PLUGIN_RESPONSE_HEALING_ID_VALUES, "ChatRequestPluginResponseHealingId")
