from typing import Literal

ChatFinishReason = Literal["content_filter", "error", "length", "stop", "tool_calls"]

CHAT_FINISH_REASON_VALUES: set[ChatFinishReason] = {
    "content_filter",
    "error",
    "length",
    "stop",
    "tool_calls",
}


def check_chat_finish_reason(value: str) -> ChatFinishReason:
    if value in CHAT_FINISH_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_FINISH_REASON_VALUES!r}"
    )
