from typing import Literal

OutputCodeInterpreterCallItemType = Literal["code_interpreter_call"]

OUTPUT_CODE_INTERPRETER_CALL_ITEM_TYPE_VALUES: set[
    OutputCodeInterpreterCallItemType
] = {
    "code_interpreter_call",
}


def check_output_code_interpreter_call_item_type(
    value: str,
) -> OutputCodeInterpreterCallItemType:
    if value in OUTPUT_CODE_INTERPRETER_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_CODE_INTERPRETER_CALL_ITEM_TYPE_VALUES!r}"
    )
