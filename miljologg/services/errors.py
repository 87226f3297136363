"""The one error type services raise for bad input, so dialogs can show it at the field."""

from __future__ import annotations

from miljologg.core.privacy import redact


class ValidationError(ValueError):
    """Bad input: ``field`` names the input (a service parameter); ``message`` is Norwegian.

    Many messages quote what the user gave («Fant ingen veileder «…»», «ugyldig verdi «…»»); an
    identity number in it is replaced here, once for all of them (teieplikt: a refused number
    must not come back through an error message, a log line or a screenshot of one).
    """

    def __init__(self, field: str, message: str) -> None:
        message = redact(message)
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(ValidationError):
    """A record the caller named does not exist (any more)."""
