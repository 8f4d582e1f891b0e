from typing import Literal

OutputTextEditorServerToolItemType = Literal["openrouter:text_editor"]

OUTPUT_TEXT_EDITOR_SERVER_TOOL_ITEM_TYPE_VALUES: set[
    OutputTextEditorServerToolItemType
] = {
    "openrouter:text_editor",
}


def check_output_text_editor_server_tool_item_type(
    value: str,
) -> OutputTextEditorServerToolItemType:
    if value in OUTPUT_TEXT_EDITOR_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_TEXT_EDITOR_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
