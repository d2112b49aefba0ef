CREATE TABLE "network_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_moderators" (
	"network_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_moderators_network_id_person_id_pk" PRIMARY KEY("network_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "session_presentations" (
	"programme_item_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"example_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "network_contacts" ADD CONSTRAINT "network_contacts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_moderators" ADD CONSTRAINT "network_moderators_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_moderators" ADD CONSTRAINT "network_moderators_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_moderators" ADD CONSTRAINT "network_moderators_granted_by_people_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_presentations" ADD CONSTRAINT "session_presentations_programme_item_id_activity_programme_items_id_fk" FOREIGN KEY ("programme_item_id") REFERENCES "public"."activity_programme_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_presentations" ADD CONSTRAINT "session_presentations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_presentations" ADD CONSTRAINT "session_presentations_example_id_practice_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."practice_examples"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_contacts_network_idx" ON "network_contacts" USING btree ("network_id","position");--> statement-breakpoint
CREATE INDEX "network_moderators_person_idx" ON "network_moderators" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "session_presentations_network_idx" ON "session_presentations" USING btree ("network_id");--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_parent_id_networks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "networks_parent_idx" ON "networks" USING btree ("parent_id");