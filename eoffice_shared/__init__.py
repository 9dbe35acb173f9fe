"""Code the desktop app and the central server both run, owned by neither: officials' keys and certificates, the CA,
detached CMS signatures, verification codes and the exit codes of both command lines. No Qt, no database."""
