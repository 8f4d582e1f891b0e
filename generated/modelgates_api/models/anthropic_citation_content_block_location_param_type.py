from typing import Literal

from ..types import check_enum

AnthropicCitationContentBlockLocationParamType = Literal["content_block_location"] | str

ANTHROPIC_CITATION_CONTENT_BLOCK_LOCATION_PARAM_TYPE_VALUES: set[AnthropicCitationContentBlockLocationParamType] = {
    "content_block_location",
}


def check_anthropic_citation_content_block_location_param_type(
    value: str,
) -> AnthropicCitationContentBlockLocationParamType:
    return check_enum(
        value,
        ANTHROPIC_CITATION_CONTENT_BLOCK_LOCATION_PARAM_TYPE_VALUES,
        "AnthropicCitationContentBlockLocationParamType",
    )
