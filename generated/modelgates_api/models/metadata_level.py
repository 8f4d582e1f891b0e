from typing import Literal

from ..types import check_enum

MetadataLevel = Literal["disabled", "enabled"] | str

METADATA_LEVEL_VALUES: set[MetadataLevel] = {
    "disabled",
    "enabled",
}


def check_metadata_level(value: str) -> MetadataLevel:
    return check_enum(value, METADATA_LEVEL_VALUES, "MetadataLevel")
