from typing import Literal

from ..types import check_enum

AdditionalToolsItemRole = (
    Literal["assistant", "critic", "developer", "discriminator", "system", "tool", "unknown", "user"] | str
)

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
    return check_enum(value, ADDITIONAL_TOOLS_ITEM_ROLE_VALUES, "AdditionalToolsItemRole")
