from typing import Literal

from ..types import check_enum

ReasoningFormat = (
    Literal[
        "anthropic-claude-v1",
        "azure-openai-responses-v1",
        "bedrock-openai-responses-v1",
        "bedrock-xai-responses-v1",
        "google-gemini-v1",
        "meta-responses-v1",
        "openai-responses-v1",
        "unknown",
        "xai-responses-v1",
    ]
    | str
)

REASONING_FORMAT_VALUES: set[ReasoningFormat] = {
    "anthropic-claude-v1",
    "azure-openai-responses-v1",
    "bedrock-openai-responses-v1",
    "bedrock-xai-responses-v1",
    "google-gemini-v1",
    "meta-responses-v1",
    "openai-responses-v1",
    "unknown",
    "xai-responses-v1",
}


def check_reasoning_format(value: str) -> ReasoningFormat:
    return check_enum(value, REASONING_FORMAT_VALUES, "ReasoningFormat")
