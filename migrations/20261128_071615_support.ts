import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tickets_channel" AS ENUM('phone', 'email', 'portal', 'on-site');
  CREATE TYPE "public"."enum_tickets_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__tickets_v_version_channel" AS ENUM('phone', 'email', 'portal', 'on-site');
  CREATE TYPE "public"."enum__tickets_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum_ticket_actions_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__ticket_actions_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  ALTER TYPE "public"."enum_nomenclators_list" ADD VALUE 'ticket-action-types' BEFORE 'units';
  ALTER TYPE "public"."enum__nomenclators_v_version_list" ADD VALUE 'ticket-action-types' BEFORE 'units';
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'tickets' BEFORE 'todos';
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'ticket-actions' BEFORE 'todos';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'tickets' BEFORE 'todos';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'ticket-actions' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'ticket-types' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'tickets' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'ticket-actions' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'ticket-types' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'tickets' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'ticket-actions' BEFORE 'todos';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'flagOverdueTickets';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'flagOverdueTickets';
  CREATE TABLE "ticket_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workflow_id" integer,
  	"default_priority_id" integer,
  	"default_team_id" integer,
  	"sla_first_response_hours" numeric,
  	"sla_resolution_hours" numeric,
  	"active" boolean DEFAULT true,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ticket_types_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_ticket_types_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_id" integer,
  	"version_default_priority_id" integer,
  	"version_default_team_id" integer,
  	"version_sla_first_response_hours" numeric,
  	"version_sla_resolution_hours" numeric,
  	"version_active" boolean DEFAULT true,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_ticket_types_v_locales" (
  	"version_name" varchar NOT NULL,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "tickets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"title" varchar NOT NULL,
  	"description" jsonb,
  	"type_id" integer NOT NULL,
  	"category_id" integer,
  	"priority_id" integer,
  	"channel" "enum_tickets_channel" DEFAULT 'phone',
  	"client_id" integer,
  	"contact_id" integer,
  	"reporter_id" integer,
  	"responsible_id" integer,
  	"team_id" integer,
  	"response_due" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"first_response_at" timestamp(3) with time zone,
  	"resolved_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"overdue" boolean,
  	"overdue_notified_at" timestamp(3) with time zone,
  	"status" varchar,
  	"status_category" "enum_tickets_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"custom_fields" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tickets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clients_id" integer,
  	"opportunities_id" integer,
  	"offers_id" integer,
  	"ticket_files_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_tickets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_title" varchar NOT NULL,
  	"version_description" jsonb,
  	"version_type_id" integer NOT NULL,
  	"version_category_id" integer,
  	"version_priority_id" integer,
  	"version_channel" "enum__tickets_v_version_channel" DEFAULT 'phone',
  	"version_client_id" integer,
  	"version_contact_id" integer,
  	"version_reporter_id" integer,
  	"version_responsible_id" integer,
  	"version_team_id" integer,
  	"version_response_due" timestamp(3) with time zone,
  	"version_due_date" timestamp(3) with time zone,
  	"version_first_response_at" timestamp(3) with time zone,
  	"version_resolved_at" timestamp(3) with time zone,
  	"version_closed_at" timestamp(3) with time zone,
  	"version_overdue" boolean,
  	"version_overdue_notified_at" timestamp(3) with time zone,
  	"version_status" varchar,
  	"version_status_category" "enum__tickets_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_custom_fields" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_tickets_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clients_id" integer,
  	"opportunities_id" integer,
  	"offers_id" integer,
  	"ticket_files_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "ticket_actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"ticket_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"type_id" integer,
  	"description" varchar,
  	"planned_at" timestamp(3) with time zone,
  	"done_at" timestamp(3) with time zone,
  	"minutes_spent" numeric,
  	"result" varchar,
  	"responsible_id" integer NOT NULL,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_ticket_actions_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ticket_actions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"ticket_files_id" integer
  );
  
  CREATE TABLE "_ticket_actions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_ticket_id" integer NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_type_id" integer,
  	"version_description" varchar,
  	"version_planned_at" timestamp(3) with time zone,
  	"version_done_at" timestamp(3) with time zone,
  	"version_minutes_spent" numeric,
  	"version_result" varchar,
  	"version_responsible_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__ticket_actions_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_ticket_actions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"ticket_files_id" integer
  );
  
  CREATE TABLE "ticket_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"ticket_id" integer,
  	"description" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "todos_rels" ADD COLUMN "tickets_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "ticket_actions_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "tickets_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "ticket_actions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ticket_types_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tickets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ticket_actions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ticket_files_id" integer;
  ALTER TABLE "settings" ADD COLUMN "support_reopen_within_days" numeric DEFAULT 14 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "support_max_upload_mb" numeric DEFAULT 10 NOT NULL;
  ALTER TABLE "_settings_v" ADD COLUMN "version_support_reopen_within_days" numeric DEFAULT 14 NOT NULL;
  ALTER TABLE "_settings_v" ADD COLUMN "version_support_max_upload_mb" numeric DEFAULT 10 NOT NULL;
  ALTER TABLE "ticket_types" ADD CONSTRAINT "ticket_types_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_types" ADD CONSTRAINT "ticket_types_default_priority_id_nomenclators_id_fk" FOREIGN KEY ("default_priority_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_types" ADD CONSTRAINT "ticket_types_default_team_id_teams_id_fk" FOREIGN KEY ("default_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_types" ADD CONSTRAINT "ticket_types_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_types" ADD CONSTRAINT "ticket_types_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_types_locales" ADD CONSTRAINT "ticket_types_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ticket_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ticket_types_v" ADD CONSTRAINT "_ticket_types_v_parent_id_ticket_types_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ticket_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_types_v" ADD CONSTRAINT "_ticket_types_v_version_workflow_id_workflows_id_fk" FOREIGN KEY ("version_workflow_id") REFERENCES "public"."workflows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_types_v" ADD CONSTRAINT "_ticket_types_v_version_default_priority_id_nomenclators_id_fk" FOREIGN KEY ("version_default_priority_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_types_v" ADD CONSTRAINT "_ticket_types_v_version_default_team_id_teams_id_fk" FOREIGN KEY ("version_default_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_types_v" ADD CONSTRAINT "_ticket_types_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_types_v" ADD CONSTRAINT "_ticket_types_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_types_v_locales" ADD CONSTRAINT "_ticket_types_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ticket_types_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_type_id_ticket_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."ticket_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_category_id_nomenclators_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_priority_id_nomenclators_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets" ADD CONSTRAINT "tickets_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tickets_rels" ADD CONSTRAINT "tickets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tickets_rels" ADD CONSTRAINT "tickets_rels_clients_fk" FOREIGN KEY ("clients_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tickets_rels" ADD CONSTRAINT "tickets_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tickets_rels" ADD CONSTRAINT "tickets_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tickets_rels" ADD CONSTRAINT "tickets_rels_ticket_files_fk" FOREIGN KEY ("ticket_files_id") REFERENCES "public"."ticket_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tickets_rels" ADD CONSTRAINT "tickets_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_parent_id_tickets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tickets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_version_type_id_ticket_types_id_fk" FOREIGN KEY ("version_type_id") REFERENCES "public"."ticket_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_version_category_id_nomenclators_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_version_priority_id_nomenclators_id_fk" FOREIGN KEY ("version_priority_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_version_client_id_clients_id_fk" FOREIGN KEY ("version_client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_version_contact_id_contacts_id_fk" FOREIGN KEY ("version_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_version_reporter_id_users_id_fk" FOREIGN KEY ("version_reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v" ADD CONSTRAINT "_tickets_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tickets_v_rels" ADD CONSTRAINT "_tickets_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tickets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tickets_v_rels" ADD CONSTRAINT "_tickets_v_rels_clients_fk" FOREIGN KEY ("clients_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tickets_v_rels" ADD CONSTRAINT "_tickets_v_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tickets_v_rels" ADD CONSTRAINT "_tickets_v_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tickets_v_rels" ADD CONSTRAINT "_tickets_v_rels_ticket_files_fk" FOREIGN KEY ("ticket_files_id") REFERENCES "public"."ticket_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tickets_v_rels" ADD CONSTRAINT "_tickets_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ticket_actions" ADD CONSTRAINT "ticket_actions_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_actions" ADD CONSTRAINT "ticket_actions_type_id_nomenclators_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_actions" ADD CONSTRAINT "ticket_actions_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_actions" ADD CONSTRAINT "ticket_actions_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_actions" ADD CONSTRAINT "ticket_actions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_actions" ADD CONSTRAINT "ticket_actions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_actions_rels" ADD CONSTRAINT "ticket_actions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ticket_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ticket_actions_rels" ADD CONSTRAINT "ticket_actions_rels_ticket_files_fk" FOREIGN KEY ("ticket_files_id") REFERENCES "public"."ticket_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ticket_actions_v" ADD CONSTRAINT "_ticket_actions_v_parent_id_ticket_actions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ticket_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_actions_v" ADD CONSTRAINT "_ticket_actions_v_version_ticket_id_tickets_id_fk" FOREIGN KEY ("version_ticket_id") REFERENCES "public"."tickets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_actions_v" ADD CONSTRAINT "_ticket_actions_v_version_type_id_nomenclators_id_fk" FOREIGN KEY ("version_type_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_actions_v" ADD CONSTRAINT "_ticket_actions_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_actions_v" ADD CONSTRAINT "_ticket_actions_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_actions_v" ADD CONSTRAINT "_ticket_actions_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_actions_v" ADD CONSTRAINT "_ticket_actions_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ticket_actions_v_rels" ADD CONSTRAINT "_ticket_actions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_ticket_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ticket_actions_v_rels" ADD CONSTRAINT "_ticket_actions_v_rels_ticket_files_fk" FOREIGN KEY ("ticket_files_id") REFERENCES "public"."ticket_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ticket_files" ADD CONSTRAINT "ticket_files_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_files" ADD CONSTRAINT "ticket_files_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticket_files" ADD CONSTRAINT "ticket_files_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "ticket_types_workflow_idx" ON "ticket_types" USING btree ("workflow_id");
  CREATE INDEX "ticket_types_default_priority_idx" ON "ticket_types" USING btree ("default_priority_id");
  CREATE INDEX "ticket_types_default_team_idx" ON "ticket_types" USING btree ("default_team_id");
  CREATE INDEX "ticket_types_active_idx" ON "ticket_types" USING btree ("active");
  CREATE INDEX "ticket_types_created_by_idx" ON "ticket_types" USING btree ("created_by_id");
  CREATE INDEX "ticket_types_updated_by_idx" ON "ticket_types" USING btree ("updated_by_id");
  CREATE INDEX "ticket_types_updated_at_idx" ON "ticket_types" USING btree ("updated_at");
  CREATE INDEX "ticket_types_created_at_idx" ON "ticket_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "ticket_types_locales_locale_parent_id_unique" ON "ticket_types_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_ticket_types_v_parent_idx" ON "_ticket_types_v" USING btree ("parent_id");
  CREATE INDEX "_ticket_types_v_version_version_workflow_idx" ON "_ticket_types_v" USING btree ("version_workflow_id");
  CREATE INDEX "_ticket_types_v_version_version_default_priority_idx" ON "_ticket_types_v" USING btree ("version_default_priority_id");
  CREATE INDEX "_ticket_types_v_version_version_default_team_idx" ON "_ticket_types_v" USING btree ("version_default_team_id");
  CREATE INDEX "_ticket_types_v_version_version_active_idx" ON "_ticket_types_v" USING btree ("version_active");
  CREATE INDEX "_ticket_types_v_version_version_created_by_idx" ON "_ticket_types_v" USING btree ("version_created_by_id");
  CREATE INDEX "_ticket_types_v_version_version_updated_by_idx" ON "_ticket_types_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_ticket_types_v_version_version_updated_at_idx" ON "_ticket_types_v" USING btree ("version_updated_at");
  CREATE INDEX "_ticket_types_v_version_version_created_at_idx" ON "_ticket_types_v" USING btree ("version_created_at");
  CREATE INDEX "_ticket_types_v_created_at_idx" ON "_ticket_types_v" USING btree ("created_at");
  CREATE INDEX "_ticket_types_v_updated_at_idx" ON "_ticket_types_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_ticket_types_v_locales_locale_parent_id_unique" ON "_ticket_types_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "tickets_number_idx" ON "tickets" USING btree ("number");
  CREATE INDEX "tickets_type_idx" ON "tickets" USING btree ("type_id");
  CREATE INDEX "tickets_category_idx" ON "tickets" USING btree ("category_id");
  CREATE INDEX "tickets_priority_idx" ON "tickets" USING btree ("priority_id");
  CREATE INDEX "tickets_client_idx" ON "tickets" USING btree ("client_id");
  CREATE INDEX "tickets_contact_idx" ON "tickets" USING btree ("contact_id");
  CREATE INDEX "tickets_reporter_idx" ON "tickets" USING btree ("reporter_id");
  CREATE INDEX "tickets_responsible_idx" ON "tickets" USING btree ("responsible_id");
  CREATE INDEX "tickets_team_idx" ON "tickets" USING btree ("team_id");
  CREATE INDEX "tickets_response_due_idx" ON "tickets" USING btree ("response_due");
  CREATE INDEX "tickets_due_date_idx" ON "tickets" USING btree ("due_date");
  CREATE INDEX "tickets_first_response_at_idx" ON "tickets" USING btree ("first_response_at");
  CREATE INDEX "tickets_resolved_at_idx" ON "tickets" USING btree ("resolved_at");
  CREATE INDEX "tickets_closed_at_idx" ON "tickets" USING btree ("closed_at");
  CREATE INDEX "tickets_overdue_idx" ON "tickets" USING btree ("overdue");
  CREATE INDEX "tickets_status_idx" ON "tickets" USING btree ("status");
  CREATE INDEX "tickets_status_category_idx" ON "tickets" USING btree ("status_category");
  CREATE INDEX "tickets_created_by_idx" ON "tickets" USING btree ("created_by_id");
  CREATE INDEX "tickets_updated_by_idx" ON "tickets" USING btree ("updated_by_id");
  CREATE INDEX "tickets_updated_at_idx" ON "tickets" USING btree ("updated_at");
  CREATE INDEX "tickets_created_at_idx" ON "tickets" USING btree ("created_at");
  CREATE INDEX "responsible_statusCategory_dueDate_idx" ON "tickets" USING btree ("responsible_id","status_category","due_date");
  CREATE INDEX "team_statusCategory_idx" ON "tickets" USING btree ("team_id","status_category");
  CREATE INDEX "statusCategory_dueDate_idx" ON "tickets" USING btree ("status_category","due_date");
  CREATE INDEX "tickets_rels_order_idx" ON "tickets_rels" USING btree ("order");
  CREATE INDEX "tickets_rels_parent_idx" ON "tickets_rels" USING btree ("parent_id");
  CREATE INDEX "tickets_rels_path_idx" ON "tickets_rels" USING btree ("path");
  CREATE INDEX "tickets_rels_clients_id_idx" ON "tickets_rels" USING btree ("clients_id");
  CREATE INDEX "tickets_rels_opportunities_id_idx" ON "tickets_rels" USING btree ("opportunities_id");
  CREATE INDEX "tickets_rels_offers_id_idx" ON "tickets_rels" USING btree ("offers_id");
  CREATE INDEX "tickets_rels_ticket_files_id_idx" ON "tickets_rels" USING btree ("ticket_files_id");
  CREATE INDEX "tickets_rels_users_id_idx" ON "tickets_rels" USING btree ("users_id");
  CREATE INDEX "_tickets_v_parent_idx" ON "_tickets_v" USING btree ("parent_id");
  CREATE INDEX "_tickets_v_version_version_number_idx" ON "_tickets_v" USING btree ("version_number");
  CREATE INDEX "_tickets_v_version_version_type_idx" ON "_tickets_v" USING btree ("version_type_id");
  CREATE INDEX "_tickets_v_version_version_category_idx" ON "_tickets_v" USING btree ("version_category_id");
  CREATE INDEX "_tickets_v_version_version_priority_idx" ON "_tickets_v" USING btree ("version_priority_id");
  CREATE INDEX "_tickets_v_version_version_client_idx" ON "_tickets_v" USING btree ("version_client_id");
  CREATE INDEX "_tickets_v_version_version_contact_idx" ON "_tickets_v" USING btree ("version_contact_id");
  CREATE INDEX "_tickets_v_version_version_reporter_idx" ON "_tickets_v" USING btree ("version_reporter_id");
  CREATE INDEX "_tickets_v_version_version_responsible_idx" ON "_tickets_v" USING btree ("version_responsible_id");
  CREATE INDEX "_tickets_v_version_version_team_idx" ON "_tickets_v" USING btree ("version_team_id");
  CREATE INDEX "_tickets_v_version_version_response_due_idx" ON "_tickets_v" USING btree ("version_response_due");
  CREATE INDEX "_tickets_v_version_version_due_date_idx" ON "_tickets_v" USING btree ("version_due_date");
  CREATE INDEX "_tickets_v_version_version_first_response_at_idx" ON "_tickets_v" USING btree ("version_first_response_at");
  CREATE INDEX "_tickets_v_version_version_resolved_at_idx" ON "_tickets_v" USING btree ("version_resolved_at");
  CREATE INDEX "_tickets_v_version_version_closed_at_idx" ON "_tickets_v" USING btree ("version_closed_at");
  CREATE INDEX "_tickets_v_version_version_overdue_idx" ON "_tickets_v" USING btree ("version_overdue");
  CREATE INDEX "_tickets_v_version_version_status_idx" ON "_tickets_v" USING btree ("version_status");
  CREATE INDEX "_tickets_v_version_version_status_category_idx" ON "_tickets_v" USING btree ("version_status_category");
  CREATE INDEX "_tickets_v_version_version_created_by_idx" ON "_tickets_v" USING btree ("version_created_by_id");
  CREATE INDEX "_tickets_v_version_version_updated_by_idx" ON "_tickets_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_tickets_v_version_version_updated_at_idx" ON "_tickets_v" USING btree ("version_updated_at");
  CREATE INDEX "_tickets_v_version_version_created_at_idx" ON "_tickets_v" USING btree ("version_created_at");
  CREATE INDEX "_tickets_v_created_at_idx" ON "_tickets_v" USING btree ("created_at");
  CREATE INDEX "_tickets_v_updated_at_idx" ON "_tickets_v" USING btree ("updated_at");
  CREATE INDEX "version_responsible_version_statusCategory_version_dueDa_idx" ON "_tickets_v" USING btree ("version_responsible_id","version_status_category","version_due_date");
  CREATE INDEX "version_team_version_statusCategory_idx" ON "_tickets_v" USING btree ("version_team_id","version_status_category");
  CREATE INDEX "version_statusCategory_version_dueDate_idx" ON "_tickets_v" USING btree ("version_status_category","version_due_date");
  CREATE INDEX "_tickets_v_rels_order_idx" ON "_tickets_v_rels" USING btree ("order");
  CREATE INDEX "_tickets_v_rels_parent_idx" ON "_tickets_v_rels" USING btree ("parent_id");
  CREATE INDEX "_tickets_v_rels_path_idx" ON "_tickets_v_rels" USING btree ("path");
  CREATE INDEX "_tickets_v_rels_clients_id_idx" ON "_tickets_v_rels" USING btree ("clients_id");
  CREATE INDEX "_tickets_v_rels_opportunities_id_idx" ON "_tickets_v_rels" USING btree ("opportunities_id");
  CREATE INDEX "_tickets_v_rels_offers_id_idx" ON "_tickets_v_rels" USING btree ("offers_id");
  CREATE INDEX "_tickets_v_rels_ticket_files_id_idx" ON "_tickets_v_rels" USING btree ("ticket_files_id");
  CREATE INDEX "_tickets_v_rels_users_id_idx" ON "_tickets_v_rels" USING btree ("users_id");
  CREATE INDEX "ticket_actions_ticket_idx" ON "ticket_actions" USING btree ("ticket_id");
  CREATE INDEX "ticket_actions_type_idx" ON "ticket_actions" USING btree ("type_id");
  CREATE INDEX "ticket_actions_planned_at_idx" ON "ticket_actions" USING btree ("planned_at");
  CREATE INDEX "ticket_actions_responsible_idx" ON "ticket_actions" USING btree ("responsible_id");
  CREATE INDEX "ticket_actions_team_idx" ON "ticket_actions" USING btree ("team_id");
  CREATE INDEX "ticket_actions_status_idx" ON "ticket_actions" USING btree ("status");
  CREATE INDEX "ticket_actions_status_category_idx" ON "ticket_actions" USING btree ("status_category");
  CREATE INDEX "ticket_actions_created_by_idx" ON "ticket_actions" USING btree ("created_by_id");
  CREATE INDEX "ticket_actions_updated_by_idx" ON "ticket_actions" USING btree ("updated_by_id");
  CREATE INDEX "ticket_actions_updated_at_idx" ON "ticket_actions" USING btree ("updated_at");
  CREATE INDEX "ticket_actions_created_at_idx" ON "ticket_actions" USING btree ("created_at");
  CREATE INDEX "responsible_statusCategory_plannedAt_idx" ON "ticket_actions" USING btree ("responsible_id","status_category","planned_at");
  CREATE INDEX "ticket_statusCategory_idx" ON "ticket_actions" USING btree ("ticket_id","status_category");
  CREATE INDEX "ticket_actions_rels_order_idx" ON "ticket_actions_rels" USING btree ("order");
  CREATE INDEX "ticket_actions_rels_parent_idx" ON "ticket_actions_rels" USING btree ("parent_id");
  CREATE INDEX "ticket_actions_rels_path_idx" ON "ticket_actions_rels" USING btree ("path");
  CREATE INDEX "ticket_actions_rels_ticket_files_id_idx" ON "ticket_actions_rels" USING btree ("ticket_files_id");
  CREATE INDEX "_ticket_actions_v_parent_idx" ON "_ticket_actions_v" USING btree ("parent_id");
  CREATE INDEX "_ticket_actions_v_version_version_ticket_idx" ON "_ticket_actions_v" USING btree ("version_ticket_id");
  CREATE INDEX "_ticket_actions_v_version_version_type_idx" ON "_ticket_actions_v" USING btree ("version_type_id");
  CREATE INDEX "_ticket_actions_v_version_version_planned_at_idx" ON "_ticket_actions_v" USING btree ("version_planned_at");
  CREATE INDEX "_ticket_actions_v_version_version_responsible_idx" ON "_ticket_actions_v" USING btree ("version_responsible_id");
  CREATE INDEX "_ticket_actions_v_version_version_team_idx" ON "_ticket_actions_v" USING btree ("version_team_id");
  CREATE INDEX "_ticket_actions_v_version_version_status_idx" ON "_ticket_actions_v" USING btree ("version_status");
  CREATE INDEX "_ticket_actions_v_version_version_status_category_idx" ON "_ticket_actions_v" USING btree ("version_status_category");
  CREATE INDEX "_ticket_actions_v_version_version_created_by_idx" ON "_ticket_actions_v" USING btree ("version_created_by_id");
  CREATE INDEX "_ticket_actions_v_version_version_updated_by_idx" ON "_ticket_actions_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_ticket_actions_v_version_version_updated_at_idx" ON "_ticket_actions_v" USING btree ("version_updated_at");
  CREATE INDEX "_ticket_actions_v_version_version_created_at_idx" ON "_ticket_actions_v" USING btree ("version_created_at");
  CREATE INDEX "_ticket_actions_v_created_at_idx" ON "_ticket_actions_v" USING btree ("created_at");
  CREATE INDEX "_ticket_actions_v_updated_at_idx" ON "_ticket_actions_v" USING btree ("updated_at");
  CREATE INDEX "version_responsible_version_statusCategory_version_plann_idx" ON "_ticket_actions_v" USING btree ("version_responsible_id","version_status_category","version_planned_at");
  CREATE INDEX "version_ticket_version_statusCategory_idx" ON "_ticket_actions_v" USING btree ("version_ticket_id","version_status_category");
  CREATE INDEX "_ticket_actions_v_rels_order_idx" ON "_ticket_actions_v_rels" USING btree ("order");
  CREATE INDEX "_ticket_actions_v_rels_parent_idx" ON "_ticket_actions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_ticket_actions_v_rels_path_idx" ON "_ticket_actions_v_rels" USING btree ("path");
  CREATE INDEX "_ticket_actions_v_rels_ticket_files_id_idx" ON "_ticket_actions_v_rels" USING btree ("ticket_files_id");
  CREATE INDEX "ticket_files_ticket_idx" ON "ticket_files" USING btree ("ticket_id");
  CREATE INDEX "ticket_files_created_by_idx" ON "ticket_files" USING btree ("created_by_id");
  CREATE INDEX "ticket_files_updated_by_idx" ON "ticket_files" USING btree ("updated_by_id");
  CREATE INDEX "ticket_files_updated_at_idx" ON "ticket_files" USING btree ("updated_at");
  CREATE INDEX "ticket_files_created_at_idx" ON "ticket_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "ticket_files_filename_idx" ON "ticket_files" USING btree ("filename");
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_tickets_fk" FOREIGN KEY ("tickets_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_ticket_actions_fk" FOREIGN KEY ("ticket_actions_id") REFERENCES "public"."ticket_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_tickets_fk" FOREIGN KEY ("tickets_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_ticket_actions_fk" FOREIGN KEY ("ticket_actions_id") REFERENCES "public"."ticket_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ticket_types_fk" FOREIGN KEY ("ticket_types_id") REFERENCES "public"."ticket_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tickets_fk" FOREIGN KEY ("tickets_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ticket_actions_fk" FOREIGN KEY ("ticket_actions_id") REFERENCES "public"."ticket_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ticket_files_fk" FOREIGN KEY ("ticket_files_id") REFERENCES "public"."ticket_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "todos_rels_tickets_id_idx" ON "todos_rels" USING btree ("tickets_id");
  CREATE INDEX "todos_rels_ticket_actions_id_idx" ON "todos_rels" USING btree ("ticket_actions_id");
  CREATE INDEX "_todos_v_rels_tickets_id_idx" ON "_todos_v_rels" USING btree ("tickets_id");
  CREATE INDEX "_todos_v_rels_ticket_actions_id_idx" ON "_todos_v_rels" USING btree ("ticket_actions_id");
  CREATE INDEX "payload_locked_documents_rels_ticket_types_id_idx" ON "payload_locked_documents_rels" USING btree ("ticket_types_id");
  CREATE INDEX "payload_locked_documents_rels_tickets_id_idx" ON "payload_locked_documents_rels" USING btree ("tickets_id");
  CREATE INDEX "payload_locked_documents_rels_ticket_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("ticket_actions_id");
  CREATE INDEX "payload_locked_documents_rels_ticket_files_id_idx" ON "payload_locked_documents_rels" USING btree ("ticket_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ticket_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ticket_types_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ticket_types_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ticket_types_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tickets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tickets_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tickets_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tickets_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ticket_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ticket_actions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ticket_actions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ticket_actions_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ticket_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "ticket_types" CASCADE;
  DROP TABLE "ticket_types_locales" CASCADE;
  DROP TABLE "_ticket_types_v" CASCADE;
  DROP TABLE "_ticket_types_v_locales" CASCADE;
  DROP TABLE "tickets" CASCADE;
  DROP TABLE "tickets_rels" CASCADE;
  DROP TABLE "_tickets_v" CASCADE;
  DROP TABLE "_tickets_v_rels" CASCADE;
  DROP TABLE "ticket_actions" CASCADE;
  DROP TABLE "ticket_actions_rels" CASCADE;
  DROP TABLE "_ticket_actions_v" CASCADE;
  DROP TABLE "_ticket_actions_v_rels" CASCADE;
  DROP TABLE "ticket_files" CASCADE;
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_tickets_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_ticket_actions_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_tickets_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_ticket_actions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ticket_types_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tickets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ticket_actions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ticket_files_fk";
  
  ALTER TABLE "nomenclators" ALTER COLUMN "list" SET DATA TYPE text;
  DROP TYPE "public"."enum_nomenclators_list";
  CREATE TYPE "public"."enum_nomenclators_list" AS ENUM('industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'contract-types', 'document-types', 'ticket-categories', 'ticket-priorities', 'units', 'vat-rates', 'currencies', 'lost-reasons', 'activity-types');
  ALTER TABLE "nomenclators" ALTER COLUMN "list" SET DATA TYPE "public"."enum_nomenclators_list" USING "list"::"public"."enum_nomenclators_list";
  ALTER TABLE "_nomenclators_v" ALTER COLUMN "version_list" SET DATA TYPE text;
  DROP TYPE "public"."enum__nomenclators_v_version_list";
  CREATE TYPE "public"."enum__nomenclators_v_version_list" AS ENUM('industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'contract-types', 'document-types', 'ticket-categories', 'ticket-priorities', 'units', 'vat-rates', 'currencies', 'lost-reasons', 'activity-types');
  ALTER TABLE "_nomenclators_v" ALTER COLUMN "version_list" SET DATA TYPE "public"."enum__nomenclators_v_version_list" USING "version_list"::"public"."enum__nomenclators_v_version_list";
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflows_collection";
  CREATE TYPE "public"."enum_workflows_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'offers', 'offer-sections', 'todos');
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflows_collection" USING "collection"::"public"."enum_workflows_collection";
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__workflows_v_version_collection";
  CREATE TYPE "public"."enum__workflows_v_version_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'offers', 'offer-sections', 'todos');
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE "public"."enum__workflows_v_version_collection" USING "version_collection"::"public"."enum__workflows_v_version_collection";
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'products', 'offer-templates', 'offers', 'offer-sections', 'todos', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'roles');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__roles_v_version_permissions_collection";
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'products', 'offer-templates', 'offers', 'offer-sections', 'todos', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'roles');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum__roles_v_version_permissions_collection" USING "collection"::"public"."enum__roles_v_version_permissions_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotificationEmail', 'expireOffers');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotificationEmail', 'expireOffers');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "todos_rels_tickets_id_idx";
  DROP INDEX "todos_rels_ticket_actions_id_idx";
  DROP INDEX "_todos_v_rels_tickets_id_idx";
  DROP INDEX "_todos_v_rels_ticket_actions_id_idx";
  DROP INDEX "payload_locked_documents_rels_ticket_types_id_idx";
  DROP INDEX "payload_locked_documents_rels_tickets_id_idx";
  DROP INDEX "payload_locked_documents_rels_ticket_actions_id_idx";
  DROP INDEX "payload_locked_documents_rels_ticket_files_id_idx";
  ALTER TABLE "todos_rels" DROP COLUMN "tickets_id";
  ALTER TABLE "todos_rels" DROP COLUMN "ticket_actions_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "tickets_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "ticket_actions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ticket_types_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tickets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ticket_actions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ticket_files_id";
  ALTER TABLE "settings" DROP COLUMN "support_reopen_within_days";
  ALTER TABLE "settings" DROP COLUMN "support_max_upload_mb";
  ALTER TABLE "_settings_v" DROP COLUMN "version_support_reopen_within_days";
  ALTER TABLE "_settings_v" DROP COLUMN "version_support_max_upload_mb";
  DROP TYPE "public"."enum_tickets_channel";
  DROP TYPE "public"."enum_tickets_status_category";
  DROP TYPE "public"."enum__tickets_v_version_channel";
  DROP TYPE "public"."enum__tickets_v_version_status_category";
  DROP TYPE "public"."enum_ticket_actions_status_category";
  DROP TYPE "public"."enum__ticket_actions_v_version_status_category";`)
}
