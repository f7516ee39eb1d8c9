/**
 * What the portal publishes, where, and which official validator each address is checked
 * against in the test suite (the staff page "Åpne data" lists them; the README's "Open data"
 * section says the same). Texts are `admin_opendata.feed_<key>`, `…_about`, `…_validates`.
 */
export type PublishedFeed = { key: string; path: string };

export const publishedFeeds: readonly PublishedFeed[] = [
	{ key: 'hsds', path: '/api/hsds' },
	{ key: 'hsds_services', path: '/api/hsds/services?per_page=50' },
	{ key: 'openapi', path: '/api/hsds/openapi.json' },
	{ key: 'rpde', path: '/api/feeds/activities' },
	{ key: 'activity_types', path: '/api/feeds/activity-types' },
	{ key: 'ical_all', path: '/aktiviteter/kalender.ics' }
];
