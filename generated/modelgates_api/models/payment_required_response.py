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
    from ..models.payment_required_response_error_data import PaymentRequiredResponseErrorData
    from ..models.payment_required_response_modelgates_metadata_type_0 import (
        PaymentRequiredResponseModelgatesMetadataType0,
    )
else:
    PaymentRequiredResponseErrorData = _LazyModel(
        globals(), "payment_required_response_error_data", "PaymentRequiredResponseErrorData"
    )
    PaymentRequiredResponseModelgatesMetadataType0 = _LazyModel(
        globals(),
        "payment_required_response_modelgates_metadata_type_0",
        "PaymentRequiredResponseModelgatesMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class PaymentRequiredResponse(_ModelBase):
    """Payment Required - Insufficient credits or quota to complete request

    Attributes:
        error (PaymentRequiredResponseErrorData): Error data for PaymentRequiredResponse
    """

    error: PaymentRequiredResponseErrorData
    modelgates_metadata: None | PaymentRequiredResponseModelgatesMetadataType0 | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(PaymentRequiredResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (("PaymentRequiredResponseModelgatesMetadataType0", PaymentRequiredResponseModelgatesMetadataType0),),
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
