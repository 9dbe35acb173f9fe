"""Reading the words inside scans (Lao and English) so a letter is found by what its scan says.

`engine` runs Tesseract, `pages` turns a stored file into pages, `store` keeps the text beside the original, `worker`
reads in the background; the original files are only ever read.
"""
