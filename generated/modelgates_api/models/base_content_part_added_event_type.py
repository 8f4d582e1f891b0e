from typing import Literal

from ..types import check_enum

BaseContentPartAddedEventType = Literal["response.content_part.added"] | str

BASE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES: set[BaseContentPartAddedEventType] = {
    "response.content_part.added",
}


def check_base_content_part_added_event_type(value: str) -> BaseContentPartAddedEventType:
    return check_enum(value, BASE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES, "BaseContentPartAddedEventType")
