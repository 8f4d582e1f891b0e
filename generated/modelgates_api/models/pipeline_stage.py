from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_stage_type import PipelineStageType, check_pipeline_stage_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.pipeline_stage_data import PipelineStageData


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

    _json_fields_ = (
        "name",
        ("type_", "type"),
        "cost_usd",
        "data",
        "guardrail_id",
        "guardrail_scope",
        "summary",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "type"
            type_ = check_pipeline_stage_type(d.pop("type"))

            _at_field_ = "cost_usd"
            cost_usd = d.pop("cost_usd", UNSET)
            if not isinstance(cost_usd, (float, int, _NoneType, Unset)):
                cost_usd = _parse_union(
                    cost_usd,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "data"
            _data = d.pop("data", UNSET)
            data: PipelineStageData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = PipelineStageData.from_dict(_data)

            _at_field_ = "guardrail_id"
            guardrail_id = d.pop("guardrail_id", UNSET)

            _at_field_ = "guardrail_scope"
            guardrail_scope = d.pop("guardrail_scope", UNSET)

            _at_field_ = "summary"
            summary = d.pop("summary", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        pipeline_stage = cls(
            name=name,
            type_=type_,
            cost_usd=cost_usd,
            data=data,
            guardrail_id=guardrail_id,
            guardrail_scope=guardrail_scope,
            summary=summary,
        )

        pipeline_stage.additional_properties = d
        return pipeline_stage


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    PipelineStageData = _LazyModel(globals(), "modelgates_api.models.pipeline_stage_data", "PipelineStageData")
