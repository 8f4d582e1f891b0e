from typing import Literal

from ..types import check_enum

OutputWebSearchServerToolItemActionSourcesItemType = Literal["url"] | str

OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_ACTION_SOURCES_ITEM_TYPE_VALUES: set[
    OutputWebSearchServerToolItemActionSourcesItemType
] = {
    "url",
}


def check_output_web_search_server_tool_item_action_sources_item_type(
    value: str,
) -> OutputWebSearchServerToolItemActionSourcesItemType:
    return check_enum(
        value,
        OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_ACTION_SOURCES_ITEM_TYPE_VALUES,
        "OutputWebSearchServerToolItemActionSourcesItemType",
    )
