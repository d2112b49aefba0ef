CREATE TABLE "mail_campaign_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"address" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"locale" text DEFAULT 'nl' NOT NULL,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"footer_link" text,
	"state" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"possible_duplicate" boolean DEFAULT false NOT NULL,
	"claimed_by" uuid,
	"claim_token" uuid,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	CONSTRAINT "mail_campaign_recipients_address_key" UNIQUE("campaign_id","address")
);
--> statement-breakpoint
CREATE TABLE "mail_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source_id" text NOT NULL,
	"recipient_list" jsonb,
	"subject" text NOT NULL,
	"html" text,
	"text" text NOT NULL,
	"from_name" text,
	"reply_to" text,
	"state" text DEFAULT 'preparing' NOT NULL,
	"prepare_cursor" text,
	"prepared_at" timestamp with time zone,
	"active_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mail_suppressions" (
	"address" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_campaign_recipients" ADD CONSTRAINT "mail_campaign_recipients_campaign_id_mail_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."mail_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_campaigns" ADD CONSTRAINT "mail_campaigns_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_campaign_recipients_state_idx" ON "mail_campaign_recipients" USING btree ("campaign_id","state");--> statement-breakpoint
CREATE INDEX "mail_campaign_recipients_address_idx" ON "mail_campaign_recipients" USING btree ("address","state");--> statement-breakpoint
CREATE INDEX "mail_campaigns_org_idx" ON "mail_campaigns" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "mail_campaigns_state_idx" ON "mail_campaigns" USING btree ("state");