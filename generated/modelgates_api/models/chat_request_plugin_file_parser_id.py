from typing import Literal

from ..types import check_enum

ChatRequestPluginFileParserId = Literal["file-parser"] | str

CHAT_REQUEST_PLUGIN_FILE_PARSER_ID_VALUES: set[ChatRequestPluginFileParserId] = {
    "file-parser",
}


def check_chat_request_plugin_file_parser_id(value: str) -> ChatRequestPluginFileParserId:
    return check_enum(value, CHAT_REQUEST_PLUGIN_FILE_PARSER_ID_VALUES, "ChatRequestPluginFileParserId")
