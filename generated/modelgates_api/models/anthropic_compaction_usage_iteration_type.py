from typing import Literal

from ..types import check_enum

AnthropicCompactionUsageIterationType = Literal["compaction"] | str

ANTHROPIC_COMPACTION_USAGE_ITERATION_TYPE_VALUES: set[AnthropicCompactionUsageIterationType] = {
    "compaction",
}


def check_anthropic_compaction_usage_iteration_type(value: str) -> AnthropicCompactionUsageIterationType:
    return check_enum(value, ANTHROPIC_COMPACTION_USAGE_ITERATION_TYPE_VALUES, "AnthropicCompactionUsageIterationType")
