from typing import Literal

from ..types import check_enum

AnthropicCompactionBlockType = Literal["compaction"] | str

ANTHROPIC_COMPACTION_BLOCK_TYPE_VALUES: set[AnthropicCompactionBlockType] = {
    "compaction",
}


def check_anthropic_compaction_block_type(value: str) -> AnthropicCompactionBlockType:
    return check_enum(value, ANTHROPIC_COMPACTION_BLOCK_TYPE_VALUES, "AnthropicCompactionBlockType")
