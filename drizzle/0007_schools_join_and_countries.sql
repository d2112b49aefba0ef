CREATE TABLE "school_join_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"access" text NOT NULL,
	"school_role" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "school_mail_domains" (
	"school_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_mail_domains_school_id_domain_pk" PRIMARY KEY("school_id","domain")
);
--> statement-breakpoint
ALTER TABLE "schools" ALTER COLUMN "province" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ALTER COLUMN "level" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ALTER COLUMN "education_network" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "identifier_type" text DEFAULT 'instellingsnummer' NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "country" text DEFAULT 'BE' NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "country_name" text;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "sector" text;--> statement-breakpoint
ALTER TABLE "school_join_requests" ADD CONSTRAINT "school_join_requests_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_join_requests" ADD CONSTRAINT "school_join_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_join_requests" ADD CONSTRAINT "school_join_requests_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_mail_domains" ADD CONSTRAINT "school_mail_domains_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_mail_domains" ADD CONSTRAINT "school_mail_domains_added_by_people_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "school_join_requests_open_idx" ON "school_join_requests" USING btree ("school_id","person_id") WHERE "school_join_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "school_join_requests_school_idx" ON "school_join_requests" USING btree ("school_id","status");--> statement-breakpoint
CREATE INDEX "school_mail_domains_domain_idx" ON "school_mail_domains" USING btree ("domain");