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
    from ..models.edge_network_timeout_response_error_data import EdgeNetworkTimeoutResponseErrorData
    from ..models.edge_network_timeout_response_modelgates_metadata_type_0 import (
        EdgeNetworkTimeoutResponseModelgatesMetadataType0,
    )
else:
    EdgeNetworkTimeoutResponseErrorData = _LazyModel(
        globals(), "edge_network_timeout_response_error_data", "EdgeNetworkTimeoutResponseErrorData"
    )
    EdgeNetworkTimeoutResponseModelgatesMetadataType0 = _LazyModel(
        globals(),
        "edge_network_timeout_response_modelgates_metadata_type_0",
        "EdgeNetworkTimeoutResponseModelgatesMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class EdgeNetworkTimeoutResponse(_ModelBase):
    """Infrastructure Timeout - Provider request timed out at edge network

    Attributes:
        error (EdgeNetworkTimeoutResponseErrorData): Error data for EdgeNetworkTimeoutResponse
    """

    error: EdgeNetworkTimeoutResponseErrorData
    modelgates_metadata: EdgeNetworkTimeoutResponseModelgatesMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(EdgeNetworkTimeoutResponseErrorData)),)
    _optional_ = (
        (
            "modelgates_metadata",
            _union_field(
                (
                    (
                        "EdgeNetworkTimeoutResponseModelgatesMetadataType0",
                        EdgeNetworkTimeoutResponseModelgatesMetadataType0,
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
