from typing import Literal

PipelineStageType = Literal[
    "context_compression", "guardrail", "plugin", "response_healing", "server_tools"
]

PIPELINE_STAGE_TYPE_VALUES: set[PipelineStageType] = {
    "context_compression",
    "guardrail",
    "plugin",
    "response_healing",
    "server_tools",
}


def check_pipeline_stage_type(value: str) -> PipelineStageType:
    if value in PIPELINE_STAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIPELINE_STAGE_TYPE_VALUES!r}"
    )
