from typing import Literal

from ..types import check_enum

CreatedEventType = Literal["response.created"] | str

CREATED_EVENT_TYPE_VALUES: set[CreatedEventType] = {
    "response.created",
}


def check_created_event_type(value: str) -> CreatedEventType:
    return check_enum(value, CREATED_EVENT_TYPE_VALUES, "CreatedEventType")
