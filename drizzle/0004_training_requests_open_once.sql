-- Before this index a double submit could file the same open request twice: keep the first, decline the others.
UPDATE "training_requests" AS t SET "status" = 'declined', "decided_at" = now()
WHERE t."status" = 'open' AND EXISTS (
  SELECT 1 FROM "training_requests" AS o
  WHERE o."status" = 'open' AND o."school_id" = t."school_id" AND o."organisation_id" = t."organisation_id"
    AND lower(o."theme") = lower(t."theme") AND (o."created_at", o."id") < (t."created_at", t."id")
);--> statement-breakpoint
CREATE UNIQUE INDEX "training_requests_open_theme_idx" ON "training_requests" USING btree ("school_id","organisation_id",lower("theme")) WHERE "training_requests"."status" = 'open';
