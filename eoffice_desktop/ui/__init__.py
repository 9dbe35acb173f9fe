"""The PySide6 application: windows, table models, dialogs and background workers. It only calls core services."""
