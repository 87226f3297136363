"""The one error type services raise for bad input, so dialogs can show it at the field."""

from __future__ import annotations


class ValidationError(ValueError):
    """Bad input: ``field`` names the input (a service parameter); ``message`` is Norwegian."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(ValidationError):
    """A record the caller named does not exist (any more)."""
