"""eOffice Desktop: the office registry of incoming and outgoing letters, offline first."""

__version__ = "0.1.0"
