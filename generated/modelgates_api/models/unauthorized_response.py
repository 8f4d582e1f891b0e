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
    from ..models.unauthorized_response_error_data import UnauthorizedResponseErrorData
    from ..models.unauthorized_response_modelgates_metadata_type_0 import UnauthorizedResponseModelgatesMetadataType0
else:
    UnauthorizedResponseErrorData = _LazyModel(
        globals(), "unauthorized_response_error_data", "UnauthorizedResponseErrorData"
    )
    UnauthorizedResponseModelgatesMetadataType0 = _LazyModel(
        globals(), "unauthorized_response_modelgates_metadata_type_0", "UnauthorizedResponseModelgatesMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class UnauthorizedResponse(_ModelBase):
    """Unauthorized - Authentication required or invalid credentials

    Attributes:
        error (UnauthorizedResponseErrorData): Error data for UnauthorizedResponse
    """

    error: UnauthorizedResponseErrorData
    modelgates_metadata: None | UnauthorizedResponseModelgatesMetadataType0 | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(UnauthorizedResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (("UnauthorizedResponseModelgatesMetadataType0", UnauthorizedResponseModelgatesMetadataType0),),
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
