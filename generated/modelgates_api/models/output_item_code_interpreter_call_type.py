from typing import Literal

OutputItemCodeInterpreterCallType = Literal["code_interpreter_call"]

OUTPUT_ITEM_CODE_INTERPRETER_CALL_TYPE_VALUES: set[
    OutputItemCodeInterpreterCallType
] = {
    "code_interpreter_call",
}


def check_output_item_code_interpreter_call_type(
    value: str,
) -> OutputItemCodeInterpreterCallType:
    if value in OUTPUT_ITEM_CODE_INTERPRETER_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_CODE_INTERPRETER_CALL_TYPE_VALUES!r}"
    )
