"""Per-language vocabularies and number grammars, kept as data files (lang/<code>/)."""
