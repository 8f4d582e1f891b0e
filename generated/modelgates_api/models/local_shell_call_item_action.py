from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_call_item_action_type import (
    LocalShellCallItemActionType,
    check_local_shell_call_item_action_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.local_shell_call_item_action_env import LocalShellCallItemActionEnv


@_attrs_define(repr=False, eq=False)
class LocalShellCallItemAction(_ModelBase):
    command: list[str]
    env: LocalShellCallItemActionEnv
    type_: LocalShellCallItemActionType
    timeout_ms: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "command",
        "env",
        ("type_", "type"),
        "timeout_ms",
        "user",
        "working_directory",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "command"
            command = cast(list[str], d.pop("command"))

            _at_field_ = "env"
            env = LocalShellCallItemActionEnv.from_dict(d.pop("env"))

            _at_field_ = "type"
            type_ = check_local_shell_call_item_action_type(d.pop("type"))

            _at_field_ = "timeout_ms"
            timeout_ms = d.pop("timeout_ms", UNSET)
            if not isinstance(timeout_ms, (int, _NoneType, Unset)):
                timeout_ms = _parse_union(
                    timeout_ms,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "user"
            user = d.pop("user", UNSET)
            if not isinstance(user, (str, _NoneType, Unset)):
                user = _parse_union(
                    user,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "working_directory"
            working_directory = d.pop("working_directory", UNSET)
            if not isinstance(working_directory, (str, _NoneType, Unset)):
                working_directory = _parse_union(
                    working_directory,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        local_shell_call_item_action = cls(
            command=command,
            env=env,
            type_=type_,
            timeout_ms=timeout_ms,
            user=user,
            working_directory=working_directory,
        )

        local_shell_call_item_action.additional_properties = d
        return local_shell_call_item_action


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    LocalShellCallItemActionEnv = _LazyModel(
        globals(), "modelgates_api.models.local_shell_call_item_action_env", "LocalShellCallItemActionEnv"
    )
