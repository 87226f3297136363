"""miljologg: a private, offline log of clinical supervision, attendance and assignments."""

__version__ = "0.1.0"
