from typing import Literal

from ..types import check_enum

DebugEventDebugTimingsEvent = (
    Literal["adapter_request", "first_token_received", "upstream_body_ended", "upstream_headers_received"] | str
)

DEBUG_EVENT_DEBUG_TIMINGS_EVENT_VALUES: set[DebugEventDebugTimingsEvent] = {
    "adapter_request",
    "first_token_received",
    "upstream_body_ended",
    "upstream_headers_received",
}


def check_debug_event_debug_timings_event(value: str) -> DebugEventDebugTimingsEvent:
    return check_enum(value, DEBUG_EVENT_DEBUG_TIMINGS_EVENT_VALUES, "DebugEventDebugTimingsEvent")
