from typing import Literal

from ..types import check_enum

AnthropicCitationPageLocationType = Literal["page_location"] | str

ANTHROPIC_CITATION_PAGE_LOCATION_TYPE_VALUES: set[AnthropicCitationPageLocationType] = {
    "page_location",
}


def check_anthropic_citation_page_location_type(value: str) -> AnthropicCitationPageLocationType:
    return check_enum(value, ANTHROPIC_CITATION_PAGE_LOCATION_TYPE_VALUES, "AnthropicCitationPageLocationType")
