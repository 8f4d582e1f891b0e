from typing import Literal

from ..types import check_enum

OutputWebSearchServerToolItemActionType = Literal["search"] | str

OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_ACTION_TYPE_VALUES: set[OutputWebSearchServerToolItemActionType] = {
    "search",
}


def check_output_web_search_server_tool_item_action_type(value: str) -> OutputWebSearchServerToolItemActionType:
    return check_enum(
        value, OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_ACTION_TYPE_VALUES, "OutputWebSearchServerToolItemActionType"
    )
