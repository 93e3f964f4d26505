import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`partnerships_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partnerships_areas_order_idx\` ON \`partnerships_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_areas_parent_idx\` ON \`partnerships_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partnerships\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`municipality_id\` integer NOT NULL,
  	\`partner_name\` text NOT NULL,
  	\`partner_region_id\` integer NOT NULL,
  	\`since\` numeric,
  	\`partner_website\` text,
  	\`visibility\` text DEFAULT 'public' NOT NULL,
  	\`association_id\` integer NOT NULL,
  	\`home_region_id\` integer,
  	\`request_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`home_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`partnership_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`partnerships_municipality_idx\` ON \`partnerships\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_partner_region_idx\` ON \`partnerships\` (\`partner_region_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_visibility_idx\` ON \`partnerships\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_association_idx\` ON \`partnerships\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_home_region_idx\` ON \`partnerships\` (\`home_region_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_request_idx\` ON \`partnerships\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_updated_at_idx\` ON \`partnerships\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_created_at_idx\` ON \`partnerships\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partnerships_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partnerships_locales_locale_parent_id_unique\` ON \`partnerships_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partnership_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`association_id\` integer,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`partnership_attachments_association_idx\` ON \`partnership_attachments\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_attachments_uploaded_by_idx\` ON \`partnership_attachments\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_attachments_updated_at_idx\` ON \`partnership_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partnership_attachments_created_at_idx\` ON \`partnership_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`partnership_attachments_filename_idx\` ON \`partnership_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_radio_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_radio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_options_order_idx\` ON \`forms_blocks_radio_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_options_parent_id_idx\` ON \`forms_blocks_radio_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_radio_options_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_radio_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_blocks_radio_options_locales_locale_parent_id_unique\` ON \`forms_blocks_radio_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_radio\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`width\` numeric,
  	\`required\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_order_idx\` ON \`forms_blocks_radio\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_parent_id_idx\` ON \`forms_blocks_radio\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_path_idx\` ON \`forms_blocks_radio\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_radio_locales\` (
  	\`label\` text,
  	\`default_value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_radio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_blocks_radio_locales_locale_parent_id_unique\` ON \`forms_blocks_radio_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_multiple_choice_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_multiple_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_multiple_choice_options_order_idx\` ON \`forms_blocks_multiple_choice_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_multiple_choice_options_parent_id_idx\` ON \`forms_blocks_multiple_choice_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_multiple_choice_options_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_multiple_choice_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_blocks_multiple_choice_options_locales_locale_parent_i\` ON \`forms_blocks_multiple_choice_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_multiple_choice\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`required\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_multiple_choice_order_idx\` ON \`forms_blocks_multiple_choice\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_multiple_choice_parent_id_idx\` ON \`forms_blocks_multiple_choice\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_multiple_choice_path_idx\` ON \`forms_blocks_multiple_choice\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_multiple_choice_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_multiple_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_blocks_multiple_choice_locales_locale_parent_id_unique\` ON \`forms_blocks_multiple_choice_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_scale\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`min\` numeric DEFAULT 1 NOT NULL,
  	\`max\` numeric DEFAULT 5 NOT NULL,
  	\`required\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_scale_order_idx\` ON \`forms_blocks_scale\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_scale_parent_id_idx\` ON \`forms_blocks_scale\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_scale_path_idx\` ON \`forms_blocks_scale\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_scale_locales\` (
  	\`label\` text,
  	\`min_label\` text,
  	\`max_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_scale\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_blocks_scale_locales_locale_parent_id_unique\` ON \`forms_blocks_scale_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`DROP TABLE \`forms_blocks_message\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_message_locales\`;`)
  // Migrations run in a transaction, where `PRAGMA foreign_keys=OFF` has no effect: dropping the
  // old table would cascade to these child rows. Keep them aside and put them back after the rebuild.
  await db.run(sql`CREATE TEMP TABLE \`keep_partnership_requests_cooperation_areas\` AS SELECT * FROM \`partnership_requests_cooperation_areas\`;`)
  await db.run(sql`CREATE TEMP TABLE \`keep_partnership_requests_languages\` AS SELECT * FROM \`partnership_requests_languages\`;`)
  await db.run(sql`CREATE TEMP TABLE \`keep_partnership_requests_history\` AS SELECT * FROM \`partnership_requests_history\`;`)
  await db.run(sql`CREATE TEMP TABLE \`keep_partnership_requests_rels\` AS SELECT * FROM \`partnership_requests_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_partnership_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`submitted_at\` text,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`status_message\` text,
  	\`proposed_partner_name\` text,
  	\`proposed_partner_region_id\` integer,
  	\`proposed_partner_contact\` text,
  	\`proposed_partner_website\` text,
  	\`association_id\` integer,
  	\`home_region_id\` integer,
  	\`applicant_kind\` text DEFAULT 'municipality',
  	\`municipality_id\` integer,
  	\`applicant_name\` text,
  	\`contact_name\` text,
  	\`contact_position\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`offer\` text,
  	\`looking_for\` text,
  	\`motivation\` text,
  	\`population\` numeric,
  	\`correspondence_language\` text DEFAULT 'cs',
  	\`signed_form_id\` integer,
  	\`consent_text_version\` text,
  	\`consent_given_at\` text,
  	\`internal_notes\` text,
  	\`submitted_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`proposed_partner_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`home_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signed_form_id\`) REFERENCES \`partnership_attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // drizzle-kit copies columns the old table does not have yet. Copy the old ones; a submitted
  // application was submitted when it was created; signed forms were `documents`, now they are
  // private `partnership-attachments`, so the old links cannot be kept.
  await db.run(sql`INSERT INTO \`__new_partnership_requests\`("id", "reference", "association_id", "applicant_kind", "municipality_id", "applicant_name", "contact_name", "contact_position", "contact_email", "contact_phone", "offer", "looking_for", "motivation", "population", "consent_text_version", "consent_given_at", "status", "internal_notes", "submitted_by_id", "updated_at", "created_at", "submitted_at") SELECT "id", "reference", "association_id", "applicant_kind", "municipality_id", "applicant_name", "contact_name", "contact_position", "contact_email", "contact_phone", "offer", "looking_for", "motivation", "population", "consent_text_version", "consent_given_at", "status", "internal_notes", "submitted_by_id", "updated_at", "created_at", "created_at" FROM \`partnership_requests\`;`)
  await db.run(sql`DROP TABLE \`partnership_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_partnership_requests\` RENAME TO \`partnership_requests\`;`)
  await db.run(sql`INSERT INTO \`partnership_requests_cooperation_areas\` SELECT * FROM \`keep_partnership_requests_cooperation_areas\`;`)
  await db.run(sql`DROP TABLE \`keep_partnership_requests_cooperation_areas\`;`)
  await db.run(sql`INSERT INTO \`partnership_requests_languages\` SELECT * FROM \`keep_partnership_requests_languages\`;`)
  await db.run(sql`DROP TABLE \`keep_partnership_requests_languages\`;`)
  await db.run(sql`INSERT INTO \`partnership_requests_history\` SELECT * FROM \`keep_partnership_requests_history\`;`)
  await db.run(sql`DROP TABLE \`keep_partnership_requests_history\`;`)
  await db.run(sql`INSERT INTO \`partnership_requests_rels\` SELECT * FROM \`keep_partnership_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`keep_partnership_requests_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`partnership_requests_reference_idx\` ON \`partnership_requests\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_submitted_at_idx\` ON \`partnership_requests\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_status_idx\` ON \`partnership_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_proposed_partner_proposed_partner_r_idx\` ON \`partnership_requests\` (\`proposed_partner_region_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_association_idx\` ON \`partnership_requests\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_home_region_idx\` ON \`partnership_requests\` (\`home_region_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_municipality_idx\` ON \`partnership_requests\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_signed_form_idx\` ON \`partnership_requests\` (\`signed_form_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_submitted_by_idx\` ON \`partnership_requests\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_updated_at_idx\` ON \`partnership_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_created_at_idx\` ON \`partnership_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`partnership_requests_history\` ADD \`actor\` text;`)
  await db.run(sql`ALTER TABLE \`partnership_requests_history\` ADD \`message\` text;`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`partnership_office_id\` integer REFERENCES associations(id);`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`centre_latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`centre_longitude\` numeric;`)
  await db.run(sql`CREATE INDEX \`regions_partnership_office_idx\` ON \`regions\` (\`partnership_office_id\`);`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`slug\` text;`)
  // SQLite cannot add a NOT NULL column without a default; Payload requires the association instead.
  await db.run(sql`ALTER TABLE \`forms\` ADD \`association_id\` integer REFERENCES associations(id);`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`audience\` text DEFAULT 'public' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`closes_at\` text;`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`one_answer_per_member\` integer DEFAULT false;`)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_slug_idx\` ON \`forms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`forms_association_idx\` ON \`forms\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_audience_idx\` ON \`forms\` (\`audience\`);`)
  await db.run(sql`ALTER TABLE \`forms_locales\` ADD \`intro\` text;`)
  await db.run(sql`ALTER TABLE \`form_submissions\` ADD \`association_id\` integer REFERENCES associations(id);`)
  await db.run(sql`ALTER TABLE \`form_submissions\` ADD \`member_id\` integer REFERENCES members(id);`)
  await db.run(sql`ALTER TABLE \`form_submissions\` ADD \`member_form_key\` text;`)
  await db.run(sql`CREATE INDEX \`form_submissions_association_idx\` ON \`form_submissions\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`form_submissions_member_idx\` ON \`form_submissions\` (\`member_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`form_submissions_member_form_key_idx\` ON \`form_submissions\` (\`member_form_key\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`concurrency_key\` text;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`partnerships_id\` integer REFERENCES partnerships(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`partnership_attachments_id\` integer REFERENCES partnership_attachments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partnerships_id_idx\` ON \`payload_locked_documents_rels\` (\`partnerships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partnership_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`partnership_attachments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`forms_blocks_message\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_message_order_idx\` ON \`forms_blocks_message\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_message_parent_id_idx\` ON \`forms_blocks_message\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_message_path_idx\` ON \`forms_blocks_message\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_message_locales\` (
  	\`message\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_message\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_blocks_message_locales_locale_parent_id_unique\` ON \`forms_blocks_message_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`DROP TABLE \`partnerships_areas\`;`)
  await db.run(sql`DROP TABLE \`partnerships\`;`)
  await db.run(sql`DROP TABLE \`partnerships_locales\`;`)
  await db.run(sql`DROP TABLE \`partnership_attachments\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_radio_options\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_radio_options_locales\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_radio\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_radio_locales\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_multiple_choice_options\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_multiple_choice_options_locales\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_multiple_choice\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_multiple_choice_locales\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_scale\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_scale_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_partnership_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`association_id\` integer NOT NULL,
  	\`applicant_kind\` text DEFAULT 'municipality' NOT NULL,
  	\`municipality_id\` integer,
  	\`applicant_name\` text NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`contact_position\` text,
  	\`contact_email\` text NOT NULL,
  	\`contact_phone\` text,
  	\`offer\` text,
  	\`looking_for\` text,
  	\`motivation\` text,
  	\`population\` numeric,
  	\`signed_form_id\` integer,
  	\`consent_text_version\` text NOT NULL,
  	\`consent_given_at\` text NOT NULL,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`internal_notes\` text,
  	\`submitted_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signed_form_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_partnership_requests\`("id", "reference", "association_id", "applicant_kind", "municipality_id", "applicant_name", "contact_name", "contact_position", "contact_email", "contact_phone", "offer", "looking_for", "motivation", "population", "signed_form_id", "consent_text_version", "consent_given_at", "status", "internal_notes", "submitted_by_id", "updated_at", "created_at") SELECT "id", "reference", "association_id", "applicant_kind", "municipality_id", "applicant_name", "contact_name", "contact_position", "contact_email", "contact_phone", "offer", "looking_for", "motivation", "population", "signed_form_id", "consent_text_version", "consent_given_at", "status", "internal_notes", "submitted_by_id", "updated_at", "created_at" FROM \`partnership_requests\`;`)
  await db.run(sql`DROP TABLE \`partnership_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_partnership_requests\` RENAME TO \`partnership_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`partnership_requests_reference_idx\` ON \`partnership_requests\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_association_idx\` ON \`partnership_requests\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_municipality_idx\` ON \`partnership_requests\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_signed_form_idx\` ON \`partnership_requests\` (\`signed_form_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_status_idx\` ON \`partnership_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_submitted_by_idx\` ON \`partnership_requests\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_updated_at_idx\` ON \`partnership_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partnership_requests_created_at_idx\` ON \`partnership_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`country\` text DEFAULT 'CZ' NOT NULL,
  	\`kind\` text DEFAULT 'cz-region' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_regions\`("id", "code", "country", "kind", "updated_at", "created_at") SELECT "id", "code", "country", "kind", "updated_at", "created_at" FROM \`regions\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`ALTER TABLE \`__new_regions\` RENAME TO \`regions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_code_idx\` ON \`regions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`confirmation_type\` text DEFAULT 'message',
  	\`redirect_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_forms\`("id", "title", "confirmation_type", "redirect_url", "updated_at", "created_at") SELECT "id", "title", "confirmation_type", "redirect_url", "updated_at", "created_at" FROM \`forms\`;`)
  await db.run(sql`DROP TABLE \`forms\`;`)
  await db.run(sql`ALTER TABLE \`__new_forms\` RENAME TO \`forms\`;`)
  await db.run(sql`CREATE INDEX \`forms_updated_at_idx\` ON \`forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`forms_created_at_idx\` ON \`forms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_form_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`form_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_form_submissions\`("id", "form_id", "updated_at", "created_at") SELECT "id", "form_id", "updated_at", "created_at" FROM \`form_submissions\`;`)
  await db.run(sql`DROP TABLE \`form_submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_form_submissions\` RENAME TO \`form_submissions\`;`)
  await db.run(sql`CREATE INDEX \`form_submissions_form_idx\` ON \`form_submissions\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`form_submissions_updated_at_idx\` ON \`form_submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_submissions_created_at_idx\` ON \`form_submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`pages_id\` integer,
  	\`services_id\` integer,
  	\`good_practices_id\` integer,
  	\`categories_id\` integer,
  	\`events_id\` integer,
  	\`event_series_id\` integer,
  	\`seminars_id\` integer,
  	\`registrations_id\` integer,
  	\`partnership_requests_id\` integer,
  	\`associations_id\` integer,
  	\`commissions_id\` integer,
  	\`municipalities_id\` integer,
  	\`regions_id\` integer,
  	\`people_id\` integer,
  	\`partners_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`members_id\` integer,
  	\`users_id\` integer,
  	\`forms_id\` integer,
  	\`form_submissions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_series_id\`) REFERENCES \`event_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seminars_id\`) REFERENCES \`seminars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partnership_requests_id\`) REFERENCES \`partnership_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commissions_id\`) REFERENCES \`commissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forms_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_submissions_id\`) REFERENCES \`form_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "pages_id", "services_id", "good_practices_id", "categories_id", "events_id", "event_series_id", "seminars_id", "registrations_id", "partnership_requests_id", "associations_id", "commissions_id", "municipalities_id", "regions_id", "people_id", "partners_id", "media_id", "documents_id", "members_id", "users_id", "forms_id", "form_submissions_id") SELECT "id", "order", "parent_id", "path", "news_id", "pages_id", "services_id", "good_practices_id", "categories_id", "events_id", "event_series_id", "seminars_id", "registrations_id", "partnership_requests_id", "associations_id", "commissions_id", "municipalities_id", "regions_id", "people_id", "partners_id", "media_id", "documents_id", "members_id", "users_id", "forms_id", "form_submissions_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_good_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_series_id_idx\` ON \`payload_locked_documents_rels\` (\`event_series_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seminars_id_idx\` ON \`payload_locked_documents_rels\` (\`seminars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partnership_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`partnership_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_associations_id_idx\` ON \`payload_locked_documents_rels\` (\`associations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_commissions_id_idx\` ON \`payload_locked_documents_rels\` (\`commissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`form_submissions_id\`);`)
  await db.run(sql`DROP INDEX \`payload_jobs_concurrency_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`concurrency_key\`;`)
  await db.run(sql`ALTER TABLE \`partnership_requests_history\` DROP COLUMN \`actor\`;`)
  await db.run(sql`ALTER TABLE \`partnership_requests_history\` DROP COLUMN \`message\`;`)
  await db.run(sql`ALTER TABLE \`forms_locales\` DROP COLUMN \`intro\`;`)
}
