/**
 * Fjordvik kommune is fictional. Its facts are modelled on the five prevention plans in
 * shared/seeds (services, levels, focus areas), but every local name, address and phone
 * number is invented and the UI marks the whole municipality as a demo.
 */
export const fjordvik = {
	slug: 'fjordvik',
	name: 'Fjordvik kommune',
	// 9999 is not a real kommunenummer, so the demo can never collide with a real one.
	kommunenummer: '9999',
	isDemo: true
};
