from typing import Literal

AnthropicCitationContentBlockLocationParamType = Literal["content_block_location"]

ANTHROPIC_CITATION_CONTENT_BLOCK_LOCATION_PARAM_TYPE_VALUES: set[
    AnthropicCitationContentBlockLocationParamType
] = {
    "content_block_location",
}


def check_anthropic_citation_content_block_location_param_type(
    value: str,
) -> AnthropicCitationContentBlockLocationParamType:
    if value in ANTHROPIC_CITATION_CONTENT_BLOCK_LOCATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CITATION_CONTENT_BLOCK_LOCATION_PARAM_TYPE_VALUES!r}"
    )
