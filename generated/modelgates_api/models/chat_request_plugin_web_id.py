from typing import Literal

from ..types import check_enum

ChatRequestPluginWebId = Literal["web"] | str

CHAT_REQUEST_PLUGIN_WEB_ID_VALUES: set[ChatRequestPluginWebId] = {
    "web",
}


def check_chat_request_plugin_web_id(value: str) -> ChatRequestPluginWebId:
    return check_enum(value, CHAT_REQUEST_PLUGIN_WEB_ID_VALUES, "ChatRequestPluginWebId")
