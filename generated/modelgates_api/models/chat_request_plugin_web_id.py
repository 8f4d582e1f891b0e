from typing import Literal

ChatRequestPluginWebId = Literal["web"]

CHAT_REQUEST_PLUGIN_WEB_ID_VALUES: set[ChatRequestPluginWebId] = {
    "web",
}


def check_chat_request_plugin_web_id(value: str) -> ChatRequestPluginWebId:
    if value in CHAT_REQUEST_PLUGIN_WEB_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_PLUGIN_WEB_ID_VALUES!r}"
    )
