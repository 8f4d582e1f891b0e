from typing import Literal

from ..types import check_enum

IncompleteEventType = Literal["response.incomplete"] | str

INCOMPLETE_EVENT_TYPE_VALUES: set[IncompleteEventType] = {
    "response.incomplete",
}


def check_incomplete_event_type(value: str) -> IncompleteEventType:
    return check_enum(value, INCOMPLETE_EVENT_TYPE_VALUES, "IncompleteEventType")
