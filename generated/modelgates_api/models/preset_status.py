from typing import Literal

PresetStatus = Literal["active", "archived", "disabled"]

PRESET_STATUS_VALUES: set[PresetStatus] = {
    "active",
    "archived",
    "disabled",
}


def check_preset_status(value: str) -> PresetStatus:
    if value in PRESET_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRESET_STATUS_VALUES!r}"
    )
