from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_status import PresetStatus, check_preset_status
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class Preset(_ModelBase):
    """A preset without version details.

    Example:
        {'created_at': '2026-04-20T10:00:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'description':
            None, 'designated_version_id': '550e8400-e29b-41d4-a716-446655440000', 'id':
            '650e8400-e29b-41d4-a716-446655440001', 'name': 'my-preset', 'slug': 'my-preset', 'status': 'active',
            'status_updated_at': None, 'updated_at': '2026-04-20T10:00:00Z', 'workspace_id':
            '750e8400-e29b-41d4-a716-446655440002'}

    Attributes:
        status (PresetStatus): The status of a preset. Example: active.
    """

    created_at: str
    creator_user_id: None | str
    description: None | str
    designated_version_id: None | str
    id: str
    name: str
    slug: str
    status: PresetStatus
    status_updated_at: None | str
    updated_at: str
    workspace_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "created_at",
        "creator_user_id",
        "description",
        "designated_version_id",
        "id",
        "name",
        "slug",
        "status",
        "status_updated_at",
        "updated_at",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "creator_user_id"
            creator_user_id = d.pop("creator_user_id")
            if not isinstance(creator_user_id, (str, _NoneType)):
                creator_user_id = _parse_union(
                    creator_user_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "description"
            description = d.pop("description")
            if not isinstance(description, (str, _NoneType)):
                description = _parse_union(
                    description,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "designated_version_id"
            designated_version_id = d.pop("designated_version_id")
            if not isinstance(designated_version_id, (str, _NoneType)):
                designated_version_id = _parse_union(
                    designated_version_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "slug"
            slug = d.pop("slug")

            _at_field_ = "status"
            status = check_preset_status(d.pop("status"))

            _at_field_ = "status_updated_at"
            status_updated_at = d.pop("status_updated_at")
            if not isinstance(status_updated_at, (str, _NoneType)):
                status_updated_at = _parse_union(
                    status_updated_at,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "updated_at"
            updated_at = d.pop("updated_at")

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id")
            if not isinstance(workspace_id, (str, _NoneType)):
                workspace_id = _parse_union(
                    workspace_id,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        preset = cls(
            created_at=created_at,
            creator_user_id=creator_user_id,
            description=description,
            designated_version_id=designated_version_id,
            id=id,
            name=name,
            slug=slug,
            status=status,
            status_updated_at=status_updated_at,
            updated_at=updated_at,
            workspace_id=workspace_id,
        )

        preset.additional_properties = d
        return preset
