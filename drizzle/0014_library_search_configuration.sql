-- Dutch full-text search without accents (ADR 043): the unaccent dictionary in front of the Dutch
-- snowball stemmer, as its own configuration so to_tsvector('netwerkplein_nl', …) stays immutable
-- and can feed a generated column. PostgreSQL ships unaccent as a trusted extension (13+); PGlite
-- loads it from @electric-sql/pglite/contrib/unaccent (src/lib/server/db/client.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'netwerkplein_nl') THEN
    CREATE TEXT SEARCH CONFIGURATION netwerkplein_nl (COPY = dutch);
    ALTER TEXT SEARCH CONFIGURATION netwerkplein_nl
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
  END IF;
END
$$;
