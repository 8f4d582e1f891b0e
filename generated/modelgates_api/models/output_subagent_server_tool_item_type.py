from typing import Literal

from ..types import check_enum

OutputSubagentServerToolItemType = Literal["openrouter:subagent"] | str

OUTPUT_SUBAGENT_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputSubagentServerToolItemType] = {
    "openrouter:subagent",
}


def check_output_subagent_server_tool_item_type(value: str) -> OutputSubagentServerToolItemType:
    return check_enum(value, OUTPUT_SUBAGENT_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputSubagentServerToolItemType")
