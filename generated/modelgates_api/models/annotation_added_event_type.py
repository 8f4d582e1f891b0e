from typing import Literal

AnnotationAddedEventType = Literal["response.output_text.annotation.added"]

ANNOTATION_ADDED_EVENT_TYPE_VALUES: set[AnnotationAddedEventType] = {
    "response.output_text.annotation.added",
}


def check_annotation_added_event_type(value: str) -> AnnotationAddedEventType:
    if value in ANNOTATION_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_ADDED_EVENT_TYPE_VALUES!r}"
    )
