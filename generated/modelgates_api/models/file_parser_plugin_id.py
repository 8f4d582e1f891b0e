from typing import Literal

from ..types import check_enum

FileParserPluginId = Literal["file-parser"] | str

FILE_PARSER_PLUGIN_ID_VALUES: set[FileParserPluginId] = {
    "file-parser",
}


def check_file_parser_plugin_id(value: str) -> FileParserPluginId:
    return check_enum(value, FILE_PARSER_PLUGIN_ID_VALUES, "FileParserPluginId")
