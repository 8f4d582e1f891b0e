from typing import Literal

ChatRequestPluginContextCompressionId = Literal["context-compression"]

CHAT_REQUEST_PLUGIN_CONTEXT_COMPRESSION_ID_VALUES: set[
    ChatRequestPluginContextCompressionId
] = {
    "context-compression",
}


def check_chat_request_plugin_context_compression_id(
    value: str,
) -> ChatRequestPluginContextCompressionId:
    if value in CHAT_REQUEST_PLUGIN_CONTEXT_COMPRESSION_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_PLUGIN_CONTEXT_COMPRESSION_ID_VALUES!r}"
    )
