"""Database layer: typed models and opening a data file."""
