from typing import Literal

from ..types import check_enum

ChatFinishReason = Literal["content_filter", "error", "length", "stop", "tool_calls"] | str

CHAT_FINISH_REASON_VALUES: set[ChatFinishReason] = {
    "content_filter",
    "error",
    "length",
    "stop",
    "tool_calls",
}


def check_chat_finish_reason(value: str) -> ChatFinishReason:
    return check_enum(value, CHAT_FINISH_REASON_VALUES, "ChatFinishReason")
