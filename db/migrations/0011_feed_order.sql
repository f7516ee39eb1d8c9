ALTER TABLE `activity_feed_tombstone` ADD `kind` text;--> statement-breakpoint
CREATE INDEX `activity_feed_tombstone_order` ON `activity_feed_tombstone` (`municipality_id`,`deleted_at`,`activity_id`);--> statement-breakpoint
CREATE INDEX `activity_feed_order` ON `activity` (`municipality_id`,`updated_at`,`id`);