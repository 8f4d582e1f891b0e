from typing import Literal

MetadataLevel = Literal["disabled", "enabled"]

METADATA_LEVEL_VALUES: set[MetadataLevel] = {
    "disabled",
    "enabled",
}


def check_metadata_level(value: str) -> MetadataLevel:
    if value in METADATA_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {METADATA_LEVEL_VALUES!r}"
    )
