"""Keys, certificates, the CA and detached CMS signatures: what an office PC and the server's CA and time-stamping
authority both need (the letters' signing workflow itself is the desktop's, in eoffice_desktop/core/signing)."""
