from typing import Literal

from ..types import check_enum

PresetStatus = Literal["active", "archived", "disabled"] | str

PRESET_STATUS_VALUES: set[PresetStatus] = {
    "active",
    "archived",
    "disabled",
}


def check_preset_status(value: str) -> PresetStatus:
    return check_enum(value, PRESET_STATUS_VALUES, "PresetStatus")
