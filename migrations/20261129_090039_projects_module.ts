import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_projects_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__projects_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum_project_activities_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__project_activities_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  ALTER TYPE "public"."enum_nomenclators_list" ADD VALUE 'project-roles';
  ALTER TYPE "public"."enum__nomenclators_v_version_list" ADD VALUE 'project-roles';
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'projects';
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'project-activities';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'projects';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'project-activities';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'project-templates' BEFORE 'roles';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'projects' BEFORE 'roles';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'project-activities' BEFORE 'roles';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'project-templates' BEFORE 'roles';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'projects' BEFORE 'roles';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'project-activities' BEFORE 'roles';
  CREATE TABLE "project_templates_phases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "project_templates_activities_predecessors" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"activity" varchar NOT NULL,
  	"lag" numeric DEFAULT 0
  );
  
  CREATE TABLE "project_templates_activities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"phase" varchar,
  	"title" varchar NOT NULL,
  	"offset" numeric DEFAULT 0,
  	"duration" numeric DEFAULT 1,
  	"role_id" integer,
  	"effort" numeric,
  	"milestone" boolean
  );
  
  CREATE TABLE "project_templates_deliverables" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"activity" varchar,
  	"needs_acceptance" boolean
  );
  
  CREATE TABLE "project_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "projects_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"role_id" integer,
  	"allocation" numeric DEFAULT 100,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone
  );
  
  CREATE TABLE "projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"name" varchar NOT NULL,
  	"client_id" integer NOT NULL,
  	"contract_id" integer,
  	"template_id" integer,
  	"start_date" timestamp(3) with time zone,
  	"planned_end" timestamp(3) with time zone,
  	"budget_hours" numeric,
  	"budget_amount" numeric,
  	"description" varchar,
  	"manager_id" integer NOT NULL,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_projects_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"custom_fields" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_projects_v_version_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"role_id" integer,
  	"allocation" numeric DEFAULT 100,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_projects_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_name" varchar NOT NULL,
  	"version_client_id" integer NOT NULL,
  	"version_contract_id" integer,
  	"version_template_id" integer,
  	"version_start_date" timestamp(3) with time zone,
  	"version_planned_end" timestamp(3) with time zone,
  	"version_budget_hours" numeric,
  	"version_budget_amount" numeric,
  	"version_description" varchar,
  	"version_manager_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__projects_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_custom_fields" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "project_activities_predecessors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"activity_id" integer NOT NULL,
  	"lag" numeric DEFAULT 0
  );
  
  CREATE TABLE "project_activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"project_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"phase" varchar,
  	"key" varchar,
  	"milestone" boolean,
  	"planned_start" timestamp(3) with time zone,
  	"duration" numeric DEFAULT 1,
  	"planned_end" timestamp(3) with time zone,
  	"planned_effort" numeric,
  	"spent_effort" numeric DEFAULT 0,
  	"percent_complete" numeric DEFAULT 0,
  	"actual_start" timestamp(3) with time zone,
  	"actual_end" timestamp(3) with time zone,
  	"baseline_start" timestamp(3) with time zone,
  	"baseline_end" timestamp(3) with time zone,
  	"last_reschedule" jsonb,
  	"responsible_id" integer NOT NULL,
  	"project_manager_id" integer,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_project_activities_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "project_activities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_project_activities_v_version_predecessors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"activity_id" integer NOT NULL,
  	"lag" numeric DEFAULT 0,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_project_activities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_project_id" integer NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_phase" varchar,
  	"version_key" varchar,
  	"version_milestone" boolean,
  	"version_planned_start" timestamp(3) with time zone,
  	"version_duration" numeric DEFAULT 1,
  	"version_planned_end" timestamp(3) with time zone,
  	"version_planned_effort" numeric,
  	"version_spent_effort" numeric DEFAULT 0,
  	"version_percent_complete" numeric DEFAULT 0,
  	"version_actual_start" timestamp(3) with time zone,
  	"version_actual_end" timestamp(3) with time zone,
  	"version_baseline_start" timestamp(3) with time zone,
  	"version_baseline_end" timestamp(3) with time zone,
  	"version_last_reschedule" jsonb,
  	"version_responsible_id" integer NOT NULL,
  	"version_project_manager_id" integer,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__project_activities_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_project_activities_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "settings_time_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" timestamp(3) with time zone NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "_settings_v_version_time_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" timestamp(3) with time zone NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "todos_rels" ADD COLUMN "projects_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "project_activities_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "projects_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "project_activities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "project_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "projects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "project_activities_id" integer;
  ALTER TABLE "settings" ADD COLUMN "commercial_number_prefixes_project" varchar DEFAULT 'PR' NOT NULL;
  ALTER TABLE "_settings_v" ADD COLUMN "version_commercial_number_prefixes_project" varchar DEFAULT 'PR' NOT NULL;
  ALTER TABLE "project_templates_phases" ADD CONSTRAINT "project_templates_phases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."project_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_templates_activities_predecessors" ADD CONSTRAINT "project_templates_activities_predecessors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."project_templates_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_templates_activities" ADD CONSTRAINT "project_templates_activities_role_id_nomenclators_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_templates_activities" ADD CONSTRAINT "project_templates_activities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."project_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_templates_deliverables" ADD CONSTRAINT "project_templates_deliverables_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."project_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_templates" ADD CONSTRAINT "project_templates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_templates" ADD CONSTRAINT "project_templates_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_members" ADD CONSTRAINT "projects_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_members" ADD CONSTRAINT "projects_members_role_id_nomenclators_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_members" ADD CONSTRAINT "projects_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_template_id_project_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."project_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v_version_members" ADD CONSTRAINT "_projects_v_version_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v_version_members" ADD CONSTRAINT "_projects_v_version_members_role_id_nomenclators_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v_version_members" ADD CONSTRAINT "_projects_v_version_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_parent_id_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_client_id_clients_id_fk" FOREIGN KEY ("version_client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_contract_id_contracts_id_fk" FOREIGN KEY ("version_contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_template_id_project_templates_id_fk" FOREIGN KEY ("version_template_id") REFERENCES "public"."project_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_manager_id_users_id_fk" FOREIGN KEY ("version_manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_activities_predecessors" ADD CONSTRAINT "project_activities_predecessors_activity_id_project_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."project_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_activities_predecessors" ADD CONSTRAINT "project_activities_predecessors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."project_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_project_manager_id_users_id_fk" FOREIGN KEY ("project_manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_activities_rels" ADD CONSTRAINT "project_activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."project_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_activities_rels" ADD CONSTRAINT "project_activities_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_project_activities_v_version_predecessors" ADD CONSTRAINT "_project_activities_v_version_predecessors_activity_id_project_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."project_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_activities_v_version_predecessors" ADD CONSTRAINT "_project_activities_v_version_predecessors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_project_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_project_activities_v" ADD CONSTRAINT "_project_activities_v_parent_id_project_activities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."project_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_activities_v" ADD CONSTRAINT "_project_activities_v_version_project_id_projects_id_fk" FOREIGN KEY ("version_project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_activities_v" ADD CONSTRAINT "_project_activities_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_activities_v" ADD CONSTRAINT "_project_activities_v_version_project_manager_id_users_id_fk" FOREIGN KEY ("version_project_manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_activities_v" ADD CONSTRAINT "_project_activities_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_activities_v" ADD CONSTRAINT "_project_activities_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_activities_v" ADD CONSTRAINT "_project_activities_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_activities_v_rels" ADD CONSTRAINT "_project_activities_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_project_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_project_activities_v_rels" ADD CONSTRAINT "_project_activities_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_time_holidays" ADD CONSTRAINT "settings_time_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_settings_v_version_time_holidays" ADD CONSTRAINT "_settings_v_version_time_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "project_templates_phases_order_idx" ON "project_templates_phases" USING btree ("_order");
  CREATE INDEX "project_templates_phases_parent_id_idx" ON "project_templates_phases" USING btree ("_parent_id");
  CREATE INDEX "project_templates_activities_predecessors_order_idx" ON "project_templates_activities_predecessors" USING btree ("_order");
  CREATE INDEX "project_templates_activities_predecessors_parent_id_idx" ON "project_templates_activities_predecessors" USING btree ("_parent_id");
  CREATE INDEX "project_templates_activities_order_idx" ON "project_templates_activities" USING btree ("_order");
  CREATE INDEX "project_templates_activities_parent_id_idx" ON "project_templates_activities" USING btree ("_parent_id");
  CREATE INDEX "project_templates_activities_role_idx" ON "project_templates_activities" USING btree ("role_id");
  CREATE INDEX "project_templates_deliverables_order_idx" ON "project_templates_deliverables" USING btree ("_order");
  CREATE INDEX "project_templates_deliverables_parent_id_idx" ON "project_templates_deliverables" USING btree ("_parent_id");
  CREATE INDEX "project_templates_created_by_idx" ON "project_templates" USING btree ("created_by_id");
  CREATE INDEX "project_templates_updated_by_idx" ON "project_templates" USING btree ("updated_by_id");
  CREATE INDEX "project_templates_updated_at_idx" ON "project_templates" USING btree ("updated_at");
  CREATE INDEX "project_templates_created_at_idx" ON "project_templates" USING btree ("created_at");
  CREATE INDEX "projects_members_order_idx" ON "projects_members" USING btree ("_order");
  CREATE INDEX "projects_members_parent_id_idx" ON "projects_members" USING btree ("_parent_id");
  CREATE INDEX "projects_members_user_idx" ON "projects_members" USING btree ("user_id");
  CREATE INDEX "projects_members_role_idx" ON "projects_members" USING btree ("role_id");
  CREATE UNIQUE INDEX "projects_number_idx" ON "projects" USING btree ("number");
  CREATE INDEX "projects_client_idx" ON "projects" USING btree ("client_id");
  CREATE INDEX "projects_contract_idx" ON "projects" USING btree ("contract_id");
  CREATE INDEX "projects_template_idx" ON "projects" USING btree ("template_id");
  CREATE INDEX "projects_start_date_idx" ON "projects" USING btree ("start_date");
  CREATE INDEX "projects_planned_end_idx" ON "projects" USING btree ("planned_end");
  CREATE INDEX "projects_manager_idx" ON "projects" USING btree ("manager_id");
  CREATE INDEX "projects_team_idx" ON "projects" USING btree ("team_id");
  CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status");
  CREATE INDEX "projects_status_category_idx" ON "projects" USING btree ("status_category");
  CREATE INDEX "projects_created_by_idx" ON "projects" USING btree ("created_by_id");
  CREATE INDEX "projects_updated_by_idx" ON "projects" USING btree ("updated_by_id");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "manager_createdAt_idx" ON "projects" USING btree ("manager_id","created_at");
  CREATE INDEX "team_createdAt_1_idx" ON "projects" USING btree ("team_id","created_at");
  CREATE INDEX "_projects_v_version_members_order_idx" ON "_projects_v_version_members" USING btree ("_order");
  CREATE INDEX "_projects_v_version_members_parent_id_idx" ON "_projects_v_version_members" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_version_members_user_idx" ON "_projects_v_version_members" USING btree ("user_id");
  CREATE INDEX "_projects_v_version_members_role_idx" ON "_projects_v_version_members" USING btree ("role_id");
  CREATE INDEX "_projects_v_parent_idx" ON "_projects_v" USING btree ("parent_id");
  CREATE INDEX "_projects_v_version_version_number_idx" ON "_projects_v" USING btree ("version_number");
  CREATE INDEX "_projects_v_version_version_client_idx" ON "_projects_v" USING btree ("version_client_id");
  CREATE INDEX "_projects_v_version_version_contract_idx" ON "_projects_v" USING btree ("version_contract_id");
  CREATE INDEX "_projects_v_version_version_template_idx" ON "_projects_v" USING btree ("version_template_id");
  CREATE INDEX "_projects_v_version_version_start_date_idx" ON "_projects_v" USING btree ("version_start_date");
  CREATE INDEX "_projects_v_version_version_planned_end_idx" ON "_projects_v" USING btree ("version_planned_end");
  CREATE INDEX "_projects_v_version_version_manager_idx" ON "_projects_v" USING btree ("version_manager_id");
  CREATE INDEX "_projects_v_version_version_team_idx" ON "_projects_v" USING btree ("version_team_id");
  CREATE INDEX "_projects_v_version_version_status_idx" ON "_projects_v" USING btree ("version_status");
  CREATE INDEX "_projects_v_version_version_status_category_idx" ON "_projects_v" USING btree ("version_status_category");
  CREATE INDEX "_projects_v_version_version_created_by_idx" ON "_projects_v" USING btree ("version_created_by_id");
  CREATE INDEX "_projects_v_version_version_updated_by_idx" ON "_projects_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_projects_v_version_version_updated_at_idx" ON "_projects_v" USING btree ("version_updated_at");
  CREATE INDEX "_projects_v_version_version_created_at_idx" ON "_projects_v" USING btree ("version_created_at");
  CREATE INDEX "_projects_v_created_at_idx" ON "_projects_v" USING btree ("created_at");
  CREATE INDEX "_projects_v_updated_at_idx" ON "_projects_v" USING btree ("updated_at");
  CREATE INDEX "version_manager_version_createdAt_idx" ON "_projects_v" USING btree ("version_manager_id","version_created_at");
  CREATE INDEX "version_team_version_createdAt_1_idx" ON "_projects_v" USING btree ("version_team_id","version_created_at");
  CREATE INDEX "project_activities_predecessors_order_idx" ON "project_activities_predecessors" USING btree ("_order");
  CREATE INDEX "project_activities_predecessors_parent_id_idx" ON "project_activities_predecessors" USING btree ("_parent_id");
  CREATE INDEX "project_activities_predecessors_activity_idx" ON "project_activities_predecessors" USING btree ("activity_id");
  CREATE INDEX "project_activities_project_idx" ON "project_activities" USING btree ("project_id");
  CREATE INDEX "project_activities_key_idx" ON "project_activities" USING btree ("key");
  CREATE INDEX "project_activities_planned_start_idx" ON "project_activities" USING btree ("planned_start");
  CREATE INDEX "project_activities_planned_end_idx" ON "project_activities" USING btree ("planned_end");
  CREATE INDEX "project_activities_responsible_idx" ON "project_activities" USING btree ("responsible_id");
  CREATE INDEX "project_activities_project_manager_idx" ON "project_activities" USING btree ("project_manager_id");
  CREATE INDEX "project_activities_team_idx" ON "project_activities" USING btree ("team_id");
  CREATE INDEX "project_activities_status_idx" ON "project_activities" USING btree ("status");
  CREATE INDEX "project_activities_status_category_idx" ON "project_activities" USING btree ("status_category");
  CREATE INDEX "project_activities_created_by_idx" ON "project_activities" USING btree ("created_by_id");
  CREATE INDEX "project_activities_updated_by_idx" ON "project_activities" USING btree ("updated_by_id");
  CREATE INDEX "project_activities_updated_at_idx" ON "project_activities" USING btree ("updated_at");
  CREATE INDEX "project_activities_created_at_idx" ON "project_activities" USING btree ("created_at");
  CREATE INDEX "project_plannedStart_idx" ON "project_activities" USING btree ("project_id","planned_start");
  CREATE INDEX "responsible_statusCategory_plannedEnd_idx" ON "project_activities" USING btree ("responsible_id","status_category","planned_end");
  CREATE INDEX "project_activities_rels_order_idx" ON "project_activities_rels" USING btree ("order");
  CREATE INDEX "project_activities_rels_parent_idx" ON "project_activities_rels" USING btree ("parent_id");
  CREATE INDEX "project_activities_rels_path_idx" ON "project_activities_rels" USING btree ("path");
  CREATE INDEX "project_activities_rels_users_id_idx" ON "project_activities_rels" USING btree ("users_id");
  CREATE INDEX "_project_activities_v_version_predecessors_order_idx" ON "_project_activities_v_version_predecessors" USING btree ("_order");
  CREATE INDEX "_project_activities_v_version_predecessors_parent_id_idx" ON "_project_activities_v_version_predecessors" USING btree ("_parent_id");
  CREATE INDEX "_project_activities_v_version_predecessors_activity_idx" ON "_project_activities_v_version_predecessors" USING btree ("activity_id");
  CREATE INDEX "_project_activities_v_parent_idx" ON "_project_activities_v" USING btree ("parent_id");
  CREATE INDEX "_project_activities_v_version_version_project_idx" ON "_project_activities_v" USING btree ("version_project_id");
  CREATE INDEX "_project_activities_v_version_version_key_idx" ON "_project_activities_v" USING btree ("version_key");
  CREATE INDEX "_project_activities_v_version_version_planned_start_idx" ON "_project_activities_v" USING btree ("version_planned_start");
  CREATE INDEX "_project_activities_v_version_version_planned_end_idx" ON "_project_activities_v" USING btree ("version_planned_end");
  CREATE INDEX "_project_activities_v_version_version_responsible_idx" ON "_project_activities_v" USING btree ("version_responsible_id");
  CREATE INDEX "_project_activities_v_version_version_project_manager_idx" ON "_project_activities_v" USING btree ("version_project_manager_id");
  CREATE INDEX "_project_activities_v_version_version_team_idx" ON "_project_activities_v" USING btree ("version_team_id");
  CREATE INDEX "_project_activities_v_version_version_status_idx" ON "_project_activities_v" USING btree ("version_status");
  CREATE INDEX "_project_activities_v_version_version_status_category_idx" ON "_project_activities_v" USING btree ("version_status_category");
  CREATE INDEX "_project_activities_v_version_version_created_by_idx" ON "_project_activities_v" USING btree ("version_created_by_id");
  CREATE INDEX "_project_activities_v_version_version_updated_by_idx" ON "_project_activities_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_project_activities_v_version_version_updated_at_idx" ON "_project_activities_v" USING btree ("version_updated_at");
  CREATE INDEX "_project_activities_v_version_version_created_at_idx" ON "_project_activities_v" USING btree ("version_created_at");
  CREATE INDEX "_project_activities_v_created_at_idx" ON "_project_activities_v" USING btree ("created_at");
  CREATE INDEX "_project_activities_v_updated_at_idx" ON "_project_activities_v" USING btree ("updated_at");
  CREATE INDEX "version_project_version_plannedStart_idx" ON "_project_activities_v" USING btree ("version_project_id","version_planned_start");
  CREATE INDEX "version_responsible_version_statusCategory_version_pla_1_idx" ON "_project_activities_v" USING btree ("version_responsible_id","version_status_category","version_planned_end");
  CREATE INDEX "_project_activities_v_rels_order_idx" ON "_project_activities_v_rels" USING btree ("order");
  CREATE INDEX "_project_activities_v_rels_parent_idx" ON "_project_activities_v_rels" USING btree ("parent_id");
  CREATE INDEX "_project_activities_v_rels_path_idx" ON "_project_activities_v_rels" USING btree ("path");
  CREATE INDEX "_project_activities_v_rels_users_id_idx" ON "_project_activities_v_rels" USING btree ("users_id");
  CREATE INDEX "settings_time_holidays_order_idx" ON "settings_time_holidays" USING btree ("_order");
  CREATE INDEX "settings_time_holidays_parent_id_idx" ON "settings_time_holidays" USING btree ("_parent_id");
  CREATE INDEX "_settings_v_version_time_holidays_order_idx" ON "_settings_v_version_time_holidays" USING btree ("_order");
  CREATE INDEX "_settings_v_version_time_holidays_parent_id_idx" ON "_settings_v_version_time_holidays" USING btree ("_parent_id");
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_project_activities_fk" FOREIGN KEY ("project_activities_id") REFERENCES "public"."project_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_project_activities_fk" FOREIGN KEY ("project_activities_id") REFERENCES "public"."project_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_project_templates_fk" FOREIGN KEY ("project_templates_id") REFERENCES "public"."project_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_project_activities_fk" FOREIGN KEY ("project_activities_id") REFERENCES "public"."project_activities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "todos_rels_projects_id_idx" ON "todos_rels" USING btree ("projects_id");
  CREATE INDEX "todos_rels_project_activities_id_idx" ON "todos_rels" USING btree ("project_activities_id");
  CREATE INDEX "_todos_v_rels_projects_id_idx" ON "_todos_v_rels" USING btree ("projects_id");
  CREATE INDEX "_todos_v_rels_project_activities_id_idx" ON "_todos_v_rels" USING btree ("project_activities_id");
  CREATE INDEX "payload_locked_documents_rels_project_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("project_templates_id");
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");
  CREATE INDEX "payload_locked_documents_rels_project_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("project_activities_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "project_templates_phases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_templates_activities_predecessors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_templates_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_templates_deliverables" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_projects_v_version_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_projects_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_activities_predecessors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "project_activities_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_project_activities_v_version_predecessors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_project_activities_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_project_activities_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_time_holidays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_settings_v_version_time_holidays" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "project_templates_phases" CASCADE;
  DROP TABLE "project_templates_activities_predecessors" CASCADE;
  DROP TABLE "project_templates_activities" CASCADE;
  DROP TABLE "project_templates_deliverables" CASCADE;
  DROP TABLE "project_templates" CASCADE;
  DROP TABLE "projects_members" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "_projects_v_version_members" CASCADE;
  DROP TABLE "_projects_v" CASCADE;
  DROP TABLE "project_activities_predecessors" CASCADE;
  DROP TABLE "project_activities" CASCADE;
  DROP TABLE "project_activities_rels" CASCADE;
  DROP TABLE "_project_activities_v_version_predecessors" CASCADE;
  DROP TABLE "_project_activities_v" CASCADE;
  DROP TABLE "_project_activities_v_rels" CASCADE;
  DROP TABLE "settings_time_holidays" CASCADE;
  DROP TABLE "_settings_v_version_time_holidays" CASCADE;
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_projects_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_project_activities_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_projects_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_project_activities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_project_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_projects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_project_activities_fk";
  
  ALTER TABLE "nomenclators" ALTER COLUMN "list" SET DATA TYPE text;
  DROP TYPE "public"."enum_nomenclators_list";
  CREATE TYPE "public"."enum_nomenclators_list" AS ENUM('currencies', 'vat-rates', 'units', 'document-types', 'industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'lost-reasons', 'activity-types', 'ticket-categories', 'ticket-priorities', 'ticket-action-types', 'contract-types', 'contract-roles');
  ALTER TABLE "nomenclators" ALTER COLUMN "list" SET DATA TYPE "public"."enum_nomenclators_list" USING "list"::"public"."enum_nomenclators_list";
  ALTER TABLE "_nomenclators_v" ALTER COLUMN "version_list" SET DATA TYPE text;
  DROP TYPE "public"."enum__nomenclators_v_version_list";
  CREATE TYPE "public"."enum__nomenclators_v_version_list" AS ENUM('currencies', 'vat-rates', 'units', 'document-types', 'industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'lost-reasons', 'activity-types', 'ticket-categories', 'ticket-priorities', 'ticket-action-types', 'contract-types', 'contract-roles');
  ALTER TABLE "_nomenclators_v" ALTER COLUMN "version_list" SET DATA TYPE "public"."enum__nomenclators_v_version_list" USING "version_list"::"public"."enum__nomenclators_v_version_list";
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflows_collection";
  CREATE TYPE "public"."enum_workflows_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'todos', 'offers', 'offer-sections', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments');
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflows_collection" USING "collection"::"public"."enum_workflows_collection";
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__workflows_v_version_collection";
  CREATE TYPE "public"."enum__workflows_v_version_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'todos', 'offers', 'offer-sections', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments');
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE "public"."enum__workflows_v_version_collection" USING "version_collection"::"public"."enum__workflows_v_version_collection";
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments', 'roles');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__roles_v_version_permissions_collection";
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments', 'roles');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum__roles_v_version_permissions_collection" USING "collection"::"public"."enum__roles_v_version_permissions_collection";
  DROP INDEX "todos_rels_projects_id_idx";
  DROP INDEX "todos_rels_project_activities_id_idx";
  DROP INDEX "_todos_v_rels_projects_id_idx";
  DROP INDEX "_todos_v_rels_project_activities_id_idx";
  DROP INDEX "payload_locked_documents_rels_project_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_projects_id_idx";
  DROP INDEX "payload_locked_documents_rels_project_activities_id_idx";
  ALTER TABLE "todos_rels" DROP COLUMN "projects_id";
  ALTER TABLE "todos_rels" DROP COLUMN "project_activities_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "projects_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "project_activities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "project_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "projects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "project_activities_id";
  ALTER TABLE "settings" DROP COLUMN "commercial_number_prefixes_project";
  ALTER TABLE "_settings_v" DROP COLUMN "version_commercial_number_prefixes_project";
  DROP TYPE "public"."enum_projects_status_category";
  DROP TYPE "public"."enum__projects_v_version_status_category";
  DROP TYPE "public"."enum_project_activities_status_category";
  DROP TYPE "public"."enum__project_activities_v_version_status_category";`)
}
