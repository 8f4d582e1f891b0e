from typing import Literal

from ..types import check_enum

AnthropicAllowedCallersItem = Literal["code_execution_20250825", "code_execution_20260120", "direct"] | str

ANTHROPIC_ALLOWED_CALLERS_ITEM_VALUES: set[AnthropicAllowedCallersItem] = {
    "code_execution_20250825",
    "code_execution_20260120",
    "direct",
}


def check_anthropic_allowed_callers_item(value: str) -> AnthropicAllowedCallersItem:
    return check_enum(value, ANTHROPIC_ALLOWED_CALLERS_ITEM_VALUES, "AnthropicAllowedCallersItem")
