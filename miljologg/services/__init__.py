"""Use cases: validated, transactional, audited writes and plain-record reads."""
