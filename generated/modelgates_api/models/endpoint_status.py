from typing import Literal

EndpointStatus = Literal[-10, -5, -3, -2, -1, 0]

ENDPOINT_STATUS_VALUES: set[EndpointStatus] = {
    -10,
    -5,
    -3,
    -2,
    -1,
    0,
}


def check_endpoint_status(value: int) -> EndpointStatus:
    if value in ENDPOINT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENDPOINT_STATUS_VALUES!r}"
    )
