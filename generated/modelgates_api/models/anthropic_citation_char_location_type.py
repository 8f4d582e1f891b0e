from typing import Literal

AnthropicCitationCharLocationType = Literal["char_location"]

ANTHROPIC_CITATION_CHAR_LOCATION_TYPE_VALUES: set[AnthropicCitationCharLocationType] = {
    "char_location",
}


def check_anthropic_citation_char_location_type(
    value: str,
) -> AnthropicCitationCharLocationType:
    if value in ANTHROPIC_CITATION_CHAR_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CITATION_CHAR_LOCATION_TYPE_VALUES!r}"
    )
