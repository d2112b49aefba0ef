CREATE TABLE "trajectory_evidence_files" (
	"action_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"kind" text NOT NULL,
	"size" integer NOT NULL,
	"hash" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trajectory_evidence_files" ADD CONSTRAINT "trajectory_evidence_files_action_id_trajectory_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."trajectory_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_evidence_files" ADD CONSTRAINT "trajectory_evidence_files_uploaded_by_people_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;