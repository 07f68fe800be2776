import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_products_kind" AS ENUM('product', 'service');
  CREATE TYPE "public"."enum__products_v_version_kind" AS ENUM('product', 'service');
  CREATE TYPE "public"."enum_offers_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__offers_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum_offer_sections_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__offer_sections_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'offers' BEFORE 'todos';
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'offer-sections' BEFORE 'todos';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'offers' BEFORE 'todos';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'offer-sections' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'products' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'offer-templates' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'offers' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'offer-sections' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'counters' BEFORE 'roles';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'products' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'offer-templates' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'offers' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'offer-sections' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'counters' BEFORE 'roles';
  CREATE TABLE "products" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_products_kind" DEFAULT 'service' NOT NULL,
  	"unit_id" integer,
  	"list_price" numeric NOT NULL,
  	"currency_id" integer,
  	"vat_rate_id" integer,
  	"active" boolean DEFAULT true,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "products_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_products_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar NOT NULL,
  	"version_kind" "enum__products_v_version_kind" DEFAULT 'service' NOT NULL,
  	"version_unit_id" integer,
  	"version_list_price" numeric NOT NULL,
  	"version_currency_id" integer,
  	"version_vat_rate_id" integer,
  	"version_active" boolean DEFAULT true,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_products_v_locales" (
  	"version_name" varchar NOT NULL,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "offer_templates_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"owner_role_id" integer,
  	"due_in_days" numeric DEFAULT 3
  );
  
  CREATE TABLE "offer_templates_sections_locales" (
  	"title" varchar NOT NULL,
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "offer_templates_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" numeric DEFAULT 1,
  	"discount_percent" numeric
  );
  
  CREATE TABLE "offer_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"validity_days" numeric,
  	"currency_id" integer,
  	"active" boolean DEFAULT true,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "offer_templates_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"intro" jsonb,
  	"terms" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "offer_templates_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"teams_id" integer,
  	"roles_id" integer
  );
  
  CREATE TABLE "_offer_templates_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_role_id" integer,
  	"due_in_days" numeric DEFAULT 3,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_offer_templates_v_version_sections_locales" (
  	"title" varchar NOT NULL,
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_offer_templates_v_version_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" numeric DEFAULT 1,
  	"discount_percent" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_offer_templates_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_validity_days" numeric,
  	"version_currency_id" integer,
  	"version_active" boolean DEFAULT true,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_offer_templates_v_locales" (
  	"version_name" varchar NOT NULL,
  	"version_description" varchar,
  	"version_intro" jsonb,
  	"version_terms" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_offer_templates_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"teams_id" integer,
  	"roles_id" integer
  );
  
  CREATE TABLE "offers_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"unit_id" integer,
  	"unit_price" numeric,
  	"discount_percent" numeric,
  	"vat_rate_id" integer,
  	"vat_percent" numeric,
  	"discount" numeric,
  	"net" numeric,
  	"vat" numeric,
  	"gross" numeric
  );
  
  CREATE TABLE "offers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"title" varchar NOT NULL,
  	"subject" varchar,
  	"client_id" integer NOT NULL,
  	"contact_id" integer,
  	"opportunity_id" integer,
  	"issue_date" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"currency_id" integer,
  	"client_budget" numeric,
  	"requirements" jsonb,
  	"intro" jsonb,
  	"totals_net" numeric,
  	"totals_discount" numeric,
  	"totals_vat" numeric,
  	"totals_gross" numeric,
  	"terms" jsonb,
  	"notes" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"decision_date" timestamp(3) with time zone,
  	"lost_reason_id" integer,
  	"template_id" integer,
  	"revision" numeric,
  	"previous_revision_id" integer,
  	"owner_id" integer NOT NULL,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_offers_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"custom_fields" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "offers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_offers_v_version_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"unit_id" integer,
  	"unit_price" numeric,
  	"discount_percent" numeric,
  	"vat_rate_id" integer,
  	"vat_percent" numeric,
  	"discount" numeric,
  	"net" numeric,
  	"vat" numeric,
  	"gross" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_offers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_title" varchar NOT NULL,
  	"version_subject" varchar,
  	"version_client_id" integer NOT NULL,
  	"version_contact_id" integer,
  	"version_opportunity_id" integer,
  	"version_issue_date" timestamp(3) with time zone,
  	"version_valid_until" timestamp(3) with time zone,
  	"version_currency_id" integer,
  	"version_client_budget" numeric,
  	"version_requirements" jsonb,
  	"version_intro" jsonb,
  	"version_totals_net" numeric,
  	"version_totals_discount" numeric,
  	"version_totals_vat" numeric,
  	"version_totals_gross" numeric,
  	"version_terms" jsonb,
  	"version_notes" varchar,
  	"version_sent_at" timestamp(3) with time zone,
  	"version_decision_date" timestamp(3) with time zone,
  	"version_lost_reason_id" integer,
  	"version_template_id" integer,
  	"version_revision" numeric,
  	"version_previous_revision_id" integer,
  	"version_owner_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__offers_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_custom_fields" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_offers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "offer_sections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"offer_id" integer NOT NULL,
  	"order" numeric DEFAULT 1,
  	"title" varchar NOT NULL,
  	"content" jsonb,
  	"responsible_id" integer NOT NULL,
  	"due_date" timestamp(3) with time zone,
  	"offer_owner_id" integer,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_offer_sections_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_offer_sections_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_offer_id" integer NOT NULL,
  	"version_order" numeric DEFAULT 1,
  	"version_title" varchar NOT NULL,
  	"version_content" jsonb,
  	"version_responsible_id" integer NOT NULL,
  	"version_due_date" timestamp(3) with time zone,
  	"version_offer_owner_id" integer,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__offer_sections_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "todos_rels" ADD COLUMN "offers_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "offer_sections_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "offers_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "offer_sections_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "products_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "offer_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "offers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "offer_sections_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "counters_id" integer;
  ALTER TABLE "settings" ADD COLUMN "commercial_offer_approval_max_discount_percent" numeric;
  ALTER TABLE "settings" ADD COLUMN "commercial_offer_approval_max_gross" numeric;
  ALTER TABLE "_settings_v" ADD COLUMN "version_commercial_offer_approval_max_discount_percent" numeric;
  ALTER TABLE "_settings_v" ADD COLUMN "version_commercial_offer_approval_max_gross" numeric;
  ALTER TABLE "products" ADD CONSTRAINT "products_unit_id_nomenclators_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_currency_id_nomenclators_id_fk" FOREIGN KEY ("currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_vat_rate_id_nomenclators_id_fk" FOREIGN KEY ("vat_rate_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products_locales" ADD CONSTRAINT "products_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_products_v" ADD CONSTRAINT "_products_v_parent_id_products_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v" ADD CONSTRAINT "_products_v_version_unit_id_nomenclators_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v" ADD CONSTRAINT "_products_v_version_currency_id_nomenclators_id_fk" FOREIGN KEY ("version_currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v" ADD CONSTRAINT "_products_v_version_vat_rate_id_nomenclators_id_fk" FOREIGN KEY ("version_vat_rate_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v" ADD CONSTRAINT "_products_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v" ADD CONSTRAINT "_products_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v_locales" ADD CONSTRAINT "_products_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_templates_sections" ADD CONSTRAINT "offer_templates_sections_owner_role_id_roles_id_fk" FOREIGN KEY ("owner_role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_templates_sections" ADD CONSTRAINT "offer_templates_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offer_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_templates_sections_locales" ADD CONSTRAINT "offer_templates_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offer_templates_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_templates_lines" ADD CONSTRAINT "offer_templates_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_templates_lines" ADD CONSTRAINT "offer_templates_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offer_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_templates" ADD CONSTRAINT "offer_templates_currency_id_nomenclators_id_fk" FOREIGN KEY ("currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_templates" ADD CONSTRAINT "offer_templates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_templates" ADD CONSTRAINT "offer_templates_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_templates_locales" ADD CONSTRAINT "offer_templates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offer_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_templates_rels" ADD CONSTRAINT "offer_templates_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offer_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_templates_rels" ADD CONSTRAINT "offer_templates_rels_teams_fk" FOREIGN KEY ("teams_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_templates_rels" ADD CONSTRAINT "offer_templates_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offer_templates_v_version_sections" ADD CONSTRAINT "_offer_templates_v_version_sections_owner_role_id_roles_id_fk" FOREIGN KEY ("owner_role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_templates_v_version_sections" ADD CONSTRAINT "_offer_templates_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offer_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offer_templates_v_version_sections_locales" ADD CONSTRAINT "_offer_templates_v_version_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offer_templates_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offer_templates_v_version_lines" ADD CONSTRAINT "_offer_templates_v_version_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_templates_v_version_lines" ADD CONSTRAINT "_offer_templates_v_version_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offer_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offer_templates_v" ADD CONSTRAINT "_offer_templates_v_parent_id_offer_templates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offer_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_templates_v" ADD CONSTRAINT "_offer_templates_v_version_currency_id_nomenclators_id_fk" FOREIGN KEY ("version_currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_templates_v" ADD CONSTRAINT "_offer_templates_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_templates_v" ADD CONSTRAINT "_offer_templates_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_templates_v_locales" ADD CONSTRAINT "_offer_templates_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offer_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offer_templates_v_rels" ADD CONSTRAINT "_offer_templates_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offer_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offer_templates_v_rels" ADD CONSTRAINT "_offer_templates_v_rels_teams_fk" FOREIGN KEY ("teams_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offer_templates_v_rels" ADD CONSTRAINT "_offer_templates_v_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_lines" ADD CONSTRAINT "offers_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_lines" ADD CONSTRAINT "offers_lines_unit_id_nomenclators_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_lines" ADD CONSTRAINT "offers_lines_vat_rate_id_nomenclators_id_fk" FOREIGN KEY ("vat_rate_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_lines" ADD CONSTRAINT "offers_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_currency_id_nomenclators_id_fk" FOREIGN KEY ("currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_lost_reason_id_nomenclators_id_fk" FOREIGN KEY ("lost_reason_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_template_id_offer_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."offer_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_previous_revision_id_offers_id_fk" FOREIGN KEY ("previous_revision_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_lines" ADD CONSTRAINT "_offers_v_version_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_version_lines" ADD CONSTRAINT "_offers_v_version_lines_unit_id_nomenclators_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_version_lines" ADD CONSTRAINT "_offers_v_version_lines_vat_rate_id_nomenclators_id_fk" FOREIGN KEY ("vat_rate_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_version_lines" ADD CONSTRAINT "_offers_v_version_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_parent_id_offers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_client_id_clients_id_fk" FOREIGN KEY ("version_client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_contact_id_contacts_id_fk" FOREIGN KEY ("version_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_opportunity_id_opportunities_id_fk" FOREIGN KEY ("version_opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_currency_id_nomenclators_id_fk" FOREIGN KEY ("version_currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_lost_reason_id_nomenclators_id_fk" FOREIGN KEY ("version_lost_reason_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_template_id_offer_templates_id_fk" FOREIGN KEY ("version_template_id") REFERENCES "public"."offer_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_previous_revision_id_offers_id_fk" FOREIGN KEY ("version_previous_revision_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_sections" ADD CONSTRAINT "offer_sections_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_sections" ADD CONSTRAINT "offer_sections_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_sections" ADD CONSTRAINT "offer_sections_offer_owner_id_users_id_fk" FOREIGN KEY ("offer_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_sections" ADD CONSTRAINT "offer_sections_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_sections" ADD CONSTRAINT "offer_sections_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_sections" ADD CONSTRAINT "offer_sections_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_sections_v" ADD CONSTRAINT "_offer_sections_v_parent_id_offer_sections_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offer_sections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_sections_v" ADD CONSTRAINT "_offer_sections_v_version_offer_id_offers_id_fk" FOREIGN KEY ("version_offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_sections_v" ADD CONSTRAINT "_offer_sections_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_sections_v" ADD CONSTRAINT "_offer_sections_v_version_offer_owner_id_users_id_fk" FOREIGN KEY ("version_offer_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_sections_v" ADD CONSTRAINT "_offer_sections_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_sections_v" ADD CONSTRAINT "_offer_sections_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offer_sections_v" ADD CONSTRAINT "_offer_sections_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "products_code_idx" ON "products" USING btree ("code");
  CREATE INDEX "products_unit_idx" ON "products" USING btree ("unit_id");
  CREATE INDEX "products_currency_idx" ON "products" USING btree ("currency_id");
  CREATE INDEX "products_vat_rate_idx" ON "products" USING btree ("vat_rate_id");
  CREATE INDEX "products_active_idx" ON "products" USING btree ("active");
  CREATE INDEX "products_created_by_idx" ON "products" USING btree ("created_by_id");
  CREATE INDEX "products_updated_by_idx" ON "products" USING btree ("updated_by_id");
  CREATE INDEX "products_updated_at_idx" ON "products" USING btree ("updated_at");
  CREATE INDEX "products_created_at_idx" ON "products" USING btree ("created_at");
  CREATE INDEX "products_name_idx" ON "products_locales" USING btree ("name","_locale");
  CREATE UNIQUE INDEX "products_locales_locale_parent_id_unique" ON "products_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_products_v_parent_idx" ON "_products_v" USING btree ("parent_id");
  CREATE INDEX "_products_v_version_version_code_idx" ON "_products_v" USING btree ("version_code");
  CREATE INDEX "_products_v_version_version_unit_idx" ON "_products_v" USING btree ("version_unit_id");
  CREATE INDEX "_products_v_version_version_currency_idx" ON "_products_v" USING btree ("version_currency_id");
  CREATE INDEX "_products_v_version_version_vat_rate_idx" ON "_products_v" USING btree ("version_vat_rate_id");
  CREATE INDEX "_products_v_version_version_active_idx" ON "_products_v" USING btree ("version_active");
  CREATE INDEX "_products_v_version_version_created_by_idx" ON "_products_v" USING btree ("version_created_by_id");
  CREATE INDEX "_products_v_version_version_updated_by_idx" ON "_products_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_products_v_version_version_updated_at_idx" ON "_products_v" USING btree ("version_updated_at");
  CREATE INDEX "_products_v_version_version_created_at_idx" ON "_products_v" USING btree ("version_created_at");
  CREATE INDEX "_products_v_created_at_idx" ON "_products_v" USING btree ("created_at");
  CREATE INDEX "_products_v_updated_at_idx" ON "_products_v" USING btree ("updated_at");
  CREATE INDEX "_products_v_version_version_name_idx" ON "_products_v_locales" USING btree ("version_name","_locale");
  CREATE UNIQUE INDEX "_products_v_locales_locale_parent_id_unique" ON "_products_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "offer_templates_sections_order_idx" ON "offer_templates_sections" USING btree ("_order");
  CREATE INDEX "offer_templates_sections_parent_id_idx" ON "offer_templates_sections" USING btree ("_parent_id");
  CREATE INDEX "offer_templates_sections_owner_role_idx" ON "offer_templates_sections" USING btree ("owner_role_id");
  CREATE UNIQUE INDEX "offer_templates_sections_locales_locale_parent_id_unique" ON "offer_templates_sections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "offer_templates_lines_order_idx" ON "offer_templates_lines" USING btree ("_order");
  CREATE INDEX "offer_templates_lines_parent_id_idx" ON "offer_templates_lines" USING btree ("_parent_id");
  CREATE INDEX "offer_templates_lines_product_idx" ON "offer_templates_lines" USING btree ("product_id");
  CREATE INDEX "offer_templates_currency_idx" ON "offer_templates" USING btree ("currency_id");
  CREATE INDEX "offer_templates_active_idx" ON "offer_templates" USING btree ("active");
  CREATE INDEX "offer_templates_created_by_idx" ON "offer_templates" USING btree ("created_by_id");
  CREATE INDEX "offer_templates_updated_by_idx" ON "offer_templates" USING btree ("updated_by_id");
  CREATE INDEX "offer_templates_updated_at_idx" ON "offer_templates" USING btree ("updated_at");
  CREATE INDEX "offer_templates_created_at_idx" ON "offer_templates" USING btree ("created_at");
  CREATE UNIQUE INDEX "offer_templates_locales_locale_parent_id_unique" ON "offer_templates_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "offer_templates_rels_order_idx" ON "offer_templates_rels" USING btree ("order");
  CREATE INDEX "offer_templates_rels_parent_idx" ON "offer_templates_rels" USING btree ("parent_id");
  CREATE INDEX "offer_templates_rels_path_idx" ON "offer_templates_rels" USING btree ("path");
  CREATE INDEX "offer_templates_rels_teams_id_idx" ON "offer_templates_rels" USING btree ("teams_id");
  CREATE INDEX "offer_templates_rels_roles_id_idx" ON "offer_templates_rels" USING btree ("roles_id");
  CREATE INDEX "_offer_templates_v_version_sections_order_idx" ON "_offer_templates_v_version_sections" USING btree ("_order");
  CREATE INDEX "_offer_templates_v_version_sections_parent_id_idx" ON "_offer_templates_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_offer_templates_v_version_sections_owner_role_idx" ON "_offer_templates_v_version_sections" USING btree ("owner_role_id");
  CREATE UNIQUE INDEX "_offer_templates_v_version_sections_locales_locale_parent_id" ON "_offer_templates_v_version_sections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_offer_templates_v_version_lines_order_idx" ON "_offer_templates_v_version_lines" USING btree ("_order");
  CREATE INDEX "_offer_templates_v_version_lines_parent_id_idx" ON "_offer_templates_v_version_lines" USING btree ("_parent_id");
  CREATE INDEX "_offer_templates_v_version_lines_product_idx" ON "_offer_templates_v_version_lines" USING btree ("product_id");
  CREATE INDEX "_offer_templates_v_parent_idx" ON "_offer_templates_v" USING btree ("parent_id");
  CREATE INDEX "_offer_templates_v_version_version_currency_idx" ON "_offer_templates_v" USING btree ("version_currency_id");
  CREATE INDEX "_offer_templates_v_version_version_active_idx" ON "_offer_templates_v" USING btree ("version_active");
  CREATE INDEX "_offer_templates_v_version_version_created_by_idx" ON "_offer_templates_v" USING btree ("version_created_by_id");
  CREATE INDEX "_offer_templates_v_version_version_updated_by_idx" ON "_offer_templates_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_offer_templates_v_version_version_updated_at_idx" ON "_offer_templates_v" USING btree ("version_updated_at");
  CREATE INDEX "_offer_templates_v_version_version_created_at_idx" ON "_offer_templates_v" USING btree ("version_created_at");
  CREATE INDEX "_offer_templates_v_created_at_idx" ON "_offer_templates_v" USING btree ("created_at");
  CREATE INDEX "_offer_templates_v_updated_at_idx" ON "_offer_templates_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_offer_templates_v_locales_locale_parent_id_unique" ON "_offer_templates_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_offer_templates_v_rels_order_idx" ON "_offer_templates_v_rels" USING btree ("order");
  CREATE INDEX "_offer_templates_v_rels_parent_idx" ON "_offer_templates_v_rels" USING btree ("parent_id");
  CREATE INDEX "_offer_templates_v_rels_path_idx" ON "_offer_templates_v_rels" USING btree ("path");
  CREATE INDEX "_offer_templates_v_rels_teams_id_idx" ON "_offer_templates_v_rels" USING btree ("teams_id");
  CREATE INDEX "_offer_templates_v_rels_roles_id_idx" ON "_offer_templates_v_rels" USING btree ("roles_id");
  CREATE INDEX "offers_lines_order_idx" ON "offers_lines" USING btree ("_order");
  CREATE INDEX "offers_lines_parent_id_idx" ON "offers_lines" USING btree ("_parent_id");
  CREATE INDEX "offers_lines_product_idx" ON "offers_lines" USING btree ("product_id");
  CREATE INDEX "offers_lines_unit_idx" ON "offers_lines" USING btree ("unit_id");
  CREATE INDEX "offers_lines_vat_rate_idx" ON "offers_lines" USING btree ("vat_rate_id");
  CREATE UNIQUE INDEX "offers_number_idx" ON "offers" USING btree ("number");
  CREATE INDEX "offers_client_idx" ON "offers" USING btree ("client_id");
  CREATE INDEX "offers_contact_idx" ON "offers" USING btree ("contact_id");
  CREATE INDEX "offers_opportunity_idx" ON "offers" USING btree ("opportunity_id");
  CREATE INDEX "offers_issue_date_idx" ON "offers" USING btree ("issue_date");
  CREATE INDEX "offers_valid_until_idx" ON "offers" USING btree ("valid_until");
  CREATE INDEX "offers_currency_idx" ON "offers" USING btree ("currency_id");
  CREATE INDEX "offers_lost_reason_idx" ON "offers" USING btree ("lost_reason_id");
  CREATE INDEX "offers_template_idx" ON "offers" USING btree ("template_id");
  CREATE INDEX "offers_previous_revision_idx" ON "offers" USING btree ("previous_revision_id");
  CREATE INDEX "offers_owner_idx" ON "offers" USING btree ("owner_id");
  CREATE INDEX "offers_team_idx" ON "offers" USING btree ("team_id");
  CREATE INDEX "offers_status_idx" ON "offers" USING btree ("status");
  CREATE INDEX "offers_status_category_idx" ON "offers" USING btree ("status_category");
  CREATE INDEX "offers_created_by_idx" ON "offers" USING btree ("created_by_id");
  CREATE INDEX "offers_updated_by_idx" ON "offers" USING btree ("updated_by_id");
  CREATE INDEX "offers_updated_at_idx" ON "offers" USING btree ("updated_at");
  CREATE INDEX "offers_created_at_idx" ON "offers" USING btree ("created_at");
  CREATE INDEX "owner_issueDate_idx" ON "offers" USING btree ("owner_id","issue_date");
  CREATE INDEX "statusCategory_validUntil_idx" ON "offers" USING btree ("status_category","valid_until");
  CREATE INDEX "offers_rels_order_idx" ON "offers_rels" USING btree ("order");
  CREATE INDEX "offers_rels_parent_idx" ON "offers_rels" USING btree ("parent_id");
  CREATE INDEX "offers_rels_path_idx" ON "offers_rels" USING btree ("path");
  CREATE INDEX "offers_rels_media_id_idx" ON "offers_rels" USING btree ("media_id");
  CREATE INDEX "_offers_v_version_lines_order_idx" ON "_offers_v_version_lines" USING btree ("_order");
  CREATE INDEX "_offers_v_version_lines_parent_id_idx" ON "_offers_v_version_lines" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_version_lines_product_idx" ON "_offers_v_version_lines" USING btree ("product_id");
  CREATE INDEX "_offers_v_version_lines_unit_idx" ON "_offers_v_version_lines" USING btree ("unit_id");
  CREATE INDEX "_offers_v_version_lines_vat_rate_idx" ON "_offers_v_version_lines" USING btree ("vat_rate_id");
  CREATE INDEX "_offers_v_parent_idx" ON "_offers_v" USING btree ("parent_id");
  CREATE INDEX "_offers_v_version_version_number_idx" ON "_offers_v" USING btree ("version_number");
  CREATE INDEX "_offers_v_version_version_client_idx" ON "_offers_v" USING btree ("version_client_id");
  CREATE INDEX "_offers_v_version_version_contact_idx" ON "_offers_v" USING btree ("version_contact_id");
  CREATE INDEX "_offers_v_version_version_opportunity_idx" ON "_offers_v" USING btree ("version_opportunity_id");
  CREATE INDEX "_offers_v_version_version_issue_date_idx" ON "_offers_v" USING btree ("version_issue_date");
  CREATE INDEX "_offers_v_version_version_valid_until_idx" ON "_offers_v" USING btree ("version_valid_until");
  CREATE INDEX "_offers_v_version_version_currency_idx" ON "_offers_v" USING btree ("version_currency_id");
  CREATE INDEX "_offers_v_version_version_lost_reason_idx" ON "_offers_v" USING btree ("version_lost_reason_id");
  CREATE INDEX "_offers_v_version_version_template_idx" ON "_offers_v" USING btree ("version_template_id");
  CREATE INDEX "_offers_v_version_version_previous_revision_idx" ON "_offers_v" USING btree ("version_previous_revision_id");
  CREATE INDEX "_offers_v_version_version_owner_idx" ON "_offers_v" USING btree ("version_owner_id");
  CREATE INDEX "_offers_v_version_version_team_idx" ON "_offers_v" USING btree ("version_team_id");
  CREATE INDEX "_offers_v_version_version_status_idx" ON "_offers_v" USING btree ("version_status");
  CREATE INDEX "_offers_v_version_version_status_category_idx" ON "_offers_v" USING btree ("version_status_category");
  CREATE INDEX "_offers_v_version_version_created_by_idx" ON "_offers_v" USING btree ("version_created_by_id");
  CREATE INDEX "_offers_v_version_version_updated_by_idx" ON "_offers_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_offers_v_version_version_updated_at_idx" ON "_offers_v" USING btree ("version_updated_at");
  CREATE INDEX "_offers_v_version_version_created_at_idx" ON "_offers_v" USING btree ("version_created_at");
  CREATE INDEX "_offers_v_created_at_idx" ON "_offers_v" USING btree ("created_at");
  CREATE INDEX "_offers_v_updated_at_idx" ON "_offers_v" USING btree ("updated_at");
  CREATE INDEX "version_owner_version_issueDate_idx" ON "_offers_v" USING btree ("version_owner_id","version_issue_date");
  CREATE INDEX "version_statusCategory_version_validUntil_idx" ON "_offers_v" USING btree ("version_status_category","version_valid_until");
  CREATE INDEX "_offers_v_rels_order_idx" ON "_offers_v_rels" USING btree ("order");
  CREATE INDEX "_offers_v_rels_parent_idx" ON "_offers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_offers_v_rels_path_idx" ON "_offers_v_rels" USING btree ("path");
  CREATE INDEX "_offers_v_rels_media_id_idx" ON "_offers_v_rels" USING btree ("media_id");
  CREATE INDEX "offer_sections_offer_idx" ON "offer_sections" USING btree ("offer_id");
  CREATE INDEX "offer_sections_responsible_idx" ON "offer_sections" USING btree ("responsible_id");
  CREATE INDEX "offer_sections_offer_owner_idx" ON "offer_sections" USING btree ("offer_owner_id");
  CREATE INDEX "offer_sections_team_idx" ON "offer_sections" USING btree ("team_id");
  CREATE INDEX "offer_sections_status_idx" ON "offer_sections" USING btree ("status");
  CREATE INDEX "offer_sections_status_category_idx" ON "offer_sections" USING btree ("status_category");
  CREATE INDEX "offer_sections_created_by_idx" ON "offer_sections" USING btree ("created_by_id");
  CREATE INDEX "offer_sections_updated_by_idx" ON "offer_sections" USING btree ("updated_by_id");
  CREATE INDEX "offer_sections_updated_at_idx" ON "offer_sections" USING btree ("updated_at");
  CREATE INDEX "offer_sections_created_at_idx" ON "offer_sections" USING btree ("created_at");
  CREATE INDEX "offer_order_idx" ON "offer_sections" USING btree ("offer_id","order");
  CREATE INDEX "responsible_statusCategory_idx" ON "offer_sections" USING btree ("responsible_id","status_category");
  CREATE INDEX "_offer_sections_v_parent_idx" ON "_offer_sections_v" USING btree ("parent_id");
  CREATE INDEX "_offer_sections_v_version_version_offer_idx" ON "_offer_sections_v" USING btree ("version_offer_id");
  CREATE INDEX "_offer_sections_v_version_version_responsible_idx" ON "_offer_sections_v" USING btree ("version_responsible_id");
  CREATE INDEX "_offer_sections_v_version_version_offer_owner_idx" ON "_offer_sections_v" USING btree ("version_offer_owner_id");
  CREATE INDEX "_offer_sections_v_version_version_team_idx" ON "_offer_sections_v" USING btree ("version_team_id");
  CREATE INDEX "_offer_sections_v_version_version_status_idx" ON "_offer_sections_v" USING btree ("version_status");
  CREATE INDEX "_offer_sections_v_version_version_status_category_idx" ON "_offer_sections_v" USING btree ("version_status_category");
  CREATE INDEX "_offer_sections_v_version_version_created_by_idx" ON "_offer_sections_v" USING btree ("version_created_by_id");
  CREATE INDEX "_offer_sections_v_version_version_updated_by_idx" ON "_offer_sections_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_offer_sections_v_version_version_updated_at_idx" ON "_offer_sections_v" USING btree ("version_updated_at");
  CREATE INDEX "_offer_sections_v_version_version_created_at_idx" ON "_offer_sections_v" USING btree ("version_created_at");
  CREATE INDEX "_offer_sections_v_created_at_idx" ON "_offer_sections_v" USING btree ("created_at");
  CREATE INDEX "_offer_sections_v_updated_at_idx" ON "_offer_sections_v" USING btree ("updated_at");
  CREATE INDEX "version_offer_version_order_idx" ON "_offer_sections_v" USING btree ("version_offer_id","version_order");
  CREATE INDEX "version_responsible_version_statusCategory_idx" ON "_offer_sections_v" USING btree ("version_responsible_id","version_status_category");
  CREATE UNIQUE INDEX "counters_key_idx" ON "counters" USING btree ("key");
  CREATE INDEX "counters_updated_at_idx" ON "counters" USING btree ("updated_at");
  CREATE INDEX "counters_created_at_idx" ON "counters" USING btree ("created_at");
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_offer_sections_fk" FOREIGN KEY ("offer_sections_id") REFERENCES "public"."offer_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_offer_sections_fk" FOREIGN KEY ("offer_sections_id") REFERENCES "public"."offer_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offer_templates_fk" FOREIGN KEY ("offer_templates_id") REFERENCES "public"."offer_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offer_sections_fk" FOREIGN KEY ("offer_sections_id") REFERENCES "public"."offer_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_counters_fk" FOREIGN KEY ("counters_id") REFERENCES "public"."counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "todos_rels_offers_id_idx" ON "todos_rels" USING btree ("offers_id");
  CREATE INDEX "todos_rels_offer_sections_id_idx" ON "todos_rels" USING btree ("offer_sections_id");
  CREATE INDEX "_todos_v_rels_offers_id_idx" ON "_todos_v_rels" USING btree ("offers_id");
  CREATE INDEX "_todos_v_rels_offer_sections_id_idx" ON "_todos_v_rels" USING btree ("offer_sections_id");
  CREATE INDEX "payload_locked_documents_rels_products_id_idx" ON "payload_locked_documents_rels" USING btree ("products_id");
  CREATE INDEX "payload_locked_documents_rels_offer_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("offer_templates_id");
  CREATE INDEX "payload_locked_documents_rels_offers_id_idx" ON "payload_locked_documents_rels" USING btree ("offers_id");
  CREATE INDEX "payload_locked_documents_rels_offer_sections_id_idx" ON "payload_locked_documents_rels" USING btree ("offer_sections_id");
  CREATE INDEX "payload_locked_documents_rels_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "products" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "products_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_products_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_products_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offer_templates_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offer_templates_sections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offer_templates_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offer_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offer_templates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offer_templates_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offer_templates_v_version_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offer_templates_v_version_sections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offer_templates_v_version_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offer_templates_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offer_templates_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offer_templates_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offers_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_version_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offer_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offer_sections_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "counters" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "products" CASCADE;
  DROP TABLE "products_locales" CASCADE;
  DROP TABLE "_products_v" CASCADE;
  DROP TABLE "_products_v_locales" CASCADE;
  DROP TABLE "offer_templates_sections" CASCADE;
  DROP TABLE "offer_templates_sections_locales" CASCADE;
  DROP TABLE "offer_templates_lines" CASCADE;
  DROP TABLE "offer_templates" CASCADE;
  DROP TABLE "offer_templates_locales" CASCADE;
  DROP TABLE "offer_templates_rels" CASCADE;
  DROP TABLE "_offer_templates_v_version_sections" CASCADE;
  DROP TABLE "_offer_templates_v_version_sections_locales" CASCADE;
  DROP TABLE "_offer_templates_v_version_lines" CASCADE;
  DROP TABLE "_offer_templates_v" CASCADE;
  DROP TABLE "_offer_templates_v_locales" CASCADE;
  DROP TABLE "_offer_templates_v_rels" CASCADE;
  DROP TABLE "offers_lines" CASCADE;
  DROP TABLE "offers" CASCADE;
  DROP TABLE "offers_rels" CASCADE;
  DROP TABLE "_offers_v_version_lines" CASCADE;
  DROP TABLE "_offers_v" CASCADE;
  DROP TABLE "_offers_v_rels" CASCADE;
  DROP TABLE "offer_sections" CASCADE;
  DROP TABLE "_offer_sections_v" CASCADE;
  DROP TABLE "counters" CASCADE;
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_offers_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_offer_sections_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_offers_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_offer_sections_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_products_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_offer_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_offers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_offer_sections_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_counters_fk";
  
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflows_collection";
  CREATE TYPE "public"."enum_workflows_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'todos');
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflows_collection" USING "collection"::"public"."enum_workflows_collection";
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__workflows_v_version_collection";
  CREATE TYPE "public"."enum__workflows_v_version_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'todos');
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE "public"."enum__workflows_v_version_collection" USING "version_collection"::"public"."enum__workflows_v_version_collection";
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'custom-fields', 'workflows', 'workflow-events', 'roles');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__roles_v_version_permissions_collection";
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'custom-fields', 'workflows', 'workflow-events', 'roles');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum__roles_v_version_permissions_collection" USING "collection"::"public"."enum__roles_v_version_permissions_collection";
  DROP INDEX "todos_rels_offers_id_idx";
  DROP INDEX "todos_rels_offer_sections_id_idx";
  DROP INDEX "_todos_v_rels_offers_id_idx";
  DROP INDEX "_todos_v_rels_offer_sections_id_idx";
  DROP INDEX "payload_locked_documents_rels_products_id_idx";
  DROP INDEX "payload_locked_documents_rels_offer_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_offers_id_idx";
  DROP INDEX "payload_locked_documents_rels_offer_sections_id_idx";
  DROP INDEX "payload_locked_documents_rels_counters_id_idx";
  ALTER TABLE "todos_rels" DROP COLUMN "offers_id";
  ALTER TABLE "todos_rels" DROP COLUMN "offer_sections_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "offers_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "offer_sections_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "products_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "offer_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "offers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "offer_sections_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "counters_id";
  ALTER TABLE "settings" DROP COLUMN "commercial_offer_approval_max_discount_percent";
  ALTER TABLE "settings" DROP COLUMN "commercial_offer_approval_max_gross";
  ALTER TABLE "_settings_v" DROP COLUMN "version_commercial_offer_approval_max_discount_percent";
  ALTER TABLE "_settings_v" DROP COLUMN "version_commercial_offer_approval_max_gross";
  DROP TYPE "public"."enum_products_kind";
  DROP TYPE "public"."enum__products_v_version_kind";
  DROP TYPE "public"."enum_offers_status_category";
  DROP TYPE "public"."enum__offers_v_version_status_category";
  DROP TYPE "public"."enum_offer_sections_status_category";
  DROP TYPE "public"."enum__offer_sections_v_version_status_category";`)
}
