from typing import Literal

ORAnthropicStopReason = Literal[
    "compaction",
    "end_turn",
    "max_tokens",
    "model_context_window_exceeded",
    "pause_turn",
    "refusal",
    "stop_sequence",
    "tool_use",
]

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
    if value in OR_ANTHROPIC_STOP_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OR_ANTHROPIC_STOP_REASON_VALUES!r}"
    )
