import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('ro', 'en');
  CREATE TYPE "public"."enum_users_language" AS ENUM('ro', 'en');
  CREATE TYPE "public"."enum__users_v_version_language" AS ENUM('ro', 'en');
  CREATE TYPE "public"."enum_nomenclators_list" AS ENUM('industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'contract-types', 'document-types', 'ticket-categories', 'ticket-priorities', 'units', 'vat-rates', 'currencies', 'lost-reasons', 'activity-types');
  CREATE TYPE "public"."enum__nomenclators_v_version_list" AS ENUM('industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'contract-types', 'document-types', 'ticket-categories', 'ticket-priorities', 'units', 'vat-rates', 'currencies', 'lost-reasons', 'activity-types');
  CREATE TYPE "public"."enum_todos_type" AS ENUM('call', 'meeting', 'email', 'task', 'visit');
  CREATE TYPE "public"."enum_todos_priority" AS ENUM('low', 'normal', 'high');
  CREATE TYPE "public"."enum_todos_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__todos_v_version_type" AS ENUM('call', 'meeting', 'email', 'task', 'visit');
  CREATE TYPE "public"."enum__todos_v_version_priority" AS ENUM('low', 'normal', 'high');
  CREATE TYPE "public"."enum__todos_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum_custom_fields_type" AS ENUM('text', 'textarea', 'number', 'date', 'boolean', 'select', 'multiselect', 'user', 'url', 'email');
  CREATE TYPE "public"."enum_custom_fields_usage" AS ENUM('optional', 'required', 'requiredFromState', 'readOnly', 'hiddenForRoles');
  CREATE TYPE "public"."enum__custom_fields_v_version_type" AS ENUM('text', 'textarea', 'number', 'date', 'boolean', 'select', 'multiselect', 'user', 'url', 'email');
  CREATE TYPE "public"."enum__custom_fields_v_version_usage" AS ENUM('optional', 'required', 'requiredFromState', 'readOnly', 'hiddenForRoles');
  CREATE TYPE "public"."enum_workflows_states_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum_workflows_collection" AS ENUM('todos');
  CREATE TYPE "public"."enum__workflows_v_version_states_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__workflows_v_version_collection" AS ENUM('todos');
  CREATE TYPE "public"."enum_roles_functions" AS ENUM('export', 'reports', 'manageNomenclators', 'manageUsers', 'manageWorkflows', 'manageSettings');
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'todos', 'custom-fields', 'workflows', 'workflow-events', 'roles');
  CREATE TYPE "public"."enum_roles_permissions_read" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum_roles_permissions_update" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum_roles_permissions_delete" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum__roles_v_version_functions" AS ENUM('export', 'reports', 'manageNomenclators', 'manageUsers', 'manageWorkflows', 'manageSettings');
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'todos', 'custom-fields', 'workflows', 'workflow-events', 'roles');
  CREATE TYPE "public"."enum__roles_v_version_permissions_read" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum__roles_v_version_permissions_update" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum__roles_v_version_permissions_delete" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum_notifications_email_status" AS ENUM('none', 'queued', 'sent', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotificationEmail');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotificationEmail');
  CREATE TYPE "public"."enum_settings_time_working_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum__settings_v_version_time_working_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"phone" varchar,
  	"language" "enum_users_language" DEFAULT 'ro' NOT NULL,
  	"email_notifications_enabled" boolean DEFAULT true,
  	"team_id" integer,
  	"active" boolean DEFAULT true,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer
  );
  
  CREATE TABLE "_users_v_version_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "_users_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_phone" varchar,
  	"version_language" "enum__users_v_version_language" DEFAULT 'ro' NOT NULL,
  	"version_email_notifications_enabled" boolean DEFAULT true,
  	"version_team_id" integer,
  	"version_active" boolean DEFAULT true,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_email" varchar NOT NULL,
  	"version_reset_password_token" varchar,
  	"version_reset_password_expiration" timestamp(3) with time zone,
  	"version_salt" varchar,
  	"version_hash" varchar,
  	"version_reset_password_requested_at" timestamp(3) with time zone,
  	"version_login_attempts" numeric DEFAULT 0,
  	"version_lock_until" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_users_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_users_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer
  );
  
  CREATE TABLE "teams" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "teams_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "teams_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_teams_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar NOT NULL,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_teams_v_locales" (
  	"version_name" varchar NOT NULL,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_teams_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "nomenclators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"list" "enum_nomenclators_list" NOT NULL,
  	"value" varchar NOT NULL,
  	"number" numeric,
  	"order" numeric DEFAULT 0,
  	"active" boolean DEFAULT true,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "nomenclators_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_nomenclators_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_list" "enum__nomenclators_v_version_list" NOT NULL,
  	"version_value" varchar NOT NULL,
  	"version_number" numeric,
  	"version_order" numeric DEFAULT 0,
  	"version_active" boolean DEFAULT true,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_nomenclators_v_locales" (
  	"version_label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
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
  
  CREATE TABLE "todos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"type" "enum_todos_type" DEFAULT 'task' NOT NULL,
  	"priority" "enum_todos_priority" DEFAULT 'normal',
  	"start" timestamp(3) with time zone,
  	"end" timestamp(3) with time zone,
  	"due" timestamp(3) with time zone,
  	"all_day" boolean,
  	"responsible_id" integer NOT NULL,
  	"team_id" integer,
  	"notes" jsonb,
  	"observations" jsonb,
  	"done_at" timestamp(3) with time zone,
  	"status" varchar,
  	"status_category" "enum_todos_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "todos_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_todos_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_type" "enum__todos_v_version_type" DEFAULT 'task' NOT NULL,
  	"version_priority" "enum__todos_v_version_priority" DEFAULT 'normal',
  	"version_start" timestamp(3) with time zone,
  	"version_end" timestamp(3) with time zone,
  	"version_due" timestamp(3) with time zone,
  	"version_all_day" boolean,
  	"version_responsible_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_notes" jsonb,
  	"version_observations" jsonb,
  	"version_done_at" timestamp(3) with time zone,
  	"version_status" varchar,
  	"version_status_category" "enum__todos_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_todos_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "custom_fields_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "custom_fields_options_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "custom_fields" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_collection" varchar NOT NULL,
  	"discriminator" varchar,
  	"key" varchar NOT NULL,
  	"type" "enum_custom_fields_type" DEFAULT 'text' NOT NULL,
  	"usage" "enum_custom_fields_usage" DEFAULT 'optional' NOT NULL,
  	"required_from_state" varchar,
  	"order" numeric DEFAULT 0,
  	"active" boolean DEFAULT true,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "custom_fields_locales" (
  	"label" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "custom_fields_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer
  );
  
  CREATE TABLE "_custom_fields_v_version_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_custom_fields_v_version_options_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_custom_fields_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_target_collection" varchar NOT NULL,
  	"version_discriminator" varchar,
  	"version_key" varchar NOT NULL,
  	"version_type" "enum__custom_fields_v_version_type" DEFAULT 'text' NOT NULL,
  	"version_usage" "enum__custom_fields_v_version_usage" DEFAULT 'optional' NOT NULL,
  	"version_required_from_state" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_active" boolean DEFAULT true,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_custom_fields_v_locales" (
  	"version_label" varchar NOT NULL,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_custom_fields_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer
  );
  
  CREATE TABLE "workflows_states" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"category" "enum_workflows_states_category" NOT NULL,
  	"initial" boolean,
  	"final" boolean
  );
  
  CREATE TABLE "workflows_states_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "workflows_transitions_guards" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"params" jsonb
  );
  
  CREATE TABLE "workflows_transitions_effects" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"params" jsonb
  );
  
  CREATE TABLE "workflows_transitions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"only_responsible" boolean,
  	"only_owner" boolean,
  	"comment_required" boolean
  );
  
  CREATE TABLE "workflows_transitions_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "workflows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"collection" "enum_workflows_collection" NOT NULL,
  	"active" boolean DEFAULT true,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflows_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "workflows_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "workflows_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer
  );
  
  CREATE TABLE "_workflows_v_version_states" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"category" "enum__workflows_v_version_states_category" NOT NULL,
  	"initial" boolean,
  	"final" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_workflows_v_version_states_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_workflows_v_version_transitions_guards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"params" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_workflows_v_version_transitions_effects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"params" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_workflows_v_version_transitions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"only_responsible" boolean,
  	"only_owner" boolean,
  	"comment_required" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_workflows_v_version_transitions_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_workflows_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar NOT NULL,
  	"version_collection" "enum__workflows_v_version_collection" NOT NULL,
  	"version_active" boolean DEFAULT true,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_workflows_v_locales" (
  	"version_name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_workflows_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_workflows_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"record" varchar NOT NULL,
  	"workflow" varchar,
  	"transition" varchar NOT NULL,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"user_id" integer,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "roles_functions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_roles_functions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "roles_permissions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" "enum_roles_permissions_collection",
  	"read" "enum_roles_permissions_read" DEFAULT 'none',
  	"update" "enum_roles_permissions_update" DEFAULT 'none',
  	"delete" "enum_roles_permissions_delete" DEFAULT 'none',
  	"create" boolean
  );
  
  CREATE TABLE "roles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "roles_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_roles_v_version_functions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__roles_v_version_functions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_roles_v_version_permissions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum__roles_v_version_permissions_collection",
  	"read" "enum__roles_v_version_permissions_read" DEFAULT 'none',
  	"update" "enum__roles_v_version_permissions_update" DEFAULT 'none',
  	"delete" "enum__roles_v_version_permissions_delete" DEFAULT 'none',
  	"create" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_roles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar NOT NULL,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_roles_v_locales" (
  	"version_name" varchar NOT NULL,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"link_collection" varchar,
  	"link_document_id" varchar,
  	"recipient_id" integer NOT NULL,
  	"kind" varchar NOT NULL,
  	"read_at" timestamp(3) with time zone,
  	"email_status" "enum_notifications_email_status" DEFAULT 'none' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"teams_id" integer,
  	"nomenclators_id" integer,
  	"media_id" integer,
  	"todos_id" integer,
  	"custom_fields_id" integer,
  	"workflows_id" integer,
  	"workflow_events_id" integer,
  	"roles_id" integer,
  	"notifications_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_time_working_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_settings_time_working_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"company_name" varchar DEFAULT 'OrganizeCRM SRL' NOT NULL,
  	"company_fiscal_code" varchar,
  	"company_trade_register_number" varchar,
  	"company_address" varchar,
  	"company_iban" varchar,
  	"company_bank" varchar,
  	"company_logo_id" integer,
  	"commercial_default_currency_id" integer,
  	"commercial_default_vat_rate_id" integer,
  	"commercial_offer_validity_days" numeric DEFAULT 30 NOT NULL,
  	"commercial_number_prefixes_offer" varchar DEFAULT 'OF' NOT NULL,
  	"commercial_number_prefixes_contract" varchar DEFAULT 'CT' NOT NULL,
  	"commercial_number_prefixes_ticket" varchar DEFAULT 'TK' NOT NULL,
  	"email_sender_name" varchar DEFAULT 'OrganizeCRM' NOT NULL,
  	"email_sender_address" varchar DEFAULT 'crm@organizecrm.test' NOT NULL,
  	"time_time_zone" varchar DEFAULT 'Europe/Bucharest' NOT NULL,
  	"time_work_start" varchar DEFAULT '09:00' NOT NULL,
  	"time_work_end" varchar DEFAULT '17:00' NOT NULL,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_settings_v_version_time_working_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__settings_v_version_time_working_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_company_name" varchar DEFAULT 'OrganizeCRM SRL' NOT NULL,
  	"version_company_fiscal_code" varchar,
  	"version_company_trade_register_number" varchar,
  	"version_company_address" varchar,
  	"version_company_iban" varchar,
  	"version_company_bank" varchar,
  	"version_company_logo_id" integer,
  	"version_commercial_default_currency_id" integer,
  	"version_commercial_default_vat_rate_id" integer,
  	"version_commercial_offer_validity_days" numeric DEFAULT 30 NOT NULL,
  	"version_commercial_number_prefixes_offer" varchar DEFAULT 'OF' NOT NULL,
  	"version_commercial_number_prefixes_contract" varchar DEFAULT 'CT' NOT NULL,
  	"version_commercial_number_prefixes_ticket" varchar DEFAULT 'TK' NOT NULL,
  	"version_email_sender_name" varchar DEFAULT 'OrganizeCRM' NOT NULL,
  	"version_email_sender_address" varchar DEFAULT 'crm@organizecrm.test' NOT NULL,
  	"version_time_time_zone" varchar DEFAULT 'Europe/Bucharest' NOT NULL,
  	"version_time_work_start" varchar DEFAULT '09:00' NOT NULL,
  	"version_time_work_end" varchar DEFAULT '17:00' NOT NULL,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_texts" ADD CONSTRAINT "users_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_users_v_version_sessions" ADD CONSTRAINT "_users_v_version_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_users_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_users_v" ADD CONSTRAINT "_users_v_parent_id_users_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_users_v" ADD CONSTRAINT "_users_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_users_v" ADD CONSTRAINT "_users_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_users_v" ADD CONSTRAINT "_users_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_users_v_texts" ADD CONSTRAINT "_users_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_users_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_users_v_rels" ADD CONSTRAINT "_users_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_users_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_users_v_rels" ADD CONSTRAINT "_users_v_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "teams" ADD CONSTRAINT "teams_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "teams" ADD CONSTRAINT "teams_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "teams_locales" ADD CONSTRAINT "teams_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "teams_rels" ADD CONSTRAINT "teams_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "teams_rels" ADD CONSTRAINT "teams_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_teams_v" ADD CONSTRAINT "_teams_v_parent_id_teams_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_teams_v" ADD CONSTRAINT "_teams_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_teams_v" ADD CONSTRAINT "_teams_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_teams_v_locales" ADD CONSTRAINT "_teams_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_teams_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_teams_v_rels" ADD CONSTRAINT "_teams_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_teams_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_teams_v_rels" ADD CONSTRAINT "_teams_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nomenclators" ADD CONSTRAINT "nomenclators_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nomenclators" ADD CONSTRAINT "nomenclators_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nomenclators_locales" ADD CONSTRAINT "nomenclators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nomenclators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nomenclators_v" ADD CONSTRAINT "_nomenclators_v_parent_id_nomenclators_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nomenclators_v" ADD CONSTRAINT "_nomenclators_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nomenclators_v" ADD CONSTRAINT "_nomenclators_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nomenclators_v_locales" ADD CONSTRAINT "_nomenclators_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nomenclators_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "todos" ADD CONSTRAINT "todos_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "todos" ADD CONSTRAINT "todos_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "todos" ADD CONSTRAINT "todos_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "todos" ADD CONSTRAINT "todos_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."todos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v" ADD CONSTRAINT "_todos_v_parent_id_todos_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."todos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_todos_v" ADD CONSTRAINT "_todos_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_todos_v" ADD CONSTRAINT "_todos_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_todos_v" ADD CONSTRAINT "_todos_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_todos_v" ADD CONSTRAINT "_todos_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_todos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "custom_fields_options" ADD CONSTRAINT "custom_fields_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."custom_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "custom_fields_options_locales" ADD CONSTRAINT "custom_fields_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."custom_fields_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "custom_fields" ADD CONSTRAINT "custom_fields_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "custom_fields" ADD CONSTRAINT "custom_fields_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "custom_fields_locales" ADD CONSTRAINT "custom_fields_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."custom_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "custom_fields_rels" ADD CONSTRAINT "custom_fields_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."custom_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "custom_fields_rels" ADD CONSTRAINT "custom_fields_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_custom_fields_v_version_options" ADD CONSTRAINT "_custom_fields_v_version_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_custom_fields_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_custom_fields_v_version_options_locales" ADD CONSTRAINT "_custom_fields_v_version_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_custom_fields_v_version_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_custom_fields_v" ADD CONSTRAINT "_custom_fields_v_parent_id_custom_fields_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."custom_fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_custom_fields_v" ADD CONSTRAINT "_custom_fields_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_custom_fields_v" ADD CONSTRAINT "_custom_fields_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_custom_fields_v_locales" ADD CONSTRAINT "_custom_fields_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_custom_fields_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_custom_fields_v_rels" ADD CONSTRAINT "_custom_fields_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_custom_fields_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_custom_fields_v_rels" ADD CONSTRAINT "_custom_fields_v_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_states" ADD CONSTRAINT "workflows_states_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_states_locales" ADD CONSTRAINT "workflows_states_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows_states"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_transitions_guards" ADD CONSTRAINT "workflows_transitions_guards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_transitions_effects" ADD CONSTRAINT "workflows_transitions_effects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_transitions" ADD CONSTRAINT "workflows_transitions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_transitions_locales" ADD CONSTRAINT "workflows_transitions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows" ADD CONSTRAINT "workflows_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflows" ADD CONSTRAINT "workflows_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflows_locales" ADD CONSTRAINT "workflows_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_texts" ADD CONSTRAINT "workflows_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_rels" ADD CONSTRAINT "workflows_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_rels" ADD CONSTRAINT "workflows_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_version_states" ADD CONSTRAINT "_workflows_v_version_states_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workflows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_version_states_locales" ADD CONSTRAINT "_workflows_v_version_states_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workflows_v_version_states"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_version_transitions_guards" ADD CONSTRAINT "_workflows_v_version_transitions_guards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workflows_v_version_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_version_transitions_effects" ADD CONSTRAINT "_workflows_v_version_transitions_effects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workflows_v_version_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_version_transitions" ADD CONSTRAINT "_workflows_v_version_transitions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workflows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_version_transitions_locales" ADD CONSTRAINT "_workflows_v_version_transitions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workflows_v_version_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v" ADD CONSTRAINT "_workflows_v_parent_id_workflows_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workflows_v" ADD CONSTRAINT "_workflows_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workflows_v" ADD CONSTRAINT "_workflows_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workflows_v_locales" ADD CONSTRAINT "_workflows_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workflows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_texts" ADD CONSTRAINT "_workflows_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_workflows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_rels" ADD CONSTRAINT "_workflows_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_workflows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workflows_v_rels" ADD CONSTRAINT "_workflows_v_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roles_functions" ADD CONSTRAINT "roles_functions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_permissions" ADD CONSTRAINT "roles_permissions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles" ADD CONSTRAINT "roles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roles" ADD CONSTRAINT "roles_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roles_locales" ADD CONSTRAINT "roles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_version_functions" ADD CONSTRAINT "_roles_v_version_functions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_version_permissions" ADD CONSTRAINT "_roles_v_version_permissions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v" ADD CONSTRAINT "_roles_v_parent_id_roles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roles_v" ADD CONSTRAINT "_roles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roles_v" ADD CONSTRAINT "_roles_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roles_v_locales" ADD CONSTRAINT "_roles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_teams_fk" FOREIGN KEY ("teams_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_nomenclators_fk" FOREIGN KEY ("nomenclators_id") REFERENCES "public"."nomenclators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_todos_fk" FOREIGN KEY ("todos_id") REFERENCES "public"."todos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_custom_fields_fk" FOREIGN KEY ("custom_fields_id") REFERENCES "public"."custom_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflows_fk" FOREIGN KEY ("workflows_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_time_working_days" ADD CONSTRAINT "settings_time_working_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings" ADD CONSTRAINT "settings_company_logo_id_media_id_fk" FOREIGN KEY ("company_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings" ADD CONSTRAINT "settings_commercial_default_currency_id_nomenclators_id_fk" FOREIGN KEY ("commercial_default_currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings" ADD CONSTRAINT "settings_commercial_default_vat_rate_id_nomenclators_id_fk" FOREIGN KEY ("commercial_default_vat_rate_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_settings_v_version_time_working_days" ADD CONSTRAINT "_settings_v_version_time_working_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_settings_v" ADD CONSTRAINT "_settings_v_version_company_logo_id_media_id_fk" FOREIGN KEY ("version_company_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_settings_v" ADD CONSTRAINT "_settings_v_version_commercial_default_currency_id_nomenclators_id_fk" FOREIGN KEY ("version_commercial_default_currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_settings_v" ADD CONSTRAINT "_settings_v_version_commercial_default_vat_rate_id_nomenclators_id_fk" FOREIGN KEY ("version_commercial_default_vat_rate_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_settings_v" ADD CONSTRAINT "_settings_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_team_idx" ON "users" USING btree ("team_id");
  CREATE INDEX "users_active_idx" ON "users" USING btree ("active");
  CREATE INDEX "users_created_by_idx" ON "users" USING btree ("created_by_id");
  CREATE INDEX "users_updated_by_idx" ON "users" USING btree ("updated_by_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_texts_order_parent" ON "users_texts" USING btree ("order","parent_id");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_roles_id_idx" ON "users_rels" USING btree ("roles_id");
  CREATE INDEX "_users_v_version_sessions_order_idx" ON "_users_v_version_sessions" USING btree ("_order");
  CREATE INDEX "_users_v_version_sessions_parent_id_idx" ON "_users_v_version_sessions" USING btree ("_parent_id");
  CREATE INDEX "_users_v_parent_idx" ON "_users_v" USING btree ("parent_id");
  CREATE INDEX "_users_v_version_version_team_idx" ON "_users_v" USING btree ("version_team_id");
  CREATE INDEX "_users_v_version_version_active_idx" ON "_users_v" USING btree ("version_active");
  CREATE INDEX "_users_v_version_version_created_by_idx" ON "_users_v" USING btree ("version_created_by_id");
  CREATE INDEX "_users_v_version_version_updated_by_idx" ON "_users_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_users_v_version_version_updated_at_idx" ON "_users_v" USING btree ("version_updated_at");
  CREATE INDEX "_users_v_version_version_created_at_idx" ON "_users_v" USING btree ("version_created_at");
  CREATE INDEX "_users_v_version_version_email_idx" ON "_users_v" USING btree ("version_email");
  CREATE INDEX "_users_v_created_at_idx" ON "_users_v" USING btree ("created_at");
  CREATE INDEX "_users_v_updated_at_idx" ON "_users_v" USING btree ("updated_at");
  CREATE INDEX "_users_v_texts_order_parent" ON "_users_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_users_v_rels_order_idx" ON "_users_v_rels" USING btree ("order");
  CREATE INDEX "_users_v_rels_parent_idx" ON "_users_v_rels" USING btree ("parent_id");
  CREATE INDEX "_users_v_rels_path_idx" ON "_users_v_rels" USING btree ("path");
  CREATE INDEX "_users_v_rels_roles_id_idx" ON "_users_v_rels" USING btree ("roles_id");
  CREATE UNIQUE INDEX "teams_key_idx" ON "teams" USING btree ("key");
  CREATE INDEX "teams_created_by_idx" ON "teams" USING btree ("created_by_id");
  CREATE INDEX "teams_updated_by_idx" ON "teams" USING btree ("updated_by_id");
  CREATE INDEX "teams_updated_at_idx" ON "teams" USING btree ("updated_at");
  CREATE INDEX "teams_created_at_idx" ON "teams" USING btree ("created_at");
  CREATE UNIQUE INDEX "teams_locales_locale_parent_id_unique" ON "teams_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "teams_rels_order_idx" ON "teams_rels" USING btree ("order");
  CREATE INDEX "teams_rels_parent_idx" ON "teams_rels" USING btree ("parent_id");
  CREATE INDEX "teams_rels_path_idx" ON "teams_rels" USING btree ("path");
  CREATE INDEX "teams_rels_users_id_idx" ON "teams_rels" USING btree ("users_id");
  CREATE INDEX "_teams_v_parent_idx" ON "_teams_v" USING btree ("parent_id");
  CREATE INDEX "_teams_v_version_version_key_idx" ON "_teams_v" USING btree ("version_key");
  CREATE INDEX "_teams_v_version_version_created_by_idx" ON "_teams_v" USING btree ("version_created_by_id");
  CREATE INDEX "_teams_v_version_version_updated_by_idx" ON "_teams_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_teams_v_version_version_updated_at_idx" ON "_teams_v" USING btree ("version_updated_at");
  CREATE INDEX "_teams_v_version_version_created_at_idx" ON "_teams_v" USING btree ("version_created_at");
  CREATE INDEX "_teams_v_created_at_idx" ON "_teams_v" USING btree ("created_at");
  CREATE INDEX "_teams_v_updated_at_idx" ON "_teams_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_teams_v_locales_locale_parent_id_unique" ON "_teams_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_teams_v_rels_order_idx" ON "_teams_v_rels" USING btree ("order");
  CREATE INDEX "_teams_v_rels_parent_idx" ON "_teams_v_rels" USING btree ("parent_id");
  CREATE INDEX "_teams_v_rels_path_idx" ON "_teams_v_rels" USING btree ("path");
  CREATE INDEX "_teams_v_rels_users_id_idx" ON "_teams_v_rels" USING btree ("users_id");
  CREATE INDEX "nomenclators_list_idx" ON "nomenclators" USING btree ("list");
  CREATE INDEX "nomenclators_active_idx" ON "nomenclators" USING btree ("active");
  CREATE INDEX "nomenclators_created_by_idx" ON "nomenclators" USING btree ("created_by_id");
  CREATE INDEX "nomenclators_updated_by_idx" ON "nomenclators" USING btree ("updated_by_id");
  CREATE INDEX "nomenclators_updated_at_idx" ON "nomenclators" USING btree ("updated_at");
  CREATE INDEX "nomenclators_created_at_idx" ON "nomenclators" USING btree ("created_at");
  CREATE UNIQUE INDEX "list_value_idx" ON "nomenclators" USING btree ("list","value");
  CREATE INDEX "list_active_order_idx" ON "nomenclators" USING btree ("list","active","order");
  CREATE UNIQUE INDEX "nomenclators_locales_locale_parent_id_unique" ON "nomenclators_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_nomenclators_v_parent_idx" ON "_nomenclators_v" USING btree ("parent_id");
  CREATE INDEX "_nomenclators_v_version_version_list_idx" ON "_nomenclators_v" USING btree ("version_list");
  CREATE INDEX "_nomenclators_v_version_version_active_idx" ON "_nomenclators_v" USING btree ("version_active");
  CREATE INDEX "_nomenclators_v_version_version_created_by_idx" ON "_nomenclators_v" USING btree ("version_created_by_id");
  CREATE INDEX "_nomenclators_v_version_version_updated_by_idx" ON "_nomenclators_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_nomenclators_v_version_version_updated_at_idx" ON "_nomenclators_v" USING btree ("version_updated_at");
  CREATE INDEX "_nomenclators_v_version_version_created_at_idx" ON "_nomenclators_v" USING btree ("version_created_at");
  CREATE INDEX "_nomenclators_v_created_at_idx" ON "_nomenclators_v" USING btree ("created_at");
  CREATE INDEX "_nomenclators_v_updated_at_idx" ON "_nomenclators_v" USING btree ("updated_at");
  CREATE INDEX "version_list_version_value_idx" ON "_nomenclators_v" USING btree ("version_list","version_value");
  CREATE INDEX "version_list_version_active_version_order_idx" ON "_nomenclators_v" USING btree ("version_list","version_active","version_order");
  CREATE UNIQUE INDEX "_nomenclators_v_locales_locale_parent_id_unique" ON "_nomenclators_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_created_by_idx" ON "media" USING btree ("created_by_id");
  CREATE INDEX "media_updated_by_idx" ON "media" USING btree ("updated_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "todos_due_idx" ON "todos" USING btree ("due");
  CREATE INDEX "todos_responsible_idx" ON "todos" USING btree ("responsible_id");
  CREATE INDEX "todos_team_idx" ON "todos" USING btree ("team_id");
  CREATE INDEX "todos_status_idx" ON "todos" USING btree ("status");
  CREATE INDEX "todos_status_category_idx" ON "todos" USING btree ("status_category");
  CREATE INDEX "todos_created_by_idx" ON "todos" USING btree ("created_by_id");
  CREATE INDEX "todos_updated_by_idx" ON "todos" USING btree ("updated_by_id");
  CREATE INDEX "todos_updated_at_idx" ON "todos" USING btree ("updated_at");
  CREATE INDEX "todos_created_at_idx" ON "todos" USING btree ("created_at");
  CREATE INDEX "responsible_statusCategory_due_idx" ON "todos" USING btree ("responsible_id","status_category","due");
  CREATE INDEX "todos_rels_order_idx" ON "todos_rels" USING btree ("order");
  CREATE INDEX "todos_rels_parent_idx" ON "todos_rels" USING btree ("parent_id");
  CREATE INDEX "todos_rels_path_idx" ON "todos_rels" USING btree ("path");
  CREATE INDEX "todos_rels_users_id_idx" ON "todos_rels" USING btree ("users_id");
  CREATE INDEX "_todos_v_parent_idx" ON "_todos_v" USING btree ("parent_id");
  CREATE INDEX "_todos_v_version_version_due_idx" ON "_todos_v" USING btree ("version_due");
  CREATE INDEX "_todos_v_version_version_responsible_idx" ON "_todos_v" USING btree ("version_responsible_id");
  CREATE INDEX "_todos_v_version_version_team_idx" ON "_todos_v" USING btree ("version_team_id");
  CREATE INDEX "_todos_v_version_version_status_idx" ON "_todos_v" USING btree ("version_status");
  CREATE INDEX "_todos_v_version_version_status_category_idx" ON "_todos_v" USING btree ("version_status_category");
  CREATE INDEX "_todos_v_version_version_created_by_idx" ON "_todos_v" USING btree ("version_created_by_id");
  CREATE INDEX "_todos_v_version_version_updated_by_idx" ON "_todos_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_todos_v_version_version_updated_at_idx" ON "_todos_v" USING btree ("version_updated_at");
  CREATE INDEX "_todos_v_version_version_created_at_idx" ON "_todos_v" USING btree ("version_created_at");
  CREATE INDEX "_todos_v_created_at_idx" ON "_todos_v" USING btree ("created_at");
  CREATE INDEX "_todos_v_updated_at_idx" ON "_todos_v" USING btree ("updated_at");
  CREATE INDEX "version_responsible_version_statusCategory_version_due_idx" ON "_todos_v" USING btree ("version_responsible_id","version_status_category","version_due");
  CREATE INDEX "_todos_v_rels_order_idx" ON "_todos_v_rels" USING btree ("order");
  CREATE INDEX "_todos_v_rels_parent_idx" ON "_todos_v_rels" USING btree ("parent_id");
  CREATE INDEX "_todos_v_rels_path_idx" ON "_todos_v_rels" USING btree ("path");
  CREATE INDEX "_todos_v_rels_users_id_idx" ON "_todos_v_rels" USING btree ("users_id");
  CREATE INDEX "custom_fields_options_order_idx" ON "custom_fields_options" USING btree ("_order");
  CREATE INDEX "custom_fields_options_parent_id_idx" ON "custom_fields_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "custom_fields_options_locales_locale_parent_id_unique" ON "custom_fields_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "custom_fields_target_collection_idx" ON "custom_fields" USING btree ("target_collection");
  CREATE INDEX "custom_fields_key_idx" ON "custom_fields" USING btree ("key");
  CREATE INDEX "custom_fields_active_idx" ON "custom_fields" USING btree ("active");
  CREATE INDEX "custom_fields_created_by_idx" ON "custom_fields" USING btree ("created_by_id");
  CREATE INDEX "custom_fields_updated_by_idx" ON "custom_fields" USING btree ("updated_by_id");
  CREATE INDEX "custom_fields_updated_at_idx" ON "custom_fields" USING btree ("updated_at");
  CREATE INDEX "custom_fields_created_at_idx" ON "custom_fields" USING btree ("created_at");
  CREATE UNIQUE INDEX "targetCollection_key_idx" ON "custom_fields" USING btree ("target_collection","key");
  CREATE INDEX "targetCollection_active_order_idx" ON "custom_fields" USING btree ("target_collection","active","order");
  CREATE UNIQUE INDEX "custom_fields_locales_locale_parent_id_unique" ON "custom_fields_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "custom_fields_rels_order_idx" ON "custom_fields_rels" USING btree ("order");
  CREATE INDEX "custom_fields_rels_parent_idx" ON "custom_fields_rels" USING btree ("parent_id");
  CREATE INDEX "custom_fields_rels_path_idx" ON "custom_fields_rels" USING btree ("path");
  CREATE INDEX "custom_fields_rels_roles_id_idx" ON "custom_fields_rels" USING btree ("roles_id");
  CREATE INDEX "_custom_fields_v_version_options_order_idx" ON "_custom_fields_v_version_options" USING btree ("_order");
  CREATE INDEX "_custom_fields_v_version_options_parent_id_idx" ON "_custom_fields_v_version_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_custom_fields_v_version_options_locales_locale_parent_id_un" ON "_custom_fields_v_version_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_custom_fields_v_parent_idx" ON "_custom_fields_v" USING btree ("parent_id");
  CREATE INDEX "_custom_fields_v_version_version_target_collection_idx" ON "_custom_fields_v" USING btree ("version_target_collection");
  CREATE INDEX "_custom_fields_v_version_version_key_idx" ON "_custom_fields_v" USING btree ("version_key");
  CREATE INDEX "_custom_fields_v_version_version_active_idx" ON "_custom_fields_v" USING btree ("version_active");
  CREATE INDEX "_custom_fields_v_version_version_created_by_idx" ON "_custom_fields_v" USING btree ("version_created_by_id");
  CREATE INDEX "_custom_fields_v_version_version_updated_by_idx" ON "_custom_fields_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_custom_fields_v_version_version_updated_at_idx" ON "_custom_fields_v" USING btree ("version_updated_at");
  CREATE INDEX "_custom_fields_v_version_version_created_at_idx" ON "_custom_fields_v" USING btree ("version_created_at");
  CREATE INDEX "_custom_fields_v_created_at_idx" ON "_custom_fields_v" USING btree ("created_at");
  CREATE INDEX "_custom_fields_v_updated_at_idx" ON "_custom_fields_v" USING btree ("updated_at");
  CREATE INDEX "version_targetCollection_version_key_idx" ON "_custom_fields_v" USING btree ("version_target_collection","version_key");
  CREATE INDEX "version_targetCollection_version_active_version_order_idx" ON "_custom_fields_v" USING btree ("version_target_collection","version_active","version_order");
  CREATE UNIQUE INDEX "_custom_fields_v_locales_locale_parent_id_unique" ON "_custom_fields_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_custom_fields_v_rels_order_idx" ON "_custom_fields_v_rels" USING btree ("order");
  CREATE INDEX "_custom_fields_v_rels_parent_idx" ON "_custom_fields_v_rels" USING btree ("parent_id");
  CREATE INDEX "_custom_fields_v_rels_path_idx" ON "_custom_fields_v_rels" USING btree ("path");
  CREATE INDEX "_custom_fields_v_rels_roles_id_idx" ON "_custom_fields_v_rels" USING btree ("roles_id");
  CREATE INDEX "workflows_states_order_idx" ON "workflows_states" USING btree ("_order");
  CREATE INDEX "workflows_states_parent_id_idx" ON "workflows_states" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "workflows_states_locales_locale_parent_id_unique" ON "workflows_states_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "workflows_transitions_guards_order_idx" ON "workflows_transitions_guards" USING btree ("_order");
  CREATE INDEX "workflows_transitions_guards_parent_id_idx" ON "workflows_transitions_guards" USING btree ("_parent_id");
  CREATE INDEX "workflows_transitions_effects_order_idx" ON "workflows_transitions_effects" USING btree ("_order");
  CREATE INDEX "workflows_transitions_effects_parent_id_idx" ON "workflows_transitions_effects" USING btree ("_parent_id");
  CREATE INDEX "workflows_transitions_order_idx" ON "workflows_transitions" USING btree ("_order");
  CREATE INDEX "workflows_transitions_parent_id_idx" ON "workflows_transitions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "workflows_transitions_locales_locale_parent_id_unique" ON "workflows_transitions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "workflows_key_idx" ON "workflows" USING btree ("key");
  CREATE INDEX "workflows_created_by_idx" ON "workflows" USING btree ("created_by_id");
  CREATE INDEX "workflows_updated_by_idx" ON "workflows" USING btree ("updated_by_id");
  CREATE INDEX "workflows_updated_at_idx" ON "workflows" USING btree ("updated_at");
  CREATE INDEX "workflows_created_at_idx" ON "workflows" USING btree ("created_at");
  CREATE UNIQUE INDEX "workflows_locales_locale_parent_id_unique" ON "workflows_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "workflows_texts_order_parent" ON "workflows_texts" USING btree ("order","parent_id");
  CREATE INDEX "workflows_rels_order_idx" ON "workflows_rels" USING btree ("order");
  CREATE INDEX "workflows_rels_parent_idx" ON "workflows_rels" USING btree ("parent_id");
  CREATE INDEX "workflows_rels_path_idx" ON "workflows_rels" USING btree ("path");
  CREATE INDEX "workflows_rels_roles_id_idx" ON "workflows_rels" USING btree ("roles_id");
  CREATE INDEX "_workflows_v_version_states_order_idx" ON "_workflows_v_version_states" USING btree ("_order");
  CREATE INDEX "_workflows_v_version_states_parent_id_idx" ON "_workflows_v_version_states" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_workflows_v_version_states_locales_locale_parent_id_unique" ON "_workflows_v_version_states_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_workflows_v_version_transitions_guards_order_idx" ON "_workflows_v_version_transitions_guards" USING btree ("_order");
  CREATE INDEX "_workflows_v_version_transitions_guards_parent_id_idx" ON "_workflows_v_version_transitions_guards" USING btree ("_parent_id");
  CREATE INDEX "_workflows_v_version_transitions_effects_order_idx" ON "_workflows_v_version_transitions_effects" USING btree ("_order");
  CREATE INDEX "_workflows_v_version_transitions_effects_parent_id_idx" ON "_workflows_v_version_transitions_effects" USING btree ("_parent_id");
  CREATE INDEX "_workflows_v_version_transitions_order_idx" ON "_workflows_v_version_transitions" USING btree ("_order");
  CREATE INDEX "_workflows_v_version_transitions_parent_id_idx" ON "_workflows_v_version_transitions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_workflows_v_version_transitions_locales_locale_parent_id_un" ON "_workflows_v_version_transitions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_workflows_v_parent_idx" ON "_workflows_v" USING btree ("parent_id");
  CREATE INDEX "_workflows_v_version_version_key_idx" ON "_workflows_v" USING btree ("version_key");
  CREATE INDEX "_workflows_v_version_version_created_by_idx" ON "_workflows_v" USING btree ("version_created_by_id");
  CREATE INDEX "_workflows_v_version_version_updated_by_idx" ON "_workflows_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_workflows_v_version_version_updated_at_idx" ON "_workflows_v" USING btree ("version_updated_at");
  CREATE INDEX "_workflows_v_version_version_created_at_idx" ON "_workflows_v" USING btree ("version_created_at");
  CREATE INDEX "_workflows_v_created_at_idx" ON "_workflows_v" USING btree ("created_at");
  CREATE INDEX "_workflows_v_updated_at_idx" ON "_workflows_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_workflows_v_locales_locale_parent_id_unique" ON "_workflows_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_workflows_v_texts_order_parent" ON "_workflows_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_workflows_v_rels_order_idx" ON "_workflows_v_rels" USING btree ("order");
  CREATE INDEX "_workflows_v_rels_parent_idx" ON "_workflows_v_rels" USING btree ("parent_id");
  CREATE INDEX "_workflows_v_rels_path_idx" ON "_workflows_v_rels" USING btree ("path");
  CREATE INDEX "_workflows_v_rels_roles_id_idx" ON "_workflows_v_rels" USING btree ("roles_id");
  CREATE INDEX "workflow_events_user_idx" ON "workflow_events" USING btree ("user_id");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "collection_record_idx" ON "workflow_events" USING btree ("collection","record");
  CREATE INDEX "roles_functions_order_idx" ON "roles_functions" USING btree ("order");
  CREATE INDEX "roles_functions_parent_idx" ON "roles_functions" USING btree ("parent_id");
  CREATE INDEX "roles_permissions_order_idx" ON "roles_permissions" USING btree ("_order");
  CREATE INDEX "roles_permissions_parent_id_idx" ON "roles_permissions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "roles_key_idx" ON "roles" USING btree ("key");
  CREATE INDEX "roles_created_by_idx" ON "roles" USING btree ("created_by_id");
  CREATE INDEX "roles_updated_by_idx" ON "roles" USING btree ("updated_by_id");
  CREATE INDEX "roles_updated_at_idx" ON "roles" USING btree ("updated_at");
  CREATE INDEX "roles_created_at_idx" ON "roles" USING btree ("created_at");
  CREATE UNIQUE INDEX "roles_locales_locale_parent_id_unique" ON "roles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_roles_v_version_functions_order_idx" ON "_roles_v_version_functions" USING btree ("order");
  CREATE INDEX "_roles_v_version_functions_parent_idx" ON "_roles_v_version_functions" USING btree ("parent_id");
  CREATE INDEX "_roles_v_version_permissions_order_idx" ON "_roles_v_version_permissions" USING btree ("_order");
  CREATE INDEX "_roles_v_version_permissions_parent_id_idx" ON "_roles_v_version_permissions" USING btree ("_parent_id");
  CREATE INDEX "_roles_v_parent_idx" ON "_roles_v" USING btree ("parent_id");
  CREATE INDEX "_roles_v_version_version_key_idx" ON "_roles_v" USING btree ("version_key");
  CREATE INDEX "_roles_v_version_version_created_by_idx" ON "_roles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_roles_v_version_version_updated_by_idx" ON "_roles_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_roles_v_version_version_updated_at_idx" ON "_roles_v" USING btree ("version_updated_at");
  CREATE INDEX "_roles_v_version_version_created_at_idx" ON "_roles_v" USING btree ("version_created_at");
  CREATE INDEX "_roles_v_created_at_idx" ON "_roles_v" USING btree ("created_at");
  CREATE INDEX "_roles_v_updated_at_idx" ON "_roles_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_roles_v_locales_locale_parent_id_unique" ON "_roles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "recipient_readAt_createdAt_idx" ON "notifications" USING btree ("recipient_id","read_at","created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_teams_id_idx" ON "payload_locked_documents_rels" USING btree ("teams_id");
  CREATE INDEX "payload_locked_documents_rels_nomenclators_id_idx" ON "payload_locked_documents_rels" USING btree ("nomenclators_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_todos_id_idx" ON "payload_locked_documents_rels" USING btree ("todos_id");
  CREATE INDEX "payload_locked_documents_rels_custom_fields_id_idx" ON "payload_locked_documents_rels" USING btree ("custom_fields_id");
  CREATE INDEX "payload_locked_documents_rels_workflows_id_idx" ON "payload_locked_documents_rels" USING btree ("workflows_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_roles_id_idx" ON "payload_locked_documents_rels" USING btree ("roles_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "settings_time_working_days_order_idx" ON "settings_time_working_days" USING btree ("order");
  CREATE INDEX "settings_time_working_days_parent_idx" ON "settings_time_working_days" USING btree ("parent_id");
  CREATE INDEX "settings_company_company_logo_idx" ON "settings" USING btree ("company_logo_id");
  CREATE INDEX "settings_commercial_commercial_default_currency_idx" ON "settings" USING btree ("commercial_default_currency_id");
  CREATE INDEX "settings_commercial_commercial_default_vat_rate_idx" ON "settings" USING btree ("commercial_default_vat_rate_id");
  CREATE INDEX "settings_updated_by_idx" ON "settings" USING btree ("updated_by_id");
  CREATE INDEX "_settings_v_version_time_working_days_order_idx" ON "_settings_v_version_time_working_days" USING btree ("order");
  CREATE INDEX "_settings_v_version_time_working_days_parent_idx" ON "_settings_v_version_time_working_days" USING btree ("parent_id");
  CREATE INDEX "_settings_v_version_company_version_company_logo_idx" ON "_settings_v" USING btree ("version_company_logo_id");
  CREATE INDEX "_settings_v_version_commercial_version_commercial_defaul_idx" ON "_settings_v" USING btree ("version_commercial_default_currency_id");
  CREATE INDEX "_settings_v_version_commercial_version_commercial_defa_1_idx" ON "_settings_v" USING btree ("version_commercial_default_vat_rate_id");
  CREATE INDEX "_settings_v_version_version_updated_by_idx" ON "_settings_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_settings_v_created_at_idx" ON "_settings_v" USING btree ("created_at");
  CREATE INDEX "_settings_v_updated_at_idx" ON "_settings_v" USING btree ("updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_texts" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "_users_v_version_sessions" CASCADE;
  DROP TABLE "_users_v" CASCADE;
  DROP TABLE "_users_v_texts" CASCADE;
  DROP TABLE "_users_v_rels" CASCADE;
  DROP TABLE "teams" CASCADE;
  DROP TABLE "teams_locales" CASCADE;
  DROP TABLE "teams_rels" CASCADE;
  DROP TABLE "_teams_v" CASCADE;
  DROP TABLE "_teams_v_locales" CASCADE;
  DROP TABLE "_teams_v_rels" CASCADE;
  DROP TABLE "nomenclators" CASCADE;
  DROP TABLE "nomenclators_locales" CASCADE;
  DROP TABLE "_nomenclators_v" CASCADE;
  DROP TABLE "_nomenclators_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "todos" CASCADE;
  DROP TABLE "todos_rels" CASCADE;
  DROP TABLE "_todos_v" CASCADE;
  DROP TABLE "_todos_v_rels" CASCADE;
  DROP TABLE "custom_fields_options" CASCADE;
  DROP TABLE "custom_fields_options_locales" CASCADE;
  DROP TABLE "custom_fields" CASCADE;
  DROP TABLE "custom_fields_locales" CASCADE;
  DROP TABLE "custom_fields_rels" CASCADE;
  DROP TABLE "_custom_fields_v_version_options" CASCADE;
  DROP TABLE "_custom_fields_v_version_options_locales" CASCADE;
  DROP TABLE "_custom_fields_v" CASCADE;
  DROP TABLE "_custom_fields_v_locales" CASCADE;
  DROP TABLE "_custom_fields_v_rels" CASCADE;
  DROP TABLE "workflows_states" CASCADE;
  DROP TABLE "workflows_states_locales" CASCADE;
  DROP TABLE "workflows_transitions_guards" CASCADE;
  DROP TABLE "workflows_transitions_effects" CASCADE;
  DROP TABLE "workflows_transitions" CASCADE;
  DROP TABLE "workflows_transitions_locales" CASCADE;
  DROP TABLE "workflows" CASCADE;
  DROP TABLE "workflows_locales" CASCADE;
  DROP TABLE "workflows_texts" CASCADE;
  DROP TABLE "workflows_rels" CASCADE;
  DROP TABLE "_workflows_v_version_states" CASCADE;
  DROP TABLE "_workflows_v_version_states_locales" CASCADE;
  DROP TABLE "_workflows_v_version_transitions_guards" CASCADE;
  DROP TABLE "_workflows_v_version_transitions_effects" CASCADE;
  DROP TABLE "_workflows_v_version_transitions" CASCADE;
  DROP TABLE "_workflows_v_version_transitions_locales" CASCADE;
  DROP TABLE "_workflows_v" CASCADE;
  DROP TABLE "_workflows_v_locales" CASCADE;
  DROP TABLE "_workflows_v_texts" CASCADE;
  DROP TABLE "_workflows_v_rels" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "roles_functions" CASCADE;
  DROP TABLE "roles_permissions" CASCADE;
  DROP TABLE "roles" CASCADE;
  DROP TABLE "roles_locales" CASCADE;
  DROP TABLE "_roles_v_version_functions" CASCADE;
  DROP TABLE "_roles_v_version_permissions" CASCADE;
  DROP TABLE "_roles_v" CASCADE;
  DROP TABLE "_roles_v_locales" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "settings_time_working_days" CASCADE;
  DROP TABLE "settings" CASCADE;
  DROP TABLE "_settings_v_version_time_working_days" CASCADE;
  DROP TABLE "_settings_v" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_language";
  DROP TYPE "public"."enum__users_v_version_language";
  DROP TYPE "public"."enum_nomenclators_list";
  DROP TYPE "public"."enum__nomenclators_v_version_list";
  DROP TYPE "public"."enum_todos_type";
  DROP TYPE "public"."enum_todos_priority";
  DROP TYPE "public"."enum_todos_status_category";
  DROP TYPE "public"."enum__todos_v_version_type";
  DROP TYPE "public"."enum__todos_v_version_priority";
  DROP TYPE "public"."enum__todos_v_version_status_category";
  DROP TYPE "public"."enum_custom_fields_type";
  DROP TYPE "public"."enum_custom_fields_usage";
  DROP TYPE "public"."enum__custom_fields_v_version_type";
  DROP TYPE "public"."enum__custom_fields_v_version_usage";
  DROP TYPE "public"."enum_workflows_states_category";
  DROP TYPE "public"."enum_workflows_collection";
  DROP TYPE "public"."enum__workflows_v_version_states_category";
  DROP TYPE "public"."enum__workflows_v_version_collection";
  DROP TYPE "public"."enum_roles_functions";
  DROP TYPE "public"."enum_roles_permissions_collection";
  DROP TYPE "public"."enum_roles_permissions_read";
  DROP TYPE "public"."enum_roles_permissions_update";
  DROP TYPE "public"."enum_roles_permissions_delete";
  DROP TYPE "public"."enum__roles_v_version_functions";
  DROP TYPE "public"."enum__roles_v_version_permissions_collection";
  DROP TYPE "public"."enum__roles_v_version_permissions_read";
  DROP TYPE "public"."enum__roles_v_version_permissions_update";
  DROP TYPE "public"."enum__roles_v_version_permissions_delete";
  DROP TYPE "public"."enum_notifications_email_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_settings_time_working_days";
  DROP TYPE "public"."enum__settings_v_version_time_working_days";`)
}
