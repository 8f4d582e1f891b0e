from typing import Literal

EasyInputMessagePhaseType0 = Literal["commentary"]

EASY_INPUT_MESSAGE_PHASE_TYPE_0_VALUES: set[EasyInputMessagePhaseType0] = {
    "commentary",
}


def check_easy_input_message_phase_type_0(value: str) -> EasyInputMessagePhaseType0:
    if value in EASY_INPUT_MESSAGE_PHASE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_INPUT_MESSAGE_PHASE_TYPE_0_VALUES!r}"
    )
