from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.pipeline_stage_type import PipelineStageType, check_pipeline_stage_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.pipeline_stage_data import PipelineStageData
else:
    PipelineStageData = _LazyModel(globals(), "pipeline_stage_data", "PipelineStageData")


@_attrs_define(repr=False, eq=False)
class PipelineStage(_ModelBase):
    """
    Example:
        {'data': {'action': 'redacted', 'engines': ['presidio'], 'flagged': True, 'matched_entity_types': ['EMAIL',
            'PHONE']}, 'name': 'content-filter', 'summary': 'PII redacted via Presidio (EMAIL, PHONE)', 'type': 'guardrail'}

    Attributes:
        type_ (PipelineStageType): Categorical kind of a pipeline stage. Multiple plugins can share a type (e.g. all
            guardrail-level plugins emit `guardrail`); the `name` field disambiguates which plugin emitted it. Example:
            guardrail.
    """

    name: str
    type_: PipelineStageType
    cost_usd: float | None | Unset = UNSET
    data: PipelineStageData | Unset = UNSET
    guardrail_id: str | Unset = UNSET
    guardrail_scope: str | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        ("type", check_pipeline_stage_type, "type_"),
    )
    _optional_ = (
        (
            "cost_usd",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        ("data", _model_field(PipelineStageData)),
        "guardrail_id",
        "guardrail_scope",
        "summary",
    )
