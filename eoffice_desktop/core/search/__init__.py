"""Finding letters: the text index, Lao/English folding, queries, sorted pages, saved searches."""
