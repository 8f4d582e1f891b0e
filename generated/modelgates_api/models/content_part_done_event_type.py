from typing import Literal

from ..types import check_enum

ContentPartDoneEventType = Literal["response.content_part.done"] | str

CONTENT_PART_DONE_EVENT_TYPE_VALUES: set[ContentPartDoneEventType] = {
    "response.content_part.done",
}


def check_content_part_done_event_type(value: str) -> ContentPartDoneEventType:
    return check_enum(value, CONTENT_PART_DONE_EVENT_TYPE_VALUES, "ContentPartDoneEventType")
