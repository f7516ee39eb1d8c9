DROP INDEX `location_slug_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `location_municipality_slug` ON `location` (`municipality_id`,`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `location_national_slug` ON `location` (`slug`) WHERE municipality_id is null;--> statement-breakpoint
DROP INDEX `organization_slug_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `organization_municipality_slug` ON `organization` (`municipality_id`,`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `organization_national_slug` ON `organization` (`slug`) WHERE municipality_id is null;--> statement-breakpoint
DROP INDEX `service_slug_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `service_municipality_slug` ON `service` (`municipality_id`,`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `service_national_slug` ON `service` (`slug`) WHERE municipality_id is null;