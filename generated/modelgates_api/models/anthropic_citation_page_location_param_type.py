from typing import Literal

from ..types import check_enum

AnthropicCitationPageLocationParamType = Literal["page_location"] | str

ANTHROPIC_CITATION_PAGE_LOCATION_PARAM_TYPE_VALUES: set[AnthropicCitationPageLocationParamType] = {
    "page_location",
}


def check_anthropic_citation_page_location_param_type(value: str) -> AnthropicCitationPageLocationParamType:
    return check_enum(
        value, ANTHROPIC_CITATION_PAGE_LOCATION_PARAM_TYPE_VALUES, "AnthropicCitationPageLocationParamType"
    )
