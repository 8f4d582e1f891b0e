from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.preset_status import PresetStatus, check_preset_status
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


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

    _required_ = (
        "created_at",
        (
            "creator_user_id",
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
        (
            "description",
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
        (
            "designated_version_id",
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
        "id",
        "name",
        "slug",
        ("status", check_preset_status),
        (
            "status_updated_at",
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
        "updated_at",
        (
            "workspace_id",
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
