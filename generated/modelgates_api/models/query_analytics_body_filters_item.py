from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsBodyFiltersItem(_ModelBase):
    """
    Attributes:
        field (str): Dimension to filter on. Use the /meta endpoint for available dimensions. Example: model.
        operator (str): Filter operator Example: eq.
        value (float | list[float | str] | str): Filter value (scalar or array depending on operator). Several
            dimensions are enriched in responses (returned as human-readable labels), but filters must use the underlying
            ID: `api_key_id` — numeric ID (from generation metadata) or key hash (64-char hex from GET /api/v1/keys,
            resolved server-side); `user` — Clerk user ID (e.g. "user_abc123"), not the display name; `workspace` —
            workspace UUID, not the workspace name (filtering or grouping by the account default workspace also covers
            activity recorded before workspace resolution existed, which is attributed to that default workspace); `app` —
            numeric app ID, not the app title; `model` — permaslug (e.g. "openai/gpt-4o"), not the display name. Other
            dimensions (provider, origin, country, etc.) are not enriched and accept the value as returned.
        include_unset (bool | Unset): Include rows where the dimension has no value. Applies only to the `in` and
            `not_in` operators and dimensions that have an unset bucket.
    """

    field: str
    operator: str
    value: float | list[float | str] | str
    include_unset: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "field",
        "operator",
        (
            "value",
            _union_field(
                (
                    (
                        "list[float | str]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (),
                                    plain=(
                                        str,
                                        float,
                                        int,
                                    ),
                                    skip=(
                                        str,
                                        float,
                                        int,
                                    ),
                                )
                            ),
                        ),
                    ),
                ),
                plain=(
                    str,
                    float,
                    int,
                ),
            ),
        ),
    )
    _optional_ = ("include_unset",)
