from typing import Literal

from ..types import check_enum

ChatRequestPluginContextCompressionId = Literal["context-compression"] | str

CHAT_REQUEST_PLUGIN_CONTEXT_COMPRESSION_ID_VALUES: set[ChatRequestPluginContextCompressionId] = {
    "context-compression",
}


def check_chat_request_plugin_context_compression_id(value: str) -> ChatRequestPluginContextCompressionId:
    return check_enum(value, CHAT_REQUEST_PLUGIN_CONTEXT_COMPRESSION_ID_VALUES, "ChatRequestPluginContextCompressionId")
