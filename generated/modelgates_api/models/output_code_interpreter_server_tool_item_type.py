from typing import Literal

OutputCodeInterpreterServerToolItemType = Literal["openrouter:code_interpreter"]

OUTPUT_CODE_INTERPRETER_SERVER_TOOL_ITEM_TYPE_VALUES: set[
    OutputCodeInterpreterServerToolItemType
] = {
    "openrouter:code_interpreter",
}


def check_output_code_interpreter_server_tool_item_type(
    value: str,
) -> OutputCodeInterpreterServerToolItemType:
    if value in OUTPUT_CODE_INTERPRETER_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_CODE_INTERPRETER_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
