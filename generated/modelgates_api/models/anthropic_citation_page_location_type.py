from typing import Literal

AnthropicCitationPageLocationType = Literal["page_location"]

ANTHROPIC_CITATION_PAGE_LOCATION_TYPE_VALUES: set[AnthropicCitationPageLocationType] = {
    "page_location",
}


def check_anthropic_citation_page_location_type(
    value: str,
) -> AnthropicCitationPageLocationType:
    if value in ANTHROPIC_CITATION_PAGE_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CITATION_PAGE_LOCATION_TYPE_VALUES!r}"
    )
