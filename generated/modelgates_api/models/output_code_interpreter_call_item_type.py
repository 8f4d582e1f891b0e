from typing import Literal

from ..types import check_enum

OutputCodeInterpreterCallItemType = Literal["code_interpreter_call"] | str

OUTPUT_CODE_INTERPRETER_CALL_ITEM_TYPE_VALUES: set[OutputCodeInterpreterCallItemType] = {
    "code_interpreter_call",
}


def check_output_code_interpreter_call_item_type(value: str) -> OutputCodeInterpreterCallItemType:
    return check_enum(value, OUTPUT_CODE_INTERPRETER_CALL_ITEM_TYPE_VALUES, "OutputCodeInterpreterCallItemType")
