import { readFileSync } from 'node:fs';
import robotsParser from 'robots-parser';
import { describe, expect, it } from 'vitest';

/**
 * What a polite crawler may fetch: every public page in every language (searches too: a
 * blocked page scores as "not crawlable" in Lighthouse's SEO audit), the open data, and not
 * the logins, the staff areas or the activity views by date (a year of weeks for every
 * filter would be thousands of near-empty pages).
 */
const origin = 'https://inngang.example';
const robots = robotsParser(
	`${origin}/robots.txt`,
	readFileSync(new URL('../../../static/robots.txt', import.meta.url), 'utf8')
);
const allowed = (path: string) => robots.isAllowed(origin + path, 'Googlebot');

describe('robots.txt', () => {
	it.each([
		'/',
		'/ar',
		'/finn-hjelp',
		'/en/finn-hjelp/tema/trist-eller-redd',
		'/finn-hjelp/tema/trist-eller-redd?side=2',
		'/finn-hjelp/tjeneste/fjordvik-helsestasjon-for-ungdom',
		'/so/finn-hjelp/foreldre',
		'/finn-hjelp/sok',
		'/finn-hjelp/sok?na=1',
		'/finn-hjelp/sok?q=lei+meg',
		'/ar/finn-hjelp/sok?q=x',
		'/finn-hjelp/valgt?valgt=a,b',
		'/aktiviteter',
		'/aktiviteter?side=2',
		'/pl/aktiviteter?omrade=sentrum',
		'/aktiviteter/kalender',
		'/aktiviteter/kart?omrade=sentrum',
		'/aktiviteter/fotball-for-alle',
		'/planen',
		'/planen/horinger/1',
		'/ungdomsradet',
		'/nn/personvern',
		'/api/hsds/services?per_page=50',
		'/api/feeds/activities'
	])('lets crawlers read %s', (path) => {
		expect(allowed(path)).toBe(true);
	});

	it.each([
		'/admin',
		'/admin/tjenester',
		'/rad',
		'/rad/horinger/1',
		'/logg-inn',
		'/uk/logg-inn',
		'/glemt-passord',
		'/konto/abc123',
		'/aktiviteter/kalender?fra=2027-01-04&til=2027-01-10',
		'/en/aktiviteter?omrade=sentrum&fra=2027-01-04&til=2027-01-10',
		'/aktiviteter/kalender.ics',
		'/so/aktiviteter/kalender.ics?alder=12'
	])('keeps crawlers out of %s', (path) => {
		expect(allowed(path)).toBe(false);
	});
});
