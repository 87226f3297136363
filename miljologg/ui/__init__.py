"""The GUI (PySide6): one package per page a person works on, plus the shell and shared widgets."""
