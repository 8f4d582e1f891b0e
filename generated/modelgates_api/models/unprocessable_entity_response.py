from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

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
    from ..models.unprocessable_entity_response_error_data import UnprocessableEntityResponseErrorData
    from ..models.unprocessable_entity_response_modelgates_metadata_type_0 import (
        UnprocessableEntityResponseModelgatesMetadataType0,
    )
else:
    UnprocessableEntityResponseErrorData = _LazyModel(
        globals(), "unprocessable_entity_response_error_data", "UnprocessableEntityResponseErrorData"
    )
    UnprocessableEntityResponseModelgatesMetadataType0 = _LazyModel(
        globals(),
        "unprocessable_entity_response_modelgates_metadata_type_0",
        "UnprocessableEntityResponseModelgatesMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class UnprocessableEntityResponse(_ModelBase):
    """Unprocessable Entity - Semantic validation failure

    Attributes:
        error (UnprocessableEntityResponseErrorData): Error data for UnprocessableEntityResponse
    """

    error: UnprocessableEntityResponseErrorData
    modelgates_metadata: None | UnprocessableEntityResponseModelgatesMetadataType0 | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(UnprocessableEntityResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (
                    (
                        "UnprocessableEntityResponseModelgatesMetadataType0",
                        UnprocessableEntityResponseModelgatesMetadataType0,
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "user_id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
