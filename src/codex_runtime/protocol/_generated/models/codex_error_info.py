# GENERATED FILE - DO NOT EDIT. Wire type ``CodexErrorInfo`` of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""One wire type; import it from ``codex_runtime.protocol``."""

from typing import Annotated, TypeAlias, Union

from pydantic import Discriminator, Tag

from codex_runtime.protocol._base import STRING_TAG, UNRECOGNIZED_TAG, external_discriminator

from .active_turn_not_steerable_codex_error_info import ActiveTurnNotSteerableCodexErrorInfo
from .codex_error_info_kind import CodexErrorInfoKind
from .http_connection_failed_codex_error_info import HttpConnectionFailedCodexErrorInfo
from .response_stream_connection_failed_codex_error_info import ResponseStreamConnectionFailedCodexErrorInfo
from .response_stream_disconnected_codex_error_info import ResponseStreamDisconnectedCodexErrorInfo
from .response_too_many_failed_attempts_codex_error_info import ResponseTooManyFailedAttemptsCodexErrorInfo
from .unrecognized_codex_error_info import UnrecognizedCodexErrorInfo


CodexErrorInfo: TypeAlias = Annotated[
    Union[
        Annotated[CodexErrorInfoKind, Tag(STRING_TAG)],
        Annotated[HttpConnectionFailedCodexErrorInfo, Tag("httpConnectionFailed")],
        Annotated[ResponseStreamConnectionFailedCodexErrorInfo, Tag("responseStreamConnectionFailed")],
        Annotated[ResponseStreamDisconnectedCodexErrorInfo, Tag("responseStreamDisconnected")],
        Annotated[ResponseTooManyFailedAttemptsCodexErrorInfo, Tag("responseTooManyFailedAttempts")],
        Annotated[ActiveTurnNotSteerableCodexErrorInfo, Tag("activeTurnNotSteerable")],
        Annotated[UnrecognizedCodexErrorInfo, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        external_discriminator(
            {
                "httpConnectionFailed": "http_connection_failed",
                "responseStreamConnectionFailed": "response_stream_connection_failed",
                "responseStreamDisconnected": "response_stream_disconnected",
                "responseTooManyFailedAttempts": "response_too_many_failed_attempts",
                "activeTurnNotSteerable": "active_turn_not_steerable",
            },
        ),
    ),
]
"""This translation layer make sure that we expose codex error code in camel case.

When an upstream HTTP status is available (for example, from the Responses API or a provider), it is forwarded in
`httpStatusCode` on the relevant `codexErrorInfo` variant.
"""
