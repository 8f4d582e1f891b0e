from typing import Literal

DebugEventDebugTimingsEvent = Literal[
    "adapter_request",
    "first_token_received",
    "upstream_body_ended",
    "upstream_headers_received",
]

DEBUG_EVENT_DEBUG_TIMINGS_EVENT_VALUES: set[DebugEventDebugTimingsEvent] = {
    "adapter_request",
    "first_token_received",
    "upstream_body_ended",
    "upstream_headers_received",
}


def check_debug_event_debug_timings_event(value: str) -> DebugEventDebugTimingsEvent:
    if value in DEBUG_EVENT_DEBUG_TIMINGS_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEBUG_EVENT_DEBUG_TIMINGS_EVENT_VALUES!r}"
    )
