from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "trace_id",
        "trace_name",
        "span_name",
        "generation_name",
        "parent_span_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "trace_id"
            trace_id = d.pop("trace_id", UNSET)

            _at_field_ = "trace_name"
            trace_name = d.pop("trace_name", UNSET)

            _at_field_ = "span_name"
            span_name = d.pop("span_name", UNSET)

            _at_field_ = "generation_name"
            generation_name = d.pop("generation_name", UNSET)

            _at_field_ = "parent_span_id"
            parent_span_id = d.pop("parent_span_id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        trace_config = cls(
            trace_id=trace_id,
            trace_name=trace_name,
            span_name=span_name,
            generation_name=generation_name,
            parent_span_id=parent_span_id,
        )

        trace_config.additional_properties = d
        return trace_config
