import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('ro', 'en');
  CREATE TYPE "public"."enum_users_language" AS ENUM('ro', 'en');
  CREATE TYPE "public"."enum__users_v_version_language" AS ENUM('ro', 'en');
  CREATE TYPE "public"."enum_nomenclators_list" AS ENUM('industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'contract-types', 'document-types', 'ticket-categories', 'ticket-priorities', 'units', 'vat-rates', 'currencies', 'lost-reasons', 'activity-types');
  CREATE TYPE "public"."enum__nomenclators_v_version_list" AS ENUM('industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'contract-types', 'document-types', 'ticket-categories', 'ticket-priorities', 'units', 'vat-rates', 'currencies', 'lost-reasons', 'activity-types');
  CREATE TYPE "public"."enum_roles_functions" AS ENUM('export', 'reports', 'manageNomenclators', 'manageUsers', 'manageWorkflows', 'manageSettings');
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'roles');
  CREATE TYPE "public"."enum_roles_permissions_read" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum_roles_permissions_update" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum_roles_permissions_delete" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum__roles_v_version_functions" AS ENUM('export', 'reports', 'manageNomenclators', 'manageUsers', 'manageWorkflows', 'manageSettings');
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'roles');
  CREATE TYPE "public"."enum__roles_v_version_permissions_read" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum__roles_v_version_permissions_update" AS ENUM('none', 'own', 'team', 'all');
  CREATE TYPE "public"."enum__roles_v_version_permissions_delete" AS ENUM('none', 'own', 'team', 'all');
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
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
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
  	"roles_id" integer
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
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_users_v_version_sessions" ADD CONSTRAINT "_users_v_version_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_users_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_users_v" ADD CONSTRAINT "_users_v_parent_id_users_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_users_v" ADD CONSTRAINT "_users_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_users_v" ADD CONSTRAINT "_users_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_users_v" ADD CONSTRAINT "_users_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_teams_fk" FOREIGN KEY ("teams_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_nomenclators_fk" FOREIGN KEY ("nomenclators_id") REFERENCES "public"."nomenclators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
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
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
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
  CREATE INDEX "payload_locked_documents_rels_roles_id_idx" ON "payload_locked_documents_rels" USING btree ("roles_id");
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
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "_users_v_version_sessions" CASCADE;
  DROP TABLE "_users_v" CASCADE;
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
  DROP TABLE "roles_functions" CASCADE;
  DROP TABLE "roles_permissions" CASCADE;
  DROP TABLE "roles" CASCADE;
  DROP TABLE "roles_locales" CASCADE;
  DROP TABLE "_roles_v_version_functions" CASCADE;
  DROP TABLE "_roles_v_version_permissions" CASCADE;
  DROP TABLE "_roles_v" CASCADE;
  DROP TABLE "_roles_v_locales" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
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
  DROP TYPE "public"."enum_settings_time_working_days";
  DROP TYPE "public"."enum__settings_v_version_time_working_days";`)
}
