CREATE TABLE "communication_kit_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"file_name" text NOT NULL,
	"kind" text NOT NULL,
	"size" integer NOT NULL,
	"hash" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "communication_kit_texts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kit_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "communication_kits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"school_year" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "communication_kits_network_year_uq" UNIQUE("network_id","school_year")
);
--> statement-breakpoint
ALTER TABLE "communication_kit_files" ADD CONSTRAINT "communication_kit_files_kit_id_communication_kits_id_fk" FOREIGN KEY ("kit_id") REFERENCES "public"."communication_kits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_kit_files" ADD CONSTRAINT "communication_kit_files_uploaded_by_people_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_kit_texts" ADD CONSTRAINT "communication_kit_texts_kit_id_communication_kits_id_fk" FOREIGN KEY ("kit_id") REFERENCES "public"."communication_kits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_kits" ADD CONSTRAINT "communication_kits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_kits" ADD CONSTRAINT "communication_kits_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communication_kit_files_kit_idx" ON "communication_kit_files" USING btree ("kit_id","category","created_at");--> statement-breakpoint
CREATE INDEX "communication_kit_texts_kit_idx" ON "communication_kit_texts" USING btree ("kit_id","position");--> statement-breakpoint
CREATE INDEX "communication_kits_org_idx" ON "communication_kits" USING btree ("organisation_id");