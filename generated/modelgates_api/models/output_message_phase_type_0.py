from typing import Literal

from ..types import check_enum

OutputMessagePhaseType0 = Literal["commentary"] | str

OUTPUT_MESSAGE_PHASE_TYPE_0_VALUES: set[OutputMessagePhaseType0] = {
    "commentary",
}


def check_output_message_phase_type_0(value: str) -> OutputMessagePhaseType0:
    return check_enum(value, OUTPUT_MESSAGE_PHASE_TYPE_0_VALUES, "OutputMessagePhaseType0")
