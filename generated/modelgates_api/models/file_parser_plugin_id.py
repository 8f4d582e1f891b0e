from typing import Literal

FileParserPluginId = Literal["file-parser"]

FILE_PARSER_PLUGIN_ID_VALUES: set[FileParserPluginId] = {
    "file-parser",
}


def check_file_parser_plugin_id(value: str) -> FileParserPluginId:
    if value in FILE_PARSER_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_PARSER_PLUGIN_ID_VALUES!r}"
    )
