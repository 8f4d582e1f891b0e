from typing import Literal

from ..types import check_enum

BaseContentPartDoneEventType = Literal["response.content_part.done"] | str

BASE_CONTENT_PART_DONE_EVENT_TYPE_VALUES: set[BaseContentPartDoneEventType] = {
    "response.content_part.done",
}


def check_base_content_part_done_event_type(value: str) -> BaseContentPartDoneEventType:
    return check_enum(value, BASE_CONTENT_PART_DONE_EVENT_TYPE_VALUES, "BaseContentPartDoneEventType")
