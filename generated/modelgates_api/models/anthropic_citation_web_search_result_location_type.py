from typing import Literal

from ..types import check_enum

AnthropicCitationWebSearchResultLocationType = Literal["web_search_result_location"] | str

ANTHROPIC_CITATION_WEB_SEARCH_RESULT_LOCATION_TYPE_VALUES: set[AnthropicCitationWebSearchResultLocationType] = {
    "web_search_result_location",
}


def check_anthropic_citation_web_search_result_location_type(
    value: str,
) -> AnthropicCitationWebSearchResultLocationType:
    return check_enum(
        value, ANTHROPIC_CITATION_WEB_SEARCH_RESULT_LOCATION_TYPE_VALUES, "AnthropicCitationWebSearchResultLocationType"
    )
