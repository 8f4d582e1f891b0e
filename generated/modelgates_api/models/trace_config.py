from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class TraceConfig(_ModelBase):
    """Metadata for observability and tracing. The known keys get special handling; other keys are passed through as custom
    metadata to configured broadcast destinations.

    """

    trace_id: str | Unset = UNSET
    trace_name: str | Unset = UNSET
    span_name: str | Unset = UNSET
    generation_name: str | Unset = UNSET
    parent_span_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "trace_id",
        "trace_name",
        "span_name",
        "generation_name",
        "parent_span_id",
    )
