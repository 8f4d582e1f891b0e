from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.conflict_response_error_data import ConflictResponseErrorData
    from ..models.conflict_response_openrouter_metadata_type_0 import ConflictResponseOpenrouterMetadataType0


@_attrs_define(repr=False, eq=False)
class ConflictResponse(_ModelBase):
    """Conflict - Resource conflict or concurrent modification

    Example:
        {'error': {'code': 409, 'message': 'Resource conflict. Please try again later.'}}

    Attributes:
        error (ConflictResponseErrorData): Error data for ConflictResponse Example: {'code': 409, 'message': 'Resource
            conflict. Please try again later.'}.
    """

    error: ConflictResponseErrorData
    openrouter_metadata: ConflictResponseOpenrouterMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "error",
        "openrouter_metadata",
        "user_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "error"
            error = ConflictResponseErrorData.from_dict(d.pop("error"))

            _at_field_ = "openrouter_metadata"
            openrouter_metadata = d.pop("openrouter_metadata", UNSET)
            if not isinstance(openrouter_metadata, (_NoneType, Unset)):
                openrouter_metadata = _parse_union(
                    openrouter_metadata,
                    (("ConflictResponseOpenrouterMetadataType0", ConflictResponseOpenrouterMetadataType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "user_id"
            user_id = d.pop("user_id", UNSET)
            if not isinstance(user_id, (str, _NoneType, Unset)):
                user_id = _parse_union(
                    user_id,
                    (),
                    plain=(str, _NoneType),
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


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ConflictResponseErrorData = _LazyModel(
        globals(), "modelgates_api.models.conflict_response_error_data", "ConflictResponseErrorData"
    )
    ConflictResponseOpenrouterMetadataType0 = _LazyModel(
        globals(),
        "modelgates_api.models.conflict_response_openrouter_metadata_type_0",
        "ConflictResponseOpenrouterMetadataType0",
    )
