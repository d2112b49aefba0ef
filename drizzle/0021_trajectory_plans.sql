CREATE TABLE "trajectory_action_partners" (
	"action_id" uuid PRIMARY KEY NOT NULL,
	"map_link_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_evaluations" (
	"trajectory_id" uuid NOT NULL,
	"side" text NOT NULL,
	"author_id" uuid,
	"outcome" text NOT NULL,
	"continuation" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_evaluations_trajectory_id_side_pk" PRIMARY KEY("trajectory_id","side")
);
--> statement-breakpoint
CREATE TABLE "trajectory_reflections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"author_id" uuid,
	"written_on" date NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trajectory_action_partners" ADD CONSTRAINT "trajectory_action_partners_action_id_trajectory_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."trajectory_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_action_partners" ADD CONSTRAINT "trajectory_action_partners_map_link_id_map_links_id_fk" FOREIGN KEY ("map_link_id") REFERENCES "public"."map_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_evaluations" ADD CONSTRAINT "trajectory_evaluations_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_evaluations" ADD CONSTRAINT "trajectory_evaluations_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_reflections" ADD CONSTRAINT "trajectory_reflections_action_id_trajectory_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."trajectory_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_reflections" ADD CONSTRAINT "trajectory_reflections_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trajectory_action_partners_link_idx" ON "trajectory_action_partners" USING btree ("map_link_id");--> statement-breakpoint
CREATE INDEX "trajectory_reflections_action_idx" ON "trajectory_reflections" USING btree ("action_id","written_on");