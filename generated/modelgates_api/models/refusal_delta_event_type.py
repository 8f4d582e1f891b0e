from typing import Literal

from ..types import check_enum

RefusalDeltaEventType = Literal["response.refusal.delta"] | str

REFUSAL_DELTA_EVENT_TYPE_VALUES: set[RefusalDeltaEventType] = {
    "response.refusal.delta",
}


def check_refusal_delta_event_type(value: str) -> RefusalDeltaEventType:
    return check_enum(value, REFUSAL_DELTA_EVENT_TYPE_VALUES, "RefusalDeltaEventType")
