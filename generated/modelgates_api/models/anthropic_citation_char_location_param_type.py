from typing import Literal

from ..types import check_enum

AnthropicCitationCharLocationParamType = Literal["char_location"] | str

ANTHROPIC_CITATION_CHAR_LOCATION_PARAM_TYPE_VALUES: set[AnthropicCitationCharLocationParamType] = {
    "char_location",
}


def check_anthropic_citation_char_location_param_type(value: str) -> AnthropicCitationCharLocationParamType:
    return check_enum(
        value, ANTHROPIC_CITATION_CHAR_LOCATION_PARAM_TYPE_VALUES, "AnthropicCitationCharLocationParamType"
    )
