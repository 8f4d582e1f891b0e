from typing import Literal

from ..types import check_enum

DebugEventType = Literal["response.debug"] | str

DEBUG_EVENT_TYPE_VALUES: set[DebugEventType] = {
    "response.debug",
}


def check_debug_event_type(value: str) -> DebugEventType:
    return check_enum(value, DEBUG_EVENT_TYPE_VALUES, "DebugEventType")
