from typing import Literal

from ..types import check_enum

ContentPartAddedEventType = Literal["response.content_part.added"] | str

CONTENT_PART_ADDED_EVENT_TYPE_VALUES: set[ContentPartAddedEventType] = {
    "response.content_part.added",
}


def check_content_part_added_event_type(value: str) -> ContentPartAddedEventType:
    return check_enum(value, CONTENT_PART_ADDED_EVENT_TYPE_VALUES, "ContentPartAddedEventType")
