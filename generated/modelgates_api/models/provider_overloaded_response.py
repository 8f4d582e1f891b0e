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
    from ..models.provider_overloaded_response_error_data import ProviderOverloadedResponseErrorData
    from ..models.provider_overloaded_response_modelgates_metadata_type_0 import (
        ProviderOverloadedResponseModelgatesMetadataType0,
    )
else:
    ProviderOverloadedResponseErrorData = _LazyModel(
        globals(), "provider_overloaded_response_error_data", "ProviderOverloadedResponseErrorData"
    )
    ProviderOverloadedResponseModelgatesMetadataType0 = _LazyModel(
        globals(),
        "provider_overloaded_response_modelgates_metadata_type_0",
        "ProviderOverloadedResponseModelgatesMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class ProviderOverloadedResponse(_ModelBase):
    """Provider Overloaded - Provider is temporarily overloaded

    Attributes:
        error (ProviderOverloadedResponseErrorData): Error data for ProviderOverloadedResponse
    """

    error: ProviderOverloadedResponseErrorData
    modelgates_metadata: None | ProviderOverloadedResponseModelgatesMetadataType0 | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(ProviderOverloadedResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (
                    (
                        "ProviderOverloadedResponseModelgatesMetadataType0",
                        ProviderOverloadedResponseModelgatesMetadataType0,
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
