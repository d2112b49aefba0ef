CREATE TABLE "wegwijzer_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"question_type" text NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"role" text NOT NULL,
	"person_id" uuid,
	"link_id" uuid,
	"approach" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "wegwijzer_rows" ADD CONSTRAINT "wegwijzer_rows_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wegwijzer_rows" ADD CONSTRAINT "wegwijzer_rows_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wegwijzer_rows" ADD CONSTRAINT "wegwijzer_rows_link_id_map_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."map_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wegwijzer_rows_school_idx" ON "wegwijzer_rows" USING btree ("school_id");