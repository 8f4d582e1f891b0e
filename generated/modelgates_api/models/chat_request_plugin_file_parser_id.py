from typing import Literal

ChatRequestPluginFileParserId = Literal["file-parser"]

CHAT_REQUEST_PLUGIN_FILE_PARSER_ID_VALUES: set[ChatRequestPluginFileParserId] = {
    "file-parser",
}


def check_chat_request_plugin_file_parser_id(
    value: str,
) -> ChatRequestPluginFileParserId:
    if value in CHAT_REQUEST_PLUGIN_FILE_PARSER_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_PLUGIN_FILE_PARSER_ID_VALUES!r}"
    )
