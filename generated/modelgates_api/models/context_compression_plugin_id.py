from typing import Literal

from ..types import check_enum

ContextCompressionPluginId = Literal["context-compression"] | str

CONTEXT_COMPRESSION_PLUGIN_ID_VALUES: set[ContextCompressionPluginId] = {
    "context-compression",
}


def check_context_compression_plugin_id(value: str) -> ContextCompressionPluginId:
    return check_enum(value, CONTEXT_COMPRESSION_PLUGIN_ID_VALUES, "ContextCompressionPluginId")
