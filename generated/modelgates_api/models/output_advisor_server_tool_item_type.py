from typing import Literal

from ..types import check_enum

OutputAdvisorServerToolItemType = Literal["openrouter:advisor"] | str

OUTPUT_ADVISOR_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputAdvisorServerToolItemType] = {
    "openrouter:advisor",
}


def check_output_advisor_server_tool_item_type(value: str) -> OutputAdvisorServerToolItemType:
    return check_enum(value, OUTPUT_ADVISOR_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputAdvisorServerToolItemType")
