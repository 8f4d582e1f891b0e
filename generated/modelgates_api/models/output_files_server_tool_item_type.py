from typing import Literal

from ..types import check_enum

OutputFilesServerToolItemType = Literal["openrouter:files"] | str

OUTPUT_FILES_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputFilesServerToolItemType] = {
    "openrouter:files",
}


def check_output_files_server_tool_item_type(value: str) -> OutputFilesServerToolItemType:
    return check_enum(value, OUTPUT_FILES_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputFilesServerToolItemType")
