from typing import Literal

OutputMessageItemPhaseType0 = Literal["commentary"]

OUTPUT_MESSAGE_ITEM_PHASE_TYPE_0_VALUES: set[OutputMessageItemPhaseType0] = {
    "commentary",
}


def check_output_message_item_phase_type_0(value: str) -> OutputMessageItemPhaseType0:
    if value in OUTPUT_MESSAGE_ITEM_PHASE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_ITEM_PHASE_TYPE_0_VALUES!r}"
    )
