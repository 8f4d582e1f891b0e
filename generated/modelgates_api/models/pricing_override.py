from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class PricingOverride(_ModelBase):
    """A conditional override of the base pricing. An entry applies only when all of its condition fields (e.g.
    min_prompt_tokens, or the utc_start/utc_end time window) match the request; among applicable entries, later entries
    win per price key; price keys absent from an entry inherit the base price.

        Example:
            {'completion': '0.00002', 'min_prompt_tokens': 200000, 'prompt': '0.000005'}

        Attributes:
            audio (str | Unset): Overridden price in USD per audio input token
            completion (str | Unset): Overridden price in USD per token for completion (output) generation
            input_audio_cache (str | Unset): Overridden price in USD per cached audio input token
            input_cache_read (str | Unset): Overridden price in USD per cached input token (read)
            input_cache_write (str | Unset): Overridden price in USD per cache-write token
            input_cache_write_1h (str | Unset): Overridden price in USD per 1-hour cache-write token
            min_prompt_tokens (float | Unset): Condition: the entry applies when the total prompt tokens of a request are
                strictly greater than this threshold
            prompt (str | Unset): Overridden price in USD per token for prompt (input) processing
            utc_end (float | Unset): Condition: exclusive end of a daily UTC time window as an HHMM clock number (e.g. 400 =
                04:00)
            utc_start (float | Unset): Condition: inclusive start of a daily UTC time window as an HHMM clock number (e.g.
                100 = 01:00, 1030 = 10:30). The entry applies while the current UTC time is inside the half-open window
                [utc_start, utc_end), which may wrap past midnight (utc_start > utc_end).
    """

    audio: str | Unset = UNSET
    completion: str | Unset = UNSET
    input_audio_cache: str | Unset = UNSET
    input_cache_read: str | Unset = UNSET
    input_cache_write: str | Unset = UNSET
    input_cache_write_1h: str | Unset = UNSET
    min_prompt_tokens: float | Unset = UNSET
    prompt: str | Unset = UNSET
    utc_end: float | Unset = UNSET
    utc_start: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "audio",
        "completion",
        "input_audio_cache",
        "input_cache_read",
        "input_cache_write",
        "input_cache_write_1h",
        "min_prompt_tokens",
        "prompt",
        "utc_end",
        "utc_start",
    )
