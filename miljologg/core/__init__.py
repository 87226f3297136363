"""Pure domain core: no Qt, no SQLAlchemy, no I/O beyond reading shipped resources."""
