from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _required_ = (
        "error",
        "model",
    )
    _optional_ = ("status_code",)
