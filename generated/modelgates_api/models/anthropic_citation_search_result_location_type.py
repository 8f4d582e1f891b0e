from typing import Literal

from ..types import check_enum

AnthropicCitationSearchResultLocationType = Literal["search_result_location"] | str

ANTHROPIC_CITATION_SEARCH_RESULT_LOCATION_TYPE_VALUES: set[AnthropicCitationSearchResultLocationType] = {
    "search_result_location",
}


def check_anthropic_citation_search_result_location_type(value: str) -> AnthropicCitationSearchResultLocationType:
    return check_enum(
        value, ANTHROPIC_CITATION_SEARCH_RESULT_LOCATION_TYPE_VALUES, "AnthropicCitationSearchResultLocationType"
    )
