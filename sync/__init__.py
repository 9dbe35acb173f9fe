"""Sync between eOffice desktops and the central server: protocol, client and server."""
