from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.local_shell_call_item_action_type import (
    LocalShellCallItemActionType,
    check_local_shell_call_item_action_type,
)
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
    from ..models.local_shell_call_item_action_env import LocalShellCallItemActionEnv
else:
    LocalShellCallItemActionEnv = _LazyModel(
        globals(), "local_shell_call_item_action_env", "LocalShellCallItemActionEnv"
    )


@_attrs_define(repr=False, eq=False)
class LocalShellCallItemAction(_ModelBase):
    command: list[str]
    env: LocalShellCallItemActionEnv
    type_: LocalShellCallItemActionType
    timeout_ms: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "command",
        ("env", _model_field(LocalShellCallItemActionEnv)),
        ("type", check_local_shell_call_item_action_type, "type_"),
    )
    _optional_ = (
        (
            "timeout_ms",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "user",
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
            "working_directory",
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
