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
    from ..models.internal_server_response_error_data import InternalServerResponseErrorData
    from ..models.internal_server_response_modelgates_metadata_type_0 import (
        InternalServerResponseModelgatesMetadataType0,
    )
else:
    InternalServerResponseErrorData = _LazyModel(
        globals(), "internal_server_response_error_data", "InternalServerResponseErrorData"
    )
    InternalServerResponseModelgatesMetadataType0 = _LazyModel(
        globals(),
        "internal_server_response_modelgates_metadata_type_0",
        "InternalServerResponseModelgatesMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class InternalServerResponse(_ModelBase):
    """Internal Server Error - Unexpected server error

    Attributes:
        error (InternalServerResponseErrorData): Error data for InternalServerResponse
    """

    error: InternalServerResponseErrorData
    modelgates_metadata: InternalServerResponseModelgatesMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(InternalServerResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (("InternalServerResponseModelgatesMetadataType0", InternalServerResponseModelgatesMetadataType0),),
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
