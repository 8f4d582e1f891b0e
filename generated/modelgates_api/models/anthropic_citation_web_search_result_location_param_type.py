from typing import Literal

AnthropicCitationWebSearchResultLocationParamType = Literal[
    "web_search_result_location"
]

ANTHROPIC_CITATION_WEB_SEARCH_RESULT_LOCATION_PARAM_TYPE_VALUES: set[
    AnthropicCitationWebSearchResultLocationParamType
] = {
    "web_search_result_location",
}


def check_anthropic_citation_web_search_result_location_param_type(
    value: str,
) -> AnthropicCitationWebSearchResultLocationParamType:
    if value in ANTHROPIC_CITATION_WEB_SEARCH_RESULT_LOCATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CITATION_WEB_SEARCH_RESULT_LOCATION_PARAM_TYPE_VALUES!r}"
    )
