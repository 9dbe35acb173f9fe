"""The office's people, their passwords and roles, and who may see and change what."""
