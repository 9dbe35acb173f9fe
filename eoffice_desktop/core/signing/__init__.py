"""Digital signatures of letters: officials' keys, the offline CA, manifests, CMS and PDF signatures, verification.

Qt-free: the GUI calls these functions from worker threads (key derivation and hashing take noticeable time).
"""
