from typing import Literal

TextExtendedConfigVerbosityType2Type1 = Literal["high", "low", "max", "medium", "xhigh"]

TEXT_EXTENDED_CONFIG_VERBOSITY_TYPE_2_TYPE_1_VALUES: set[
    TextExtendedConfigVerbosityType2Type1
] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_text_extended_config_verbosity_type_2_type_1(
    value: str,
) -> TextExtendedConfigVerbosityType2Type1:
    if value in TEXT_EXTENDED_CONFIG_VERBOSITY_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_EXTENDED_CONFIG_VERBOSITY_TYPE_2_TYPE_1_VALUES!r}"
    )
