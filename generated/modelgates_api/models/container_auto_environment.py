from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.container_auto_environment_type import ContainerAutoEnvironmentType, check_container_auto_environment_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ContainerAutoEnvironment(_ModelBase):
    """An OpenRouter-managed, auto-provisioned ephemeral container.

    Example:
        {'type': 'container_auto'}

    """

    type_: ContainerAutoEnvironmentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_container_auto_environment_type, "type_"),)
