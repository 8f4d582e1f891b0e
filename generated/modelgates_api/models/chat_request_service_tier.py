from typing import Literal

from ..types import check_enum

ChatRequestServiceTier = Literal["auto", "default", "flex", "priority", "scale"] | str

CHAT_REQUEST_SERVICE_TIER_VALUES: set[ChatRequestServiceTier] = {
    "auto",
    "default",
    "flex",
    "priority",
    "scale",
}


def check_chat_request_service_tier(value: str) -> ChatRequestServiceTier:
    return check_enum(value, CHAT_REQUEST_SERVICE_TIER_VALUES, "ChatRequestServiceTier")
