"""The desktop's sync client: talks to the central server over HTTP, or writes and reads USB bundles."""
