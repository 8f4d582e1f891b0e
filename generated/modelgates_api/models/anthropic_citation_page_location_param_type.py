from typing import Literal

AnthropicCitationPageLocationParamType = Literal["page_location"]

ANTHROPIC_CITATION_PAGE_LOCATION_PARAM_TYPE_VALUES: set[
    AnthropicCitationPageLocationParamType
] = {
    "page_location",
}


def check_anthropic_citation_page_location_param_type(
    value: str,
) -> AnthropicCitationPageLocationParamType:
    if value in ANTHROPIC_CITATION_PAGE_LOCATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CITATION_PAGE_LOCATION_PARAM_TYPE_VALUES!r}"
    )
