from typing import Literal

OutputShellServerToolItemType = Literal["openrouter:shell"]

OUTPUT_SHELL_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputShellServerToolItemType] = {
    "openrouter:shell",
}


def check_output_shell_server_tool_item_type(
    value: str,
) -> OutputShellServerToolItemType:
    if value in OUTPUT_SHELL_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_SHELL_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
