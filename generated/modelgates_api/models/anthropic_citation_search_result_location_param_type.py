from typing import Literal

from ..types import check_enum

AnthropicCitationSearchResultLocationParamType = Literal["search_result_location"] | str

ANTHROPIC_CITATION_SEARCH_RESULT_LOCATION_PARAM_TYPE_VALUES: set[AnthropicCitationSearchResultLocationParamType] = {
    "search_result_location",
}


def check_anthropic_citation_search_result_location_param_type(
    value: str,
) -> AnthropicCitationSearchResultLocationParamType:
    return check_enum(
        value,
        ANTHROPIC_CITATION_SEARCH_RESULT_LOCATION_PARAM_TYPE_VALUES,
        "AnthropicCitationSearchResultLocationParamType",
    )
