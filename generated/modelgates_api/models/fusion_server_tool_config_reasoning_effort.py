from typing import Literal

FusionServerToolConfigReasoningEffort = Literal[
    "high", "low", "max", "medium", "minimal", "none", "xhigh"
]

FUSION_SERVER_TOOL_CONFIG_REASONING_EFFORT_VALUES: set[
    FusionServerToolConfigReasoningEffort
] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_fusion_server_tool_config_reasoning_effort(
    value: str,
) -> FusionServerToolConfigReasoningEffort:
    if value in FUSION_SERVER_TOOL_CONFIG_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_SERVER_TOOL_CONFIG_REASONING_EFFORT_VALUES!r}"
    )
