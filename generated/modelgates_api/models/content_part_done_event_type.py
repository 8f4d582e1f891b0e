from typing import Literal

ContentPartDoneEventType = Literal["response.content_part.done"]

CONTENT_PART_DONE_EVENT_TYPE_VALUES: set[ContentPartDoneEventType] = {
    "response.content_part.done",
}


def check_content_part_done_event_type(value: str) -> ContentPartDoneEventType:
    if value in CONTENT_PART_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_PART_DONE_EVENT_TYPE_VALUES!r}"
    )
