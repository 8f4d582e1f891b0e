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
    from ..models.bad_gateway_response_error_data import BadGatewayResponseErrorData
    from ..models.bad_gateway_response_modelgates_metadata_type_0 import BadGatewayResponseModelgatesMetadataType0
else:
    BadGatewayResponseErrorData = _LazyModel(
        globals(), "bad_gateway_response_error_data", "BadGatewayResponseErrorData"
    )
    BadGatewayResponseModelgatesMetadataType0 = _LazyModel(
        globals(), "bad_gateway_response_modelgates_metadata_type_0", "BadGatewayResponseModelgatesMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class BadGatewayResponse(_ModelBase):
    """Bad Gateway - Provider/upstream API failure

    Attributes:
        error (BadGatewayResponseErrorData): Error data for BadGatewayResponse
    """

    error: BadGatewayResponseErrorData
    modelgates_metadata: BadGatewayResponseModelgatesMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(BadGatewayResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (("BadGatewayResponseModelgatesMetadataType0", BadGatewayResponseModelgatesMetadataType0),),
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
