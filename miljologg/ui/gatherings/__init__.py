"""«Samlinger»: attendance per gathering day."""
