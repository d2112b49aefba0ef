CREATE TABLE "trajectory_observations" (
	"entry_id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid,
	"lesson" text NOT NULL,
	"focus" text NOT NULL,
	"observed" text NOT NULL,
	"worked" text NOT NULL,
	"reflection" text DEFAULT '' NOT NULL,
	"agreements" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_offer_networks" (
	"offer_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_session_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_session_votes" (
	"option_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"answer" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_session_votes_option_id_person_id_pk" PRIMARY KEY("option_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "trajectory_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"location" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"chosen_option_id" uuid,
	"chosen_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trajectory_observations" ADD CONSTRAINT "trajectory_observations_entry_id_trajectory_logbook_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."trajectory_logbook"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_observations" ADD CONSTRAINT "trajectory_observations_teacher_id_people_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_observations" ADD CONSTRAINT "trajectory_observations_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_offer_networks" ADD CONSTRAINT "trajectory_offer_networks_offer_id_trajectory_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."trajectory_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_offer_networks" ADD CONSTRAINT "trajectory_offer_networks_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_session_options" ADD CONSTRAINT "trajectory_session_options_session_id_trajectory_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."trajectory_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_session_votes" ADD CONSTRAINT "trajectory_session_votes_option_id_trajectory_session_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."trajectory_session_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_session_votes" ADD CONSTRAINT "trajectory_session_votes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_sessions" ADD CONSTRAINT "trajectory_sessions_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_sessions" ADD CONSTRAINT "trajectory_sessions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trajectory_observations_teacher_idx" ON "trajectory_observations" USING btree ("teacher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_offer_networks_network_idx" ON "trajectory_offer_networks" USING btree ("network_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_session_options_idx" ON "trajectory_session_options" USING btree ("session_id","starts_at");--> statement-breakpoint
CREATE INDEX "trajectory_session_votes_person_idx" ON "trajectory_session_votes" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "trajectory_sessions_trajectory_idx" ON "trajectory_sessions" USING btree ("trajectory_id");