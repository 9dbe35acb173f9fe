"""The demo office: realistic Lao and English letters, people and files, made through the real services."""
