ALTER TABLE "trajectories" ADD COLUMN "plan_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "trajectory_reflections" ADD COLUMN "edited_at" timestamp with time zone;