CREATE TABLE "account_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kept_person_id" uuid NOT NULL,
	"kept_email" text NOT NULL,
	"merged_person_id" uuid NOT NULL,
	"merged_email" text NOT NULL,
	"merged_by" uuid NOT NULL,
	"moved" jsonb NOT NULL,
	"dropped" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "merged_into" uuid;--> statement-breakpoint
CREATE INDEX "account_merges_kept_idx" ON "account_merges" USING btree ("kept_person_id");--> statement-breakpoint
CREATE INDEX "account_merges_merged_idx" ON "account_merges" USING btree ("merged_person_id");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_merged_into_people_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;