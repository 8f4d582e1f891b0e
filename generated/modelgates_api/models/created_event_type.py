from typing import Literal

CreatedEventType = Literal["response.created"]

CREATED_EVENT_TYPE_VALUES: set[CreatedEventType] = {
    "response.created",
}


def check_created_event_type(value: str) -> CreatedEventType:
    if value in CREATED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATED_EVENT_TYPE_VALUES!r}"
    )
