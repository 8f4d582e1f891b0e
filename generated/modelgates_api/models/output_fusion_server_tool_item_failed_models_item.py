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
class OutputFusionServerToolItemFailedModelsItem(_ModelBase):
    """
    Attributes:
        error (str): Error message describing why the model failed.
        model (str): Slug of the analysis model that failed.
        status_code (int | Unset): HTTP status code from the upstream response, when available (e.g. 402, 429).
    """

    error: str
    model: str
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "error",
        "model",
        "status_code",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "error"
            error = d.pop("error")

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "status_code"
            status_code = d.pop("status_code", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_fusion_server_tool_item_failed_models_item = cls(
            error=error,
            model=model,
            status_code=status_code,
        )

        output_fusion_server_tool_item_failed_models_item.additional_properties = d
        return output_fusion_server_tool_item_failed_models_item
