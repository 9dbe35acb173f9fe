"""Who letters come from and go to: the office's address book and the national directory of offices."""
