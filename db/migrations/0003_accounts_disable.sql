ALTER TABLE `account` ADD `disabled_at` integer;--> statement-breakpoint
ALTER TABLE `account_link` ADD `revoked_at` integer;