CREATE TABLE "municipalities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"invoice_name" text NOT NULL,
	"invoice_number" text DEFAULT '' NOT NULL,
	"invoice_email" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality_officers" (
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"portfolio" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipality_officers_municipality_id_person_id_pk" PRIMARY KEY("municipality_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "registration_pair_schools" (
	"registration_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	CONSTRAINT "registration_pair_schools_registration_id_school_id_pk" PRIMARY KEY("registration_id","school_id")
);
--> statement-breakpoint
CREATE TABLE "registration_pairs" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "municipal_pairs" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_officers" ADD CONSTRAINT "municipality_officers_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_officers" ADD CONSTRAINT "municipality_officers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_pair_schools" ADD CONSTRAINT "registration_pair_schools_registration_id_registration_pairs_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration_pairs"("registration_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_pair_schools" ADD CONSTRAINT "registration_pair_schools_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_pairs" ADD CONSTRAINT "registration_pairs_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_pairs" ADD CONSTRAINT "registration_pairs_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "municipalities_name_country_idx" ON "municipalities" USING btree (lower("name"),"country");--> statement-breakpoint
CREATE INDEX "municipality_officers_person_idx" ON "municipality_officers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "registration_pairs_municipality_idx" ON "registration_pairs" USING btree ("municipality_id");