ALTER TABLE "activities" ADD COLUMN "guest_confirm_hours" integer DEFAULT 48 NOT NULL;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "confirm_token_hash" text;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "release_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "registrations_release_idx" ON "registrations" USING btree ("release_at");--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_confirm_token_hash_unique" UNIQUE("confirm_token_hash");