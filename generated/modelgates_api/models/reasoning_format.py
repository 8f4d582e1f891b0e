from typing import Literal

ReasoningFormat = Literal[
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
    if value in REASONING_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_FORMAT_VALUES!r}"
    )
