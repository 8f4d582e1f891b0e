from typing import Literal

FilesServerToolType = Literal["openrouter:files"]

FILES_SERVER_TOOL_TYPE_VALUES: set[FilesServerToolType] = {
    "openrouter:files",
}


def check_files_server_tool_type(value: str) -> FilesServerToolType:
    if value in FILES_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILES_SERVER_TOOL_TYPE_VALUES!r}"
    )
