from typing import Literal

from ..types import check_enum

UnifiedBenchmarksMetaVersion = Literal["v1"] | str

UNIFIED_BENCHMARKS_META_VERSION_VALUES: set[UnifiedBenchmarksMetaVersion] = {
    "v1",
}


def check_unified_benchmarks_meta_version(value: str) -> UnifiedBenchmarksMetaVersion:
    return check_enum(value, UNIFIED_BENCHMARKS_META_VERSION_VALUES, "UnifiedBenchmarksMetaVersion")
