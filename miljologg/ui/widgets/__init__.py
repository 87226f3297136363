"""Widgets and helpers every page shares: messages, dialogs, the file chooser, the chart."""
