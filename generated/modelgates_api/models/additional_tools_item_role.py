from typing import Literal

AdditionalToolsItemRole = Literal[
    "assistant",
    "critic",
    "developer",
    "discriminator",
    "system",
    "tool",
    "unknown",
    "user",
]

ADDITIONAL_TOOLS_ITEM_ROLE_VALUES: set[AdditionalToolsItemRole] = {
    "assistant",
    "critic",
    "developer",
    "discriminator",
    "system",
    "tool",
    "unknown",
    "user",
}


def check_additional_tools_item_role(value: str) -> AdditionalToolsItemRole:
    if value in ADDITIONAL_TOOLS_ITEM_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADDITIONAL_TOOLS_ITEM_ROLE_VALUES!r}"
    )
