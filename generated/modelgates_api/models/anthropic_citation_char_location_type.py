from typing import Literal

from ..types import check_enum

AnthropicCitationCharLocationType = Literal["char_location"] | str

ANTHROPIC_CITATION_CHAR_LOCATION_TYPE_VALUES: set[AnthropicCitationCharLocationType] = {
    "char_location",
}


def check_anthropic_citation_char_location_type(value: str) -> AnthropicCitationCharLocationType:
    return check_enum(value, ANTHROPIC_CITATION_CHAR_LOCATION_TYPE_VALUES, "AnthropicCitationCharLocationType")
