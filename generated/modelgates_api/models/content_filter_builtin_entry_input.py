from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.content_filter_builtin_action import ContentFilterBuiltinAction, check_content_filter_builtin_action
from ..models.content_filter_builtin_slug import ContentFilterBuiltinSlug, check_content_filter_builtin_slug
from ..models.prompt_injection_scan_scope import PromptInjectionScanScope, check_prompt_injection_scan_scope
from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _required_ = (
        ("action", check_content_filter_builtin_action),
        ("slug", check_content_filter_builtin_slug),
    )
    _optional_ = (
        "label",
        ("scan_scope", check_prompt_injection_scan_scope),
    )
