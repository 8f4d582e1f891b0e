from typing import Literal

EasyInputMessagePhaseType1 = Literal["final_answer"]

EASY_INPUT_MESSAGE_PHASE_TYPE_1_VALUES: set[EasyInputMessagePhaseType1] = {
    "final_answer",
}


def check_easy_input_message_phase_type_1(value: str) -> EasyInputMessagePhaseType1:
    if value in EASY_INPUT_MESSAGE_PHASE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_INPUT_MESSAGE_PHASE_TYPE_1_VALUES!r}"
    )
