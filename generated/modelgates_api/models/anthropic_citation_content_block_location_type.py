from typing import Literal

from ..types import check_enum

AnthropicCitationContentBlockLocationType = Literal["content_block_location"] | str

ANTHROPIC_CITATION_CONTENT_BLOCK_LOCATION_TYPE_VALUES: set[AnthropicCitationContentBlockLocationType] = {
    "content_block_location",
}


def check_anthropic_citation_content_block_location_type(value: str) -> AnthropicCitationContentBlockLocationType:
    return check_enum(
        value, ANTHROPIC_CITATION_CONTENT_BLOCK_LOCATION_TYPE_VALUES, "AnthropicCitationContentBlockLocationType"
    )
