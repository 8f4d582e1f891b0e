from typing import Literal

from ..types import check_enum

OpenResponsesCreatedEventType = Literal["response.created"] | str

OPEN_RESPONSES_CREATED_EVENT_TYPE_VALUES: set[OpenResponsesCreatedEventType] = {
    "response.created",
}


def check_open_responses_created_event_type(value: str) -> OpenResponsesCreatedEventType:
    return check_enum(value, OPEN_RESPONSES_CREATED_EVENT_TYPE_VALUES, "OpenResponsesCreatedEventType")
