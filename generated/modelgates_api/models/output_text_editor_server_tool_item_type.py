from typing import Literal

from ..types import check_enum

OutputTextEditorServerToolItemType = Literal["openrouter:text_editor"] | str

OUTPUT_TEXT_EDITOR_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputTextEditorServerToolItemType] = {
    "openrouter:text_editor",
}


def check_output_text_editor_server_tool_item_type(value: str) -> OutputTextEditorServerToolItemType:
    return check_enum(value, OUTPUT_TEXT_EDITOR_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputTextEditorServerToolItemType")
