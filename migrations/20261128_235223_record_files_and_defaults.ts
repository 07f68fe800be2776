import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "offer_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"offer_id" integer,
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
  
  ALTER TABLE "offers_rels" DROP CONSTRAINT "offers_rels_media_fk";
  
  ALTER TABLE "_offers_v_rels" DROP CONSTRAINT "_offers_v_rels_media_fk";
  
  DROP INDEX "offers_rels_media_id_idx";
  DROP INDEX "_offers_v_rels_media_id_idx";
  ALTER TABLE "clients" ALTER COLUMN "vat_payer" SET DEFAULT false;
  ALTER TABLE "_clients_v" ALTER COLUMN "version_vat_payer" SET DEFAULT false;
  ALTER TABLE "contacts" ALTER COLUMN "primary" SET DEFAULT false;
  ALTER TABLE "_contacts_v" ALTER COLUMN "version_primary" SET DEFAULT false;
  ALTER TABLE "todos" ALTER COLUMN "all_day" SET DEFAULT false;
  ALTER TABLE "_todos_v" ALTER COLUMN "version_all_day" SET DEFAULT false;
  ALTER TABLE "offers_rels" ADD COLUMN "offer_files_id" integer;
  ALTER TABLE "_offers_v_rels" ADD COLUMN "offer_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "offer_files_id" integer;
  ALTER TABLE "settings" ADD COLUMN "commercial_max_upload_mb" numeric DEFAULT 25;
  ALTER TABLE "_settings_v" ADD COLUMN "version_commercial_max_upload_mb" numeric DEFAULT 25;
  ALTER TABLE "offer_files" ADD CONSTRAINT "offer_files_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_files" ADD CONSTRAINT "offer_files_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_files" ADD CONSTRAINT "offer_files_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "offer_files_offer_idx" ON "offer_files" USING btree ("offer_id");
  CREATE INDEX "offer_files_created_by_idx" ON "offer_files" USING btree ("created_by_id");
  CREATE INDEX "offer_files_updated_by_idx" ON "offer_files" USING btree ("updated_by_id");
  CREATE INDEX "offer_files_updated_at_idx" ON "offer_files" USING btree ("updated_at");
  CREATE INDEX "offer_files_created_at_idx" ON "offer_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "offer_files_filename_idx" ON "offer_files" USING btree ("filename");
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_offer_files_fk" FOREIGN KEY ("offer_files_id") REFERENCES "public"."offer_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_offer_files_fk" FOREIGN KEY ("offer_files_id") REFERENCES "public"."offer_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offer_files_fk" FOREIGN KEY ("offer_files_id") REFERENCES "public"."offer_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "offers_rels_offer_files_id_idx" ON "offers_rels" USING btree ("offer_files_id");
  CREATE INDEX "_offers_v_rels_offer_files_id_idx" ON "_offers_v_rels" USING btree ("offer_files_id");
  CREATE INDEX "payload_locked_documents_rels_offer_files_id_idx" ON "payload_locked_documents_rels" USING btree ("offer_files_id");
  ALTER TABLE "offers_rels" DROP COLUMN "media_id";
  ALTER TABLE "_offers_v_rels" DROP COLUMN "media_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offer_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "offer_files" CASCADE;
  ALTER TABLE "offers_rels" DROP CONSTRAINT "offers_rels_offer_files_fk";
  
  ALTER TABLE "_offers_v_rels" DROP CONSTRAINT "_offers_v_rels_offer_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_offer_files_fk";
  
  DROP INDEX "offers_rels_offer_files_id_idx";
  DROP INDEX "_offers_v_rels_offer_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_offer_files_id_idx";
  ALTER TABLE "clients" ALTER COLUMN "vat_payer" DROP DEFAULT;
  ALTER TABLE "_clients_v" ALTER COLUMN "version_vat_payer" DROP DEFAULT;
  ALTER TABLE "contacts" ALTER COLUMN "primary" DROP DEFAULT;
  ALTER TABLE "_contacts_v" ALTER COLUMN "version_primary" DROP DEFAULT;
  ALTER TABLE "todos" ALTER COLUMN "all_day" DROP DEFAULT;
  ALTER TABLE "_todos_v" ALTER COLUMN "version_all_day" DROP DEFAULT;
  ALTER TABLE "offers_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_offers_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "offers_rels_media_id_idx" ON "offers_rels" USING btree ("media_id");
  CREATE INDEX "_offers_v_rels_media_id_idx" ON "_offers_v_rels" USING btree ("media_id");
  ALTER TABLE "offers_rels" DROP COLUMN "offer_files_id";
  ALTER TABLE "_offers_v_rels" DROP COLUMN "offer_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "offer_files_id";
  ALTER TABLE "settings" DROP COLUMN "commercial_max_upload_mb";
  ALTER TABLE "_settings_v" DROP COLUMN "version_commercial_max_upload_mb";`)
}
