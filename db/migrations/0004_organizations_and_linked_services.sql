CREATE TABLE `measure_version_service` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`measure_version_id` integer NOT NULL,
	`service_id` integer,
	`service_name` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`measure_version_id`) REFERENCES `measure_version`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `service`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_version_service_once` ON `measure_version_service` (`measure_version_id`,`service_id`);--> statement-breakpoint
CREATE INDEX `measure_version_service_service` ON `measure_version_service` (`service_id`);--> statement-breakpoint
ALTER TABLE `focus_area` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `organization` ADD `status` text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE `organization` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `measure_version` DROP COLUMN `service_slugs`;