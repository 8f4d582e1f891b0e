from typing import Literal

from ..types import check_enum

OutputMessageItemPhaseType0 = Literal["commentary"] | str

OUTPUT_MESSAGE_ITEM_PHASE_TYPE_0_VALUES: set[OutputMessageItemPhaseType0] = {
    "commentary",
}


def check_output_message_item_phase_type_0(value: str) -> OutputMessageItemPhaseType0:
    return check_enum(value, OUTPUT_MESSAGE_ITEM_PHASE_TYPE_0_VALUES, "OutputMessageItemPhaseType0")
