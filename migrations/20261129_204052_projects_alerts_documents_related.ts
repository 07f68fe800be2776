import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_project_templates_alerts_recipients" AS ENUM('responsible', 'project-manager', 'team-manager', 'client-owner');
  CREATE TYPE "public"."enum_plan_alert_kinds_recipients" AS ENUM('responsible', 'project-manager', 'team-manager', 'client-owner');
  CREATE TYPE "public"."enum_plan_alert_kinds_condition" AS ENUM('activity-not-started', 'activity-overdue', 'deliverable-overdue', 'deliverable-due-soon', 'milestone-missed', 'activity-effort-over', 'project-effort-over', 'project-end-slipping');
  CREATE TYPE "public"."enum_project_alerts_recipients" AS ENUM('responsible', 'project-manager', 'team-manager', 'client-owner');
  CREATE TYPE "public"."enum_alert_events_condition" AS ENUM('activity-not-started', 'activity-overdue', 'deliverable-overdue', 'deliverable-due-soon', 'milestone-missed', 'activity-effort-over', 'project-effort-over', 'project-end-slipping');
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'plan-alert-kinds' BEFORE 'roles';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'project-alerts' BEFORE 'roles';
  ALTER TYPE "public"."enum_roles_permissions_read" ADD VALUE 'related' BEFORE 'team';
  ALTER TYPE "public"."enum_roles_permissions_update" ADD VALUE 'related' BEFORE 'team';
  ALTER TYPE "public"."enum_roles_permissions_delete" ADD VALUE 'related' BEFORE 'team';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'plan-alert-kinds' BEFORE 'roles';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'project-alerts' BEFORE 'roles';
  ALTER TYPE "public"."enum__roles_v_version_permissions_read" ADD VALUE 'related' BEFORE 'team';
  ALTER TYPE "public"."enum__roles_v_version_permissions_update" ADD VALUE 'related' BEFORE 'team';
  ALTER TYPE "public"."enum__roles_v_version_permissions_delete" ADD VALUE 'related' BEFORE 'team';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'evaluatePlanAlerts';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'evaluatePlanAlerts';
  CREATE TABLE "project_templates_alerts_recipients" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_project_templates_alerts_recipients",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "project_templates_alerts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind_id" integer NOT NULL,
  	"threshold" numeric,
  	"active" boolean DEFAULT true
  );
  
  CREATE TABLE "project_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"project_id" integer NOT NULL,
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
  
  CREATE TABLE "_project_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_project_id" integer NOT NULL,
  	"version_description" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plan_alert_kinds_recipients" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_plan_alert_kinds_recipients",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "plan_alert_kinds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"condition" "enum_plan_alert_kinds_condition" NOT NULL,
  	"threshold" numeric,
  	"active" boolean DEFAULT true,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plan_alert_kinds_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "project_alerts_recipients" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_project_alerts_recipients",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "project_alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"project_id" integer NOT NULL,
  	"kind_id" integer NOT NULL,
  	"threshold" numeric,
  	"active" boolean DEFAULT true,
  	"notes" varchar,
  	"project_manager_id" integer,
  	"team_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alert_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"project_id" integer NOT NULL,
  	"alert_id" integer,
  	"kind_id" integer,
  	"condition" "enum_alert_events_condition",
  	"occurrence" varchar NOT NULL,
  	"fired_at" timestamp(3) with time zone NOT NULL,
  	"cleared_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alert_events_locales" (
  	"message" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "alert_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"project_activities_id" integer,
  	"project_deliverables_id" integer,
  	"users_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "project_documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "plan_alert_kinds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "project_alerts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_events_id" integer;
  ALTER TABLE "project_templates_alerts_recipients" ADD CONSTRAINT "project_templates_alerts_recipients_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."project_templates_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_templates_alerts" ADD CONSTRAINT "project_templates_alerts_kind_id_plan_alert_kinds_id_fk" FOREIGN KEY ("kind_id") REFERENCES "public"."plan_alert_kinds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_templates_alerts" ADD CONSTRAINT "project_templates_alerts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."project_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_documents" ADD CONSTRAINT "project_documents_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_documents" ADD CONSTRAINT "project_documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_documents" ADD CONSTRAINT "project_documents_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_documents_v" ADD CONSTRAINT "_project_documents_v_parent_id_project_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."project_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_documents_v" ADD CONSTRAINT "_project_documents_v_version_project_id_projects_id_fk" FOREIGN KEY ("version_project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_documents_v" ADD CONSTRAINT "_project_documents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_documents_v" ADD CONSTRAINT "_project_documents_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_alert_kinds_recipients" ADD CONSTRAINT "plan_alert_kinds_recipients_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan_alert_kinds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plan_alert_kinds" ADD CONSTRAINT "plan_alert_kinds_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_alert_kinds" ADD CONSTRAINT "plan_alert_kinds_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_alert_kinds_locales" ADD CONSTRAINT "plan_alert_kinds_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plan_alert_kinds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_alerts_recipients" ADD CONSTRAINT "project_alerts_recipients_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."project_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_alerts" ADD CONSTRAINT "project_alerts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_alerts" ADD CONSTRAINT "project_alerts_kind_id_plan_alert_kinds_id_fk" FOREIGN KEY ("kind_id") REFERENCES "public"."plan_alert_kinds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_alerts" ADD CONSTRAINT "project_alerts_project_manager_id_users_id_fk" FOREIGN KEY ("project_manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_alerts" ADD CONSTRAINT "project_alerts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_alerts" ADD CONSTRAINT "project_alerts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_alerts" ADD CONSTRAINT "project_alerts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_alert_id_project_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."project_alerts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_kind_id_plan_alert_kinds_id_fk" FOREIGN KEY ("kind_id") REFERENCES "public"."plan_alert_kinds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_events_locales" ADD CONSTRAINT "alert_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."alert_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alert_events_rels" ADD CONSTRAINT "alert_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."alert_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alert_events_rels" ADD CONSTRAINT "alert_events_rels_project_activities_fk" FOREIGN KEY ("project_activities_id") REFERENCES "public"."project_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alert_events_rels" ADD CONSTRAINT "alert_events_rels_project_deliverables_fk" FOREIGN KEY ("project_deliverables_id") REFERENCES "public"."project_deliverables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alert_events_rels" ADD CONSTRAINT "alert_events_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "project_templates_alerts_recipients_order_idx" ON "project_templates_alerts_recipients" USING btree ("order");
  CREATE INDEX "project_templates_alerts_recipients_parent_idx" ON "project_templates_alerts_recipients" USING btree ("parent_id");
  CREATE INDEX "project_templates_alerts_order_idx" ON "project_templates_alerts" USING btree ("_order");
  CREATE INDEX "project_templates_alerts_parent_id_idx" ON "project_templates_alerts" USING btree ("_parent_id");
  CREATE INDEX "project_templates_alerts_kind_idx" ON "project_templates_alerts" USING btree ("kind_id");
  CREATE INDEX "project_documents_project_idx" ON "project_documents" USING btree ("project_id");
  CREATE INDEX "project_documents_created_by_idx" ON "project_documents" USING btree ("created_by_id");
  CREATE INDEX "project_documents_updated_by_idx" ON "project_documents" USING btree ("updated_by_id");
  CREATE INDEX "project_documents_updated_at_idx" ON "project_documents" USING btree ("updated_at");
  CREATE INDEX "project_documents_created_at_idx" ON "project_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "project_documents_filename_idx" ON "project_documents" USING btree ("filename");
  CREATE INDEX "_project_documents_v_parent_idx" ON "_project_documents_v" USING btree ("parent_id");
  CREATE INDEX "_project_documents_v_version_version_project_idx" ON "_project_documents_v" USING btree ("version_project_id");
  CREATE INDEX "_project_documents_v_version_version_created_by_idx" ON "_project_documents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_project_documents_v_version_version_updated_by_idx" ON "_project_documents_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_project_documents_v_version_version_updated_at_idx" ON "_project_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_project_documents_v_version_version_created_at_idx" ON "_project_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_project_documents_v_version_version_filename_idx" ON "_project_documents_v" USING btree ("version_filename");
  CREATE INDEX "_project_documents_v_created_at_idx" ON "_project_documents_v" USING btree ("created_at");
  CREATE INDEX "_project_documents_v_updated_at_idx" ON "_project_documents_v" USING btree ("updated_at");
  CREATE INDEX "plan_alert_kinds_recipients_order_idx" ON "plan_alert_kinds_recipients" USING btree ("order");
  CREATE INDEX "plan_alert_kinds_recipients_parent_idx" ON "plan_alert_kinds_recipients" USING btree ("parent_id");
  CREATE UNIQUE INDEX "plan_alert_kinds_key_idx" ON "plan_alert_kinds" USING btree ("key");
  CREATE INDEX "plan_alert_kinds_created_by_idx" ON "plan_alert_kinds" USING btree ("created_by_id");
  CREATE INDEX "plan_alert_kinds_updated_by_idx" ON "plan_alert_kinds" USING btree ("updated_by_id");
  CREATE INDEX "plan_alert_kinds_updated_at_idx" ON "plan_alert_kinds" USING btree ("updated_at");
  CREATE INDEX "plan_alert_kinds_created_at_idx" ON "plan_alert_kinds" USING btree ("created_at");
  CREATE UNIQUE INDEX "plan_alert_kinds_locales_locale_parent_id_unique" ON "plan_alert_kinds_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "project_alerts_recipients_order_idx" ON "project_alerts_recipients" USING btree ("order");
  CREATE INDEX "project_alerts_recipients_parent_idx" ON "project_alerts_recipients" USING btree ("parent_id");
  CREATE INDEX "project_alerts_project_idx" ON "project_alerts" USING btree ("project_id");
  CREATE INDEX "project_alerts_kind_idx" ON "project_alerts" USING btree ("kind_id");
  CREATE INDEX "project_alerts_project_manager_idx" ON "project_alerts" USING btree ("project_manager_id");
  CREATE INDEX "project_alerts_team_idx" ON "project_alerts" USING btree ("team_id");
  CREATE INDEX "project_alerts_created_by_idx" ON "project_alerts" USING btree ("created_by_id");
  CREATE INDEX "project_alerts_updated_by_idx" ON "project_alerts" USING btree ("updated_by_id");
  CREATE INDEX "project_alerts_updated_at_idx" ON "project_alerts" USING btree ("updated_at");
  CREATE INDEX "project_alerts_created_at_idx" ON "project_alerts" USING btree ("created_at");
  CREATE INDEX "alert_events_project_idx" ON "alert_events" USING btree ("project_id");
  CREATE INDEX "alert_events_alert_idx" ON "alert_events" USING btree ("alert_id");
  CREATE INDEX "alert_events_kind_idx" ON "alert_events" USING btree ("kind_id");
  CREATE INDEX "alert_events_occurrence_idx" ON "alert_events" USING btree ("occurrence");
  CREATE INDEX "alert_events_fired_at_idx" ON "alert_events" USING btree ("fired_at");
  CREATE INDEX "alert_events_cleared_at_idx" ON "alert_events" USING btree ("cleared_at");
  CREATE INDEX "alert_events_updated_at_idx" ON "alert_events" USING btree ("updated_at");
  CREATE INDEX "alert_events_created_at_idx" ON "alert_events" USING btree ("created_at");
  CREATE INDEX "alert_occurrence_idx" ON "alert_events" USING btree ("alert_id","occurrence");
  CREATE UNIQUE INDEX "alert_events_locales_locale_parent_id_unique" ON "alert_events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "alert_events_rels_order_idx" ON "alert_events_rels" USING btree ("order");
  CREATE INDEX "alert_events_rels_parent_idx" ON "alert_events_rels" USING btree ("parent_id");
  CREATE INDEX "alert_events_rels_path_idx" ON "alert_events_rels" USING btree ("path");
  CREATE INDEX "alert_events_rels_project_activities_id_idx" ON "alert_events_rels" USING btree ("project_activities_id");
  CREATE INDEX "alert_events_rels_project_deliverables_id_idx" ON "alert_events_rels" USING btree ("project_deliverables_id");
  CREATE INDEX "alert_events_rels_users_id_idx" ON "alert_events_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_project_documents_fk" FOREIGN KEY ("project_documents_id") REFERENCES "public"."project_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plan_alert_kinds_fk" FOREIGN KEY ("plan_alert_kinds_id") REFERENCES "public"."plan_alert_kinds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_project_alerts_fk" FOREIGN KEY ("project_alerts_id") REFERENCES "public"."project_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_events_fk" FOREIGN KEY ("alert_events_id") REFERENCES "public"."alert_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_project_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("project_documents_id");
  CREATE INDEX "payload_locked_documents_rels_plan_alert_kinds_id_idx" ON "payload_locked_documents_rels" USING btree ("plan_alert_kinds_id");
  CREATE INDEX "payload_locked_documents_rels_project_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("project_alerts_id");
  CREATE INDEX "payload_locked_documents_rels_alert_events_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "project_templates_alerts_recipients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_templates_alerts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_project_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plan_alert_kinds_recipients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plan_alert_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plan_alert_kinds_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_alerts_recipients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_alerts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_events_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "project_templates_alerts_recipients" CASCADE;
  DROP TABLE "project_templates_alerts" CASCADE;
  DROP TABLE "project_documents" CASCADE;
  DROP TABLE "_project_documents_v" CASCADE;
  DROP TABLE "plan_alert_kinds_recipients" CASCADE;
  DROP TABLE "plan_alert_kinds" CASCADE;
  DROP TABLE "plan_alert_kinds_locales" CASCADE;
  DROP TABLE "project_alerts_recipients" CASCADE;
  DROP TABLE "project_alerts" CASCADE;
  DROP TABLE "alert_events" CASCADE;
  DROP TABLE "alert_events_locales" CASCADE;
  DROP TABLE "alert_events_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_project_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_plan_alert_kinds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_project_alerts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_events_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments', 'project-templates', 'projects', 'project-activities', 'project-deliverables', 'time-entries', 'roles');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "roles_permissions" ALTER COLUMN "read" SET DATA TYPE text;
  ALTER TABLE "roles_permissions" ALTER COLUMN "read" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_roles_permissions_read";
  CREATE TYPE "public"."enum_roles_permissions_read" AS ENUM('none', 'own', 'team', 'all');
  ALTER TABLE "roles_permissions" ALTER COLUMN "read" SET DEFAULT 'none'::"public"."enum_roles_permissions_read";
  ALTER TABLE "roles_permissions" ALTER COLUMN "read" SET DATA TYPE "public"."enum_roles_permissions_read" USING "read"::"public"."enum_roles_permissions_read";
  ALTER TABLE "roles_permissions" ALTER COLUMN "update" SET DATA TYPE text;
  ALTER TABLE "roles_permissions" ALTER COLUMN "update" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_roles_permissions_update";
  CREATE TYPE "public"."enum_roles_permissions_update" AS ENUM('none', 'own', 'team', 'all');
  ALTER TABLE "roles_permissions" ALTER COLUMN "update" SET DEFAULT 'none'::"public"."enum_roles_permissions_update";
  ALTER TABLE "roles_permissions" ALTER COLUMN "update" SET DATA TYPE "public"."enum_roles_permissions_update" USING "update"::"public"."enum_roles_permissions_update";
  ALTER TABLE "roles_permissions" ALTER COLUMN "delete" SET DATA TYPE text;
  ALTER TABLE "roles_permissions" ALTER COLUMN "delete" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_roles_permissions_delete";
  CREATE TYPE "public"."enum_roles_permissions_delete" AS ENUM('none', 'own', 'team', 'all');
  ALTER TABLE "roles_permissions" ALTER COLUMN "delete" SET DEFAULT 'none'::"public"."enum_roles_permissions_delete";
  ALTER TABLE "roles_permissions" ALTER COLUMN "delete" SET DATA TYPE "public"."enum_roles_permissions_delete" USING "delete"::"public"."enum_roles_permissions_delete";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__roles_v_version_permissions_collection";
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments', 'project-templates', 'projects', 'project-activities', 'project-deliverables', 'time-entries', 'roles');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum__roles_v_version_permissions_collection" USING "collection"::"public"."enum__roles_v_version_permissions_collection";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "read" SET DATA TYPE text;
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "read" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum__roles_v_version_permissions_read";
  CREATE TYPE "public"."enum__roles_v_version_permissions_read" AS ENUM('none', 'own', 'team', 'all');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "read" SET DEFAULT 'none'::"public"."enum__roles_v_version_permissions_read";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "read" SET DATA TYPE "public"."enum__roles_v_version_permissions_read" USING "read"::"public"."enum__roles_v_version_permissions_read";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "update" SET DATA TYPE text;
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "update" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum__roles_v_version_permissions_update";
  CREATE TYPE "public"."enum__roles_v_version_permissions_update" AS ENUM('none', 'own', 'team', 'all');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "update" SET DEFAULT 'none'::"public"."enum__roles_v_version_permissions_update";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "update" SET DATA TYPE "public"."enum__roles_v_version_permissions_update" USING "update"::"public"."enum__roles_v_version_permissions_update";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "delete" SET DATA TYPE text;
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "delete" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum__roles_v_version_permissions_delete";
  CREATE TYPE "public"."enum__roles_v_version_permissions_delete" AS ENUM('none', 'own', 'team', 'all');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "delete" SET DEFAULT 'none'::"public"."enum__roles_v_version_permissions_delete";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "delete" SET DATA TYPE "public"."enum__roles_v_version_permissions_delete" USING "delete"::"public"."enum__roles_v_version_permissions_delete";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotificationEmail', 'expireOffers', 'flagOverdueTickets', 'renewContracts');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotificationEmail', 'expireOffers', 'flagOverdueTickets', 'renewContracts');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_project_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_plan_alert_kinds_id_idx";
  DROP INDEX "payload_locked_documents_rels_project_alerts_id_idx";
  DROP INDEX "payload_locked_documents_rels_alert_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "project_documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "plan_alert_kinds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "project_alerts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_events_id";
  DROP TYPE "public"."enum_project_templates_alerts_recipients";
  DROP TYPE "public"."enum_plan_alert_kinds_recipients";
  DROP TYPE "public"."enum_plan_alert_kinds_condition";
  DROP TYPE "public"."enum_project_alerts_recipients";
  DROP TYPE "public"."enum_alert_events_condition";`)
}
