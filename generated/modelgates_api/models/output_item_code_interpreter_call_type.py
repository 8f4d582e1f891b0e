from typing import Literal

from ..types import check_enum

OutputItemCodeInterpreterCallType = Literal["code_interpreter_call"] | str

OUTPUT_ITEM_CODE_INTERPRETER_CALL_TYPE_VALUES: set[OutputItemCodeInterpreterCallType] = {
    "code_interpreter_call",
}


def check_output_item_code_interpreter_call_type(value: str) -> OutputItemCodeInterpreterCallType:
    return check_enum(value, OUTPUT_ITEM_CODE_INTERPRETER_CALL_TYPE_VALUES, "OutputItemCodeInterpreterCallType")
