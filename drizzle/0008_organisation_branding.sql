CREATE TABLE "organisation_branding" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"accent" text,
	"logo" "bytea",
	"logo_type" text,
	"logo_hash" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_branding" ADD CONSTRAINT "organisation_branding_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;