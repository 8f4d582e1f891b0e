from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.edge_network_timeout_response_error_data_metadata_type_0 import (
        EdgeNetworkTimeoutResponseErrorDataMetadataType0,
    )
else:
    EdgeNetworkTimeoutResponseErrorDataMetadataType0 = _LazyModel(
        globals(),
        "edge_network_timeout_response_error_data_metadata_type_0",
        "EdgeNetworkTimeoutResponseErrorDataMetadataType0",
    )


@_attrs_define(repr=False, eq=False)
class EdgeNetworkTimeoutResponseErrorData(_ModelBase):
    """Error data for EdgeNetworkTimeoutResponse"""

    code: int
    message: str
    metadata: EdgeNetworkTimeoutResponseErrorDataMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "code",
        "message",
    )
    _optional_ = (
        (
            "metadata",
            _union_field(
                (
                    (
                        "EdgeNetworkTimeoutResponseErrorDataMetadataType0",
                        EdgeNetworkTimeoutResponseErrorDataMetadataType0,
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
