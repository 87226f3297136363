"""«Arbeidskrav»: the written assignments."""
