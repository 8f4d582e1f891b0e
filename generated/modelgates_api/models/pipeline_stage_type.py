from typing import Literal

from ..types import check_enum

PipelineStageType = Literal["context_compression", "guardrail", "plugin", "response_healing", "server_tools"] | str

PIPELINE_STAGE_TYPE_VALUES: set[PipelineStageType] = {
    "context_compression",
    "guardrail",
    "plugin",
    "response_healing",
    "server_tools",
}


def check_pipeline_stage_type(value: str) -> PipelineStageType:
    return check_enum(value, PIPELINE_STAGE_TYPE_VALUES, "PipelineStageType")
