"""eOffice Desktop: the office registry of incoming and outgoing letters, offline first."""

import logging

__version__ = "0.1.0"

# The window and the commands send the log to a file (core/support/logs.py); used as a library, the core stays quiet.
logging.getLogger("eoffice").addHandler(logging.NullHandler())
