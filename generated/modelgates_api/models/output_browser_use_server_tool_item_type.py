from typing import Literal

from ..types import check_enum

OutputBrowserUseServerToolItemType = Literal["openrouter:browser_use"] | str

OUTPUT_BROWSER_USE_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputBrowserUseServerToolItemType] = {
    "openrouter:browser_use",
}


def check_output_browser_use_server_tool_item_type(value: str) -> OutputBrowserUseServerToolItemType:
    return check_enum(value, OUTPUT_BROWSER_USE_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputBrowserUseServerToolItemType")
