CREATE TABLE "trajectories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" integer NOT NULL,
	"applied_by" uuid,
	"questions" text NOT NULL,
	"expectations" text NOT NULL,
	"status" text DEFAULT 'aangevraagd' NOT NULL,
	"refusal_reason" text,
	"phase" text DEFAULT 'intake' NOT NULL,
	"coach_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_intakes" (
	"trajectory_id" uuid PRIMARY KEY NOT NULL,
	"held_on" date NOT NULL,
	"school_expectations" text NOT NULL,
	"coach_expectations" text NOT NULL,
	"support_questions" text NOT NULL,
	"intensity" text NOT NULL,
	"rhythm" text NOT NULL,
	"recorded_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_logbook" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"participants" text NOT NULL,
	"done" text NOT NULL,
	"learned" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"intervision" jsonb,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"themes" jsonb NOT NULL,
	"partners" jsonb NOT NULL,
	"intensity_options" jsonb NOT NULL,
	"eligible_country" text,
	"eligible_municipality" text,
	"eligible_level" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_start_years" (
	"offer_id" uuid NOT NULL,
	"school_year" integer NOT NULL,
	"places" integer NOT NULL,
	"taken" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "trajectory_start_years_offer_id_school_year_pk" PRIMARY KEY("offer_id","school_year"),
	CONSTRAINT "trajectory_start_years_capacity" CHECK ("trajectory_start_years"."taken" >= 0 and "trajectory_start_years"."taken" <= "trajectory_start_years"."places")
);
--> statement-breakpoint
CREATE TABLE "trajectory_workgroup" (
	"trajectory_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"is_ambassador" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_workgroup_trajectory_id_person_id_pk" PRIMARY KEY("trajectory_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_offer_id_trajectory_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."trajectory_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_applied_by_people_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_coach_id_people_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_intakes" ADD CONSTRAINT "trajectory_intakes_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_intakes" ADD CONSTRAINT "trajectory_intakes_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_logbook" ADD CONSTRAINT "trajectory_logbook_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_logbook" ADD CONSTRAINT "trajectory_logbook_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_offers" ADD CONSTRAINT "trajectory_offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_start_years" ADD CONSTRAINT "trajectory_start_years_offer_id_trajectory_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."trajectory_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_workgroup" ADD CONSTRAINT "trajectory_workgroup_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_workgroup" ADD CONSTRAINT "trajectory_workgroup_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trajectories_offer_idx" ON "trajectories" USING btree ("offer_id","status");--> statement-breakpoint
CREATE INDEX "trajectories_coach_idx" ON "trajectories" USING btree ("coach_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectories_live_idx" ON "trajectories" USING btree ("offer_id","school_id") WHERE "trajectories"."status" <> 'geweigerd';--> statement-breakpoint
CREATE INDEX "trajectory_logbook_trajectory_idx" ON "trajectory_logbook" USING btree ("trajectory_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_offers_slug_idx" ON "trajectory_offers" USING btree ("organisation_id","slug");--> statement-breakpoint
CREATE INDEX "trajectory_workgroup_person_idx" ON "trajectory_workgroup" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_workgroup_ambassador_idx" ON "trajectory_workgroup" USING btree ("trajectory_id") WHERE "trajectory_workgroup"."is_ambassador";