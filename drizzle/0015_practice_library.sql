CREATE TABLE "practice_example_revisions" (
	"example_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"edited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_example_revisions_example_id_revision_pk" PRIMARY KEY("example_id","revision")
);
--> statement-breakpoint
CREATE TABLE "practice_example_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"example_id" uuid NOT NULL,
	"source_example_id" uuid,
	"outside_title" text,
	"outside_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_examples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"network_id" uuid,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"partner_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"tools" text[] DEFAULT '{}'::text[] NOT NULL,
	"province" text,
	"municipality" text,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"proposed_by_school_id" uuid,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('netwerkplein_nl'::regconfig, title), 'A') || setweight(to_tsvector('netwerkplein_nl'::regconfig, summary), 'B') || setweight(to_tsvector('netwerkplein_nl'::regconfig, search_text), 'C')) STORED NOT NULL
);
--> statement-breakpoint
ALTER TABLE "practice_example_revisions" ADD CONSTRAINT "practice_example_revisions_example_id_practice_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."practice_examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_example_revisions" ADD CONSTRAINT "practice_example_revisions_edited_by_people_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_example_sources" ADD CONSTRAINT "practice_example_sources_example_id_practice_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."practice_examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_example_sources" ADD CONSTRAINT "practice_example_sources_source_example_id_practice_examples_id_fk" FOREIGN KEY ("source_example_id") REFERENCES "public"."practice_examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_examples" ADD CONSTRAINT "practice_examples_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_examples" ADD CONSTRAINT "practice_examples_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_examples" ADD CONSTRAINT "practice_examples_proposed_by_school_id_schools_id_fk" FOREIGN KEY ("proposed_by_school_id") REFERENCES "public"."schools"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practice_example_sources_example_idx" ON "practice_example_sources" USING btree ("example_id");--> statement-breakpoint
CREATE INDEX "practice_example_sources_source_idx" ON "practice_example_sources" USING btree ("source_example_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_examples_org_slug_idx" ON "practice_examples" USING btree ("organisation_id","slug");--> statement-breakpoint
CREATE INDEX "practice_examples_search_idx" ON "practice_examples" USING gin ("search");--> statement-breakpoint
CREATE INDEX "practice_examples_themes_idx" ON "practice_examples" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "practice_examples_domains_idx" ON "practice_examples" USING gin ("domains");--> statement-breakpoint
CREATE INDEX "practice_examples_target_groups_idx" ON "practice_examples" USING gin ("target_groups");--> statement-breakpoint
CREATE INDEX "practice_examples_partner_types_idx" ON "practice_examples" USING gin ("partner_types");--> statement-breakpoint
CREATE INDEX "practice_examples_status_province_idx" ON "practice_examples" USING btree ("status","province");