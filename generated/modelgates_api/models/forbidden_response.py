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
    from ..models.forbidden_response_error_data import ForbiddenResponseErrorData
    from ..models.forbidden_response_modelgates_metadata_type_0 import ForbiddenResponseModelgatesMetadataType0
else:
    ForbiddenResponseErrorData = _LazyModel(globals(), "forbidden_response_error_data", "ForbiddenResponseErrorData")
    ForbiddenResponseModelgatesMetadataType0 = _LazyModel(
        globals(), "forbidden_response_modelgates_metadata_type_0", "ForbiddenResponseModelgatesMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class ForbiddenResponse(_ModelBase):
    """Forbidden - Authentication successful but insufficient permissions, or blocked by moderation or a guardrail

    Attributes:
        error (ForbiddenResponseErrorData): Error data for ForbiddenResponse
    """

    error: ForbiddenResponseErrorData
    modelgates_metadata: ForbiddenResponseModelgatesMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(ForbiddenResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (("ForbiddenResponseModelgatesMetadataType0", ForbiddenResponseModelgatesMetadataType0),),
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
