CREATE TABLE "trajectory_stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"themes" jsonb NOT NULL,
	"practice_example_ids" jsonb NOT NULL,
	"author_id" uuid,
	"consented_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"moderation_reason" text,
	"moderated_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_story_photos" (
	"story_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"size" integer NOT NULL,
	"hash" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"alt" text NOT NULL,
	"consent_statement" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_testimonials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"quote" text NOT NULL,
	"shown_name" text NOT NULL,
	"shown_role" text NOT NULL,
	"author_id" uuid,
	"consented_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"moderation_reason" text,
	"moderated_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trajectory_stories" ADD CONSTRAINT "trajectory_stories_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_stories" ADD CONSTRAINT "trajectory_stories_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_stories" ADD CONSTRAINT "trajectory_stories_moderated_by_people_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_story_photos" ADD CONSTRAINT "trajectory_story_photos_story_id_trajectory_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."trajectory_stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_testimonials" ADD CONSTRAINT "trajectory_testimonials_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_testimonials" ADD CONSTRAINT "trajectory_testimonials_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_testimonials" ADD CONSTRAINT "trajectory_testimonials_moderated_by_people_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_stories_trajectory_idx" ON "trajectory_stories" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "trajectory_testimonials_trajectory_idx" ON "trajectory_testimonials" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "trajectory_testimonials_author_idx" ON "trajectory_testimonials" USING btree ("author_id");