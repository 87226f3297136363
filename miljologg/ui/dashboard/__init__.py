"""«Oversikt»: where the student stands, with cards and charts."""
