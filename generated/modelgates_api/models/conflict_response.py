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
    from ..models.conflict_response_error_data import ConflictResponseErrorData
    from ..models.conflict_response_openrouter_metadata_type_0 import (
        ConflictResponseOpenrouterMetadataType0,
    )


T = TypeVar("T", bound="ConflictResponse")


@_attrs_define(repr=False, eq=False)
class ConflictResponse(_ModelBase):
    """Conflict - Resource conflict or concurrent modification

    Example:
        {'error': {'code': 409, 'message': 'Resource conflict. Please try again later.'}}

    Attributes:
        error (ConflictResponseErrorData): Error data for ConflictResponse Example: {'code': 409, 'message': 'Resource
            conflict. Please try again later.'}.
        openrouter_metadata (ConflictResponseOpenrouterMetadataType0 | None | Unset):
        user_id (None | str | Unset):
    """

    error: ConflictResponseErrorData
    openrouter_metadata: ConflictResponseOpenrouterMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            ConflictResponseErrorData,
            ConflictResponseOpenrouterMetadataType0,
        ) = _lazy_imports()
        error = self.error.to_dict()

        openrouter_metadata: dict[str, Any] | None | Unset
        if isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        elif isinstance(
            self.openrouter_metadata, ConflictResponseOpenrouterMetadataType0
        ):
            openrouter_metadata = self.openrouter_metadata.to_dict()
        else:
            openrouter_metadata = self.openrouter_metadata

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "error": error,
        }
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (
            ConflictResponseErrorData,
            ConflictResponseOpenrouterMetadataType0,
        ) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "error"
            error = ConflictResponseErrorData.from_dict(d.pop("error"))

            _at_field_ = "openrouter_metadata"
            openrouter_metadata = d.pop("openrouter_metadata", UNSET)
            if not isinstance(openrouter_metadata, (type(None), Unset)):

                def _openrouter_metadata_member_0(
                    data: object,
                ) -> ConflictResponseOpenrouterMetadataType0:
                    if not isinstance(data, dict):
                        raise TypeError()
                    openrouter_metadata_type_0 = (
                        ConflictResponseOpenrouterMetadataType0.from_dict(data)
                    )

                    return openrouter_metadata_type_0

                openrouter_metadata = _parse_union(
                    openrouter_metadata,
                    (
                        (
                            "ConflictResponseOpenrouterMetadataType0",
                            _openrouter_metadata_member_0,
                        ),
                    ),
                    plain=(type(None),),
                )

            _at_field_ = "user_id"
            user_id = d.pop("user_id", UNSET)
            if not isinstance(user_id, (str, type(None), Unset)):
                user_id = _parse_union(
                    user_id,
                    (),
                    plain=(str, type(None)),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        conflict_response = cls(
            error=error,
            openrouter_metadata=openrouter_metadata,
            user_id=user_id,
        )

        conflict_response.additional_properties = d
        return conflict_response


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.conflict_response_error_data import (
        ConflictResponseErrorData,
    )
    from modelgates_api.models.conflict_response_openrouter_metadata_type_0 import (
        ConflictResponseOpenrouterMetadataType0,
    )

    return (
        ConflictResponseErrorData,
        ConflictResponseOpenrouterMetadataType0,
    )
