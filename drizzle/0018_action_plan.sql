CREATE TABLE "trajectory_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'gepland' NOT NULL,
	"reach" text DEFAULT 'werkgroep' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trajectory_actions" ADD CONSTRAINT "trajectory_actions_goal_id_trajectory_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."trajectory_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_actions" ADD CONSTRAINT "trajectory_actions_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_goals" ADD CONSTRAINT "trajectory_goals_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trajectory_actions_goal_idx" ON "trajectory_actions" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "trajectory_actions_owner_idx" ON "trajectory_actions" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "trajectory_goals_trajectory_idx" ON "trajectory_goals" USING btree ("trajectory_id");