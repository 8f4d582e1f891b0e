from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_filter_builtin_action import ContentFilterBuiltinAction, check_content_filter_builtin_action
from ..models.content_filter_builtin_slug import ContentFilterBuiltinSlug, check_content_filter_builtin_slug
from ..models.prompt_injection_scan_scope import PromptInjectionScanScope, check_prompt_injection_scan_scope
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ContentFilterBuiltinEntryInput(_ModelBase):
    """A builtin content filter entry for create/update requests. Labels are system-assigned and cannot be set by the
    caller.

        Example:
            {'action': 'redact', 'slug': 'email'}

        Attributes:
            action (ContentFilterBuiltinAction): Action taken when the builtin filter triggers Example: block.
            slug (ContentFilterBuiltinSlug): The builtin filter identifier Example: regex-prompt-injection.
            label (str | Unset): Deprecated: labels are system-assigned and cannot be set by the caller. Accepted for
                backward compatibility but silently ignored.
            scan_scope (PromptInjectionScanScope | Unset): Which message roles to scan for prompt injection. Only applies to
                the regex-prompt-injection builtin. Defaults to all_messages. Example: user_only.
    """

    action: ContentFilterBuiltinAction
    slug: ContentFilterBuiltinSlug
    label: str | Unset = UNSET
    scan_scope: PromptInjectionScanScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "action",
        "slug",
        "label",
        "scan_scope",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "action"
            action = check_content_filter_builtin_action(d.pop("action"))

            _at_field_ = "slug"
            slug = check_content_filter_builtin_slug(d.pop("slug"))

            _at_field_ = "label"
            label = d.pop("label", UNSET)

            _at_field_ = "scan_scope"
            _scan_scope = d.pop("scan_scope", UNSET)
            scan_scope: PromptInjectionScanScope | Unset
            if isinstance(_scan_scope, Unset):
                scan_scope = UNSET
            else:
                scan_scope = check_prompt_injection_scan_scope(_scan_scope)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        content_filter_builtin_entry_input = cls(
            action=action,
            slug=slug,
            label=label,
            scan_scope=scan_scope,
        )

        content_filter_builtin_entry_input.additional_properties = d
        return content_filter_builtin_entry_input
