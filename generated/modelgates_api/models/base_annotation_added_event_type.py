from typing import Literal

from ..types import check_enum

BaseAnnotationAddedEventType = Literal["response.output_text.annotation.added"] | str

BASE_ANNOTATION_ADDED_EVENT_TYPE_VALUES: set[BaseAnnotationAddedEventType] = {
    "response.output_text.annotation.added",
}


def check_base_annotation_added_event_type(value: str) -> BaseAnnotationAddedEventType:
    return check_enum(value, BASE_ANNOTATION_ADDED_EVENT_TYPE_VALUES, "BaseAnnotationAddedEventType")
