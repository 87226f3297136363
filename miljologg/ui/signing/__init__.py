"""Sign-off: in person, by file exchange and on paper."""
