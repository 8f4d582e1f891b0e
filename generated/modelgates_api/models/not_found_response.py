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
    from ..models.not_found_response_error_data import NotFoundResponseErrorData
    from ..models.not_found_response_modelgates_metadata_type_0 import NotFoundResponseModelgatesMetadataType0
else:
    NotFoundResponseErrorData = _LazyModel(globals(), "not_found_response_error_data", "NotFoundResponseErrorData")
    NotFoundResponseModelgatesMetadataType0 = _LazyModel(
        globals(), "not_found_response_modelgates_metadata_type_0", "NotFoundResponseModelgatesMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class NotFoundResponse(_ModelBase):
    """Not Found - Resource does not exist

    Attributes:
        error (NotFoundResponseErrorData): Error data for NotFoundResponse
    """

    error: NotFoundResponseErrorData
    modelgates_metadata: None | NotFoundResponseModelgatesMetadataType0 | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(NotFoundResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (("NotFoundResponseModelgatesMetadataType0", NotFoundResponseModelgatesMetadataType0),),
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
