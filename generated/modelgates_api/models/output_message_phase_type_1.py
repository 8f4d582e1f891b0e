from typing import Literal

OutputMessagePhaseType1 = Literal["final_answer"]

OUTPUT_MESSAGE_PHASE_TYPE_1_VALUES: set[OutputMessagePhaseType1] = {
    "final_answer",
}


def check_output_message_phase_type_1(value: str) -> OutputMessagePhaseType1:
    if value in OUTPUT_MESSAGE_PHASE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_PHASE_TYPE_1_VALUES!r}"
    )
