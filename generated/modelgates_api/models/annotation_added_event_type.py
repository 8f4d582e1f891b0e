from typing import Literal

from ..types import check_enum

AnnotationAddedEventType = Literal["response.output_text.annotation.added"] | str

ANNOTATION_ADDED_EVENT_TYPE_VALUES: set[AnnotationAddedEventType] = {
    "response.output_text.annotation.added",
}


def check_annotation_added_event_type(value: str) -> AnnotationAddedEventType:
    return check_enum(value, ANNOTATION_ADDED_EVENT_TYPE_VALUES, "AnnotationAddedEventType")
