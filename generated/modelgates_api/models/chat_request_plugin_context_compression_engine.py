from typing import Literal

from ..types import check_enum

ChatRequestPluginContextCompressionEngine = Literal["middle-out"] | str

CHAT_REQUEST_PLUGIN_CONTEXT_COMPRESSION_ENGINE_VALUES: set[ChatRequestPluginContextCompressionEngine] = {
    "middle-out",
}


def check_chat_request_plugin_context_compression_engine(value: str) -> ChatRequestPluginContextCompressionEngine:
    return check_enum(
        value, CHAT_REQUEST_PLUGIN_CONTEXT_COMPRESSION_ENGINE_VALUES, "ChatRequestPluginContextCompressionEngine"
    )
