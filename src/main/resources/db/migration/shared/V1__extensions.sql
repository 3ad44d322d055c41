-- Trigram indexes back the diacritic-insensitive searches (member names, card numbers, phones).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
