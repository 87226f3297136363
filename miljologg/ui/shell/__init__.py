"""The app's window and its frame: app start, main window, welcome, file menu, lock, style."""
