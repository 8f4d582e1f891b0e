from typing import Literal

OutputMessageItemPhaseType1 = Literal["final_answer"]

OUTPUT_MESSAGE_ITEM_PHASE_TYPE_1_VALUES: set[OutputMessageItemPhaseType1] = {
    "final_answer",
}


def check_output_message_item_phase_type_1(value: str) -> OutputMessageItemPhaseType1:
    if value in OUTPUT_MESSAGE_ITEM_PHASE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_ITEM_PHASE_TYPE_1_VALUES!r}"
    )
