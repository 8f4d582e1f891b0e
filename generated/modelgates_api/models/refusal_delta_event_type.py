from typing import Literal

RefusalDeltaEventType = Literal["response.refusal.delta"]

REFUSAL_DELTA_EVENT_TYPE_VALUES: set[RefusalDeltaEventType] = {
    "response.refusal.delta",
}


def check_refusal_delta_event_type(value: str) -> RefusalDeltaEventType:
    if value in REFUSAL_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFUSAL_DELTA_EVENT_TYPE_VALUES!r}"
    )
