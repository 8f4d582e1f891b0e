from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.models_count_response_data import ModelsCountResponseData
else:
    ModelsCountResponseData = _LazyModel(globals(), "models_count_response_data", "ModelsCountResponseData")


@_attrs_define(repr=False, eq=False)
class ModelsCountResponse(_ModelBase):
    """Model count data

    Example:
        {'data': {'count': 150}}

    Attributes:
        data (ModelsCountResponseData): Model count data Example: {'count': 150}.
    """

    data: ModelsCountResponseData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(ModelsCountResponseData)),)
