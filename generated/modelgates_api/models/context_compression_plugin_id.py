from typing import Literal

ContextCompressionPluginId = Literal["context-compression"]

CONTEXT_COMPRESSION_PLUGIN_ID_VALUES: set[ContextCompressionPluginId] = {
    "context-compression",
}


def check_context_compression_plugin_id(value: str) -> ContextCompressionPluginId:
    if value in CONTEXT_COMPRESSION_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTEXT_COMPRESSION_PLUGIN_ID_VALUES!r}"
    )
