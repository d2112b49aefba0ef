CREATE TABLE "map_keepers" (
	"school_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "map_keepers_school_id_person_id_pk" PRIMARY KEY("school_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "map_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"nature" text DEFAULT '' NOT NULL,
	"for_pupils" boolean DEFAULT false NOT NULL,
	"for_parents" boolean DEFAULT false NOT NULL,
	"for_team" boolean DEFAULT false NOT NULL,
	"contact_role" text,
	"contact_person_id" uuid,
	"closeness" text NOT NULL,
	"since_year" integer,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "map_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"municipality" text DEFAULT '' NOT NULL,
	"categories" text[] NOT NULL,
	"website" text,
	"contact" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "map_shares" (
	"school_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "map_shares_school_id_organisation_id_pk" PRIMARY KEY("school_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "map_snapshots" (
	"school_id" uuid NOT NULL,
	"school_year" integer NOT NULL,
	"links" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "map_snapshots_school_id_school_year_pk" PRIMARY KEY("school_id","school_year")
);
--> statement-breakpoint
CREATE TABLE "network_maps" (
	"school_id" uuid PRIMARY KEY NOT NULL,
	"counts_in_peers" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "map_keepers" ADD CONSTRAINT "map_keepers_school_id_network_maps_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."network_maps"("school_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_keepers" ADD CONSTRAINT "map_keepers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_links" ADD CONSTRAINT "map_links_school_id_network_maps_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."network_maps"("school_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_links" ADD CONSTRAINT "map_links_partner_id_map_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."map_partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_links" ADD CONSTRAINT "map_links_contact_person_id_people_id_fk" FOREIGN KEY ("contact_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_shares" ADD CONSTRAINT "map_shares_school_id_network_maps_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."network_maps"("school_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_shares" ADD CONSTRAINT "map_shares_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_snapshots" ADD CONSTRAINT "map_snapshots_school_id_network_maps_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."network_maps"("school_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_maps" ADD CONSTRAINT "network_maps_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "map_links_school_partner_idx" ON "map_links" USING btree ("school_id","partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "map_partners_name_municipality_idx" ON "map_partners" USING btree (lower("name"),lower("municipality"));--> statement-breakpoint
CREATE INDEX "map_partners_municipality_idx" ON "map_partners" USING btree (lower("municipality"));--> statement-breakpoint
CREATE INDEX "map_shares_organisation_idx" ON "map_shares" USING btree ("organisation_id");