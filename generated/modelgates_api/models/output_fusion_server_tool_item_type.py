from typing import Literal

from ..types import check_enum

OutputFusionServerToolItemType = Literal["openrouter:fusion"] | str

OUTPUT_FUSION_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputFusionServerToolItemType] = {
    "openrouter:fusion",
}


def check_output_fusion_server_tool_item_type(value: str) -> OutputFusionServerToolItemType:
    return check_enum(value, OUTPUT_FUSION_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputFusionServerToolItemType")
