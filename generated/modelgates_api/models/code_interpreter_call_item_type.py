from typing import Literal

from ..types import check_enum

CodeInterpreterCallItemType = Literal["code_interpreter_call"] | str

CODE_INTERPRETER_CALL_ITEM_TYPE_VALUES: set[CodeInterpreterCallItemType] = {
    "code_interpreter_call",
}


def check_code_interpreter_call_item_type(value: str) -> CodeInterpreterCallItemType:
    return check_enum(value, CODE_INTERPRETER_CALL_ITEM_TYPE_VALUES, "CodeInterpreterCallItemType")
