CREATE TABLE "international_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"focus" text NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"initiatives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"visible_to_members" boolean DEFAULT true NOT NULL,
	"initiatives_public" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "international_introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"requested_by" uuid,
	"message" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"decline_reason" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "international_contacts" ADD CONSTRAINT "international_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "international_introductions" ADD CONSTRAINT "international_introductions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "international_introductions" ADD CONSTRAINT "international_introductions_contact_id_international_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."international_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "international_introductions" ADD CONSTRAINT "international_introductions_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "international_introductions" ADD CONSTRAINT "international_introductions_requested_by_people_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "international_introductions" ADD CONSTRAINT "international_introductions_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "international_contacts_org_idx" ON "international_contacts" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "international_introductions_org_idx" ON "international_introductions" USING btree ("organisation_id","status","created_at");--> statement-breakpoint
CREATE INDEX "international_introductions_school_idx" ON "international_introductions" USING btree ("school_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "international_introductions_open_uq" ON "international_introductions" USING btree ("contact_id","school_id") WHERE status = 'requested';