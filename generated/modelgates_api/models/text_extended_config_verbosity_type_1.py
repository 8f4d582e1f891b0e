from typing import Literal

TextExtendedConfigVerbosityType1 = Literal["high", "low", "max", "medium", "xhigh"]

TEXT_EXTENDED_CONFIG_VERBOSITY_TYPE_1_VALUES: set[TextExtendedConfigVerbosityType1] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_text_extended_config_verbosity_type_1(
    value: str,
) -> TextExtendedConfigVerbosityType1:
    if value in TEXT_EXTENDED_CONFIG_VERBOSITY_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_EXTENDED_CONFIG_VERBOSITY_TYPE_1_VALUES!r}"
    )
