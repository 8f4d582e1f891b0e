from typing import Literal

from ..types import check_enum

AnthropicCitationWebSearchResultLocationParamType = Literal["web_search_result_location"] | str

ANTHROPIC_CITATION_WEB_SEARCH_RESULT_LOCATION_PARAM_TYPE_VALUES: set[
    AnthropicCitationWebSearchResultLocationParamType
] = {
    "web_search_result_location",
}


def check_anthropic_citation_web_search_result_location_param_type(
    value: str,
) -> AnthropicCitationWebSearchResultLocationParamType:
    return check_enum(
        value,
        ANTHROPIC_CITATION_WEB_SEARCH_RESULT_LOCATION_PARAM_TYPE_VALUES,
        "AnthropicCitationWebSearchResultLocationParamType",
    )
