-- The library's search answers words and facets from one GIN lookup (ADR 051): the status and every
-- facet value become a lexeme of the search vector ('#status/published', '#theme/spijbelen'), which
-- the Dutch parser can never produce from text ('#' and '/' split words). Immutable, so a generated
-- column may call it; the same on PostgreSQL and PGlite.
CREATE FUNCTION netwerkplein_facet_lexemes(status text, province text, themes text[], domains text[], target_groups text[], partner_types text[])
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(array_remove(ARRAY['#status/' || status, '#province/' || province], NULL)
    || ARRAY(SELECT '#theme/' || v FROM unnest(themes) v)
    || ARRAY(SELECT '#domain/' || v FROM unnest(domains) v)
    || ARRAY(SELECT '#targetGroup/' || v FROM unnest(target_groups) v)
    || ARRAY(SELECT '#partnerType/' || v FROM unnest(partner_types) v))
$$;--> statement-breakpoint
ALTER TABLE "practice_examples" drop column "search";--> statement-breakpoint
ALTER TABLE "practice_examples" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('netwerkplein_nl'::regconfig, title), 'A') || setweight(to_tsvector('netwerkplein_nl'::regconfig, summary), 'B') || setweight(to_tsvector('netwerkplein_nl'::regconfig, search_text), 'C') || netwerkplein_facet_lexemes(status, province, themes, domains, target_groups, partner_types)) STORED NOT NULL;--> statement-breakpoint
-- A vector of a long body is over TOAST's threshold and was moved out of the row, so every match cost
-- a TOAST lookup for the recheck and the rank; kept in the row, the long text columns go out first.
ALTER TABLE "practice_examples" ALTER COLUMN "search" SET STORAGE MAIN;--> statement-breakpoint
-- No pending list: searches outnumber writes by far, and a pending list is read linearly on every search.
CREATE INDEX "practice_examples_search_idx" ON "practice_examples" USING gin ("search") WITH (fastupdate=false);
