from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.container_reference_environment_type import (
    ContainerReferenceEnvironmentType,
    check_container_reference_environment_type,
)
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "container_id",
        ("type", check_container_reference_environment_type, "type_"),
    )
