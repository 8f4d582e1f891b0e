from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from ..models.too_many_requests_response_error_data_metadata_type_0 import (
        TooManyRequestsResponseErrorDataMetadataType0,
    )


T = TypeVar("T", bound="TooManyRequestsResponseErrorData")


@_attrs_define(repr=False, eq=False)
class TooManyRequestsResponseErrorData(_ModelBase):
    """Error data for TooManyRequestsResponse

    Attributes:
        code (int):
        message (str):
        metadata (None | TooManyRequestsResponseErrorDataMetadataType0 | Unset):
    """

    code: int
    message: str
    metadata: None | TooManyRequestsResponseErrorDataMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (TooManyRequestsResponseErrorDataMetadataType0,) = _lazy_imports()
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TooManyRequestsResponseErrorDataMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "code": self.code,
            "message": self.message,
        }
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (TooManyRequestsResponseErrorDataMetadataType0,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "code"
            code = d.pop("code")

            _at_field_ = "message"
            message = d.pop("message")

            _at_field_ = "metadata"
            metadata = d.pop("metadata", UNSET)
            if not isinstance(metadata, (type(None), Unset)):

                def _metadata_member_0(
                    data: object,
                ) -> TooManyRequestsResponseErrorDataMetadataType0:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = (
                        TooManyRequestsResponseErrorDataMetadataType0.from_dict(data)
                    )

                    return metadata_type_0

                metadata = _parse_union(
                    metadata,
                    (
                        (
                            "TooManyRequestsResponseErrorDataMetadataType0",
                            _metadata_member_0,
                        ),
                    ),
                    plain=(type(None),),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        too_many_requests_response_error_data = cls(
            code=code,
            message=message,
            metadata=metadata,
        )

        too_many_requests_response_error_data.additional_properties = d
        return too_many_requests_response_error_data


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.too_many_requests_response_error_data_metadata_type_0 import (
        TooManyRequestsResponseErrorDataMetadataType0,
    )

    return (TooManyRequestsResponseErrorDataMetadataType0,)
