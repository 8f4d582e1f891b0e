from typing import Literal

from ..types import check_enum

BaseRefusalDeltaEventType = Literal["response.refusal.delta"] | str

BASE_REFUSAL_DELTA_EVENT_TYPE_VALUES: set[BaseRefusalDeltaEventType] = {
    "response.refusal.delta",
}


def check_base_refusal_delta_event_type(value: str) -> BaseRefusalDeltaEventType:
    return check_enum(value, BASE_REFUSAL_DELTA_EVENT_TYPE_VALUES, "BaseRefusalDeltaEventType")
