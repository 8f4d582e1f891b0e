from typing import Literal

from ..types import check_enum

OutputTextEditorServerToolItemCommand = Literal["create", "insert", "str_replace", "view"] | str

OUTPUT_TEXT_EDITOR_SERVER_TOOL_ITEM_COMMAND_VALUES: set[OutputTextEditorServerToolItemCommand] = {
    "create",
    "insert",
    "str_replace",
    "view",
}


def check_output_text_editor_server_tool_item_command(value: str) -> OutputTextEditorServerToolItemCommand:
    return check_enum(
        value, OUTPUT_TEXT_EDITOR_SERVER_TOOL_ITEM_COMMAND_VALUES, "OutputTextEditorServerToolItemCommand"
    )
