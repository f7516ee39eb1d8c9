CREATE TABLE `job_run` (
	`name` text PRIMARY KEY NOT NULL,
	`last_run_at` text NOT NULL
);
