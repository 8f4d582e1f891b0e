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
    from ..models.bad_request_response_error_data import BadRequestResponseErrorData
    from ..models.bad_request_response_modelgates_metadata_type_0 import BadRequestResponseModelgatesMetadataType0
else:
    BadRequestResponseErrorData = _LazyModel(
        globals(), "bad_request_response_error_data", "BadRequestResponseErrorData"
    )
    BadRequestResponseModelgatesMetadataType0 = _LazyModel(
        globals(), "bad_request_response_modelgates_metadata_type_0", "BadRequestResponseModelgatesMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class BadRequestResponse(_ModelBase):
    """Bad Request - Invalid request parameters or malformed input

    Attributes:
        error (BadRequestResponseErrorData): Error data for BadRequestResponse
    """

    error: BadRequestResponseErrorData
    modelgates_metadata: BadRequestResponseModelgatesMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(BadRequestResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (("BadRequestResponseModelgatesMetadataType0", BadRequestResponseModelgatesMetadataType0),),
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
