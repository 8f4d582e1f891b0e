from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_reference_environment_type import (
    ContainerReferenceEnvironmentType,
    check_container_reference_environment_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ContainerReferenceEnvironment(_ModelBase):
    """Reference to a previously created container to reuse.

    Example:
        {'container_id': 'cntr_abc123', 'type': 'container_reference'}

    Attributes:
        container_id (str): Identifier of an existing container to reuse (max 20 characters). Example: cntr_abc123.
    """

    container_id: str
    type_: ContainerReferenceEnvironmentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "container_id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "container_id"
            container_id = d.pop("container_id")

            _at_field_ = "type"
            type_ = check_container_reference_environment_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        container_reference_environment = cls(
            container_id=container_id,
            type_=type_,
        )

        container_reference_environment.additional_properties = d
        return container_reference_environment
