from typing import Literal

ChatRequestPluginContextCompressionEngine = Literal["middle-out"]

CHAT_REQUEST_PLUGIN_CONTEXT_COMPRESSION_ENGINE_VALUES: set[
    ChatRequestPluginContextCompressionEngine
] = {
    "middle-out",
}


def check_chat_request_plugin_context_compression_engine(
    value: str,
) -> ChatRequestPluginContextCompressionEngine:
    if value in CHAT_REQUEST_PLUGIN_CONTEXT_COMPRESSION_ENGINE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_PLUGIN_CONTEXT_COMPRESSION_ENGINE_VALUES!r}"
    )
