"""PDF helpers shared by previews, printouts and OCR."""
