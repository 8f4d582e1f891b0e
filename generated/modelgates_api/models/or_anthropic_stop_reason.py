from typing import Literal

from ..types import check_enum

ORAnthropicStopReason = (
    Literal[
        "compaction",
        "end_turn",
        "max_tokens",
        "model_context_window_exceeded",
        "pause_turn",
        "refusal",
        "stop_sequence",
        "tool_use",
    ]
    | str
)

OR_ANTHROPIC_STOP_REASON_VALUES: set[ORAnthropicStopReason] = {
    "compaction",
    "end_turn",
    "max_tokens",
    "model_context_window_exceeded",
    "pause_turn",
    "refusal",
    "stop_sequence",
    "tool_use",
}


def check_or_anthropic_stop_reason(value: str) -> ORAnthropicStopReason:
    return check_enum(value, OR_ANTHROPIC_STOP_REASON_VALUES, "ORAnthropicStopReason")
