"""Registering letters: the form's rules, registry numbers, the registers read page by page, import and export."""
