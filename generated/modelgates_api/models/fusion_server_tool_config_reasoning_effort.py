from typing import Literal

from ..types import check_enum

FusionServerToolConfigReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str

FUSION_SERVER_TOOL_CONFIG_REASONING_EFFORT_VALUES: set[FusionServerToolConfigReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_fusion_server_tool_config_reasoning_effort(value: str) -> FusionServerToolConfigReasoningEffort:
    return check_enum(value, FUSION_SERVER_TOOL_CONFIG_REASONING_EFFORT_VALUES, "FusionServerToolConfigReasoningEffort")
