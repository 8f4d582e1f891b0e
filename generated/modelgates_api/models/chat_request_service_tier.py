from typing import Literal

ChatRequestServiceTier = Literal["auto", "default", "flex", "priority", "scale"]

CHAT_REQUEST_SERVICE_TIER_VALUES: set[ChatRequestServiceTier] = {
    "auto",
    "default",
    "flex",
    "priority",
    "scale",
}


def check_chat_request_service_tier(value: str) -> ChatRequestServiceTier:
    if value in CHAT_REQUEST_SERVICE_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_SERVICE_TIER_VALUES!r}"
    )
