from typing import Literal

OutputTextEditorServerToolItemCommand = Literal[
    "create", "insert", "str_replace", "view"
]

OUTPUT_TEXT_EDITOR_SERVER_TOOL_ITEM_COMMAND_VALUES: set[
    OutputTextEditorServerToolItemCommand
] = {
    "create",
    "insert",
    "str_replace",
    "view",
}


def check_output_text_editor_server_tool_item_command(
    value: str,
) -> OutputTextEditorServerToolItemCommand:
    if value in OUTPUT_TEXT_EDITOR_SERVER_TOOL_ITEM_COMMAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_TEXT_EDITOR_SERVER_TOOL_ITEM_COMMAND_VALUES!r}"
    )
