from typing import Literal

from ..types import check_enum

FilesServerToolType = Literal["openrouter:files"] | str

FILES_SERVER_TOOL_TYPE_VALUES: set[FilesServerToolType] = {
    "openrouter:files",
}


def check_files_server_tool_type(value: str) -> FilesServerToolType:
    return check_enum(value, FILES_SERVER_TOOL_TYPE_VALUES, "FilesServerToolType")
