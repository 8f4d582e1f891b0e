from typing import Literal

from ..types import check_enum

OutputCodeInterpreterServerToolItemType = Literal["openrouter:code_interpreter"] | str

OUTPUT_CODE_INTERPRETER_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputCodeInterpreterServerToolItemType] = {
    "openrouter:code_interpreter",
}


def check_output_code_interpreter_server_tool_item_type(value: str) -> OutputCodeInterpreterServerToolItemType:
    return check_enum(
        value, OUTPUT_CODE_INTERPRETER_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputCodeInterpreterServerToolItemType"
    )
