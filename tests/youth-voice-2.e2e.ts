import type { Page } from '@playwright/test';
import { expect, seriousViolations, test } from './fixtures';

/**
 * Issue 17, second part, as a visitor on a phone sees it: promises about a general question
 * and about a focus area's advice are named for what they are, and the advice shows what
 * the municipality did with it.
 */
const pastRound = 'Høring om tiltaksplanen 2025';
const busQuestion = 'Trenger dere gratis kveldsbuss fra sentrum på fredager?';

async function roundIdOf(page: Page, title: string): Promise<string> {
	await page.goto('/planen');
	const href = await page.getByRole('link', { name: title, exact: true }).getAttribute('href');
	return href!.split('/').at(-1)!;
}

test('a promise about a general question is labelled as one on /planen and /ungdomsradet', async ({
	page
}) => {
	await page.goto('/planen');
	const promises = page.getByRole('region', { name: 'Løfter kommunen følger opp' });
	const bus = promises.getByRole('listitem').filter({ hasText: busQuestion });
	await expect(bus.getByText('Spørsmål til rådet')).toBeVisible();
	await expect(bus.getByText('Samferdselsavdelingen')).toBeVisible();
	await expect(promises.getByText('Råd om et innsatsområde')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await page.goto('/ungdomsradet');
	const council = page.getByRole('region', { name: 'Løfter som følges opp' });
	await expect(
		council.getByRole('listitem').filter({ hasText: busQuestion }).getByText('Spørsmål til rådet')
	).toBeVisible();
	await page.goto('/ar/ungdomsradet');
	await expect(page.getByText('سؤال إلى المجلس').first()).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the advice on a focus area shows what the municipality did with it', async ({ page }) => {
	const id = await roundIdOf(page, pastRound);
	await page.goto(`/planen/horinger/${id}`);
	const advice = page.getByRole('region', { name: 'Tidlig hjelp og samordnede tjenester' });
	await expect(advice.getByText('Tatt inn')).toBeVisible();
	await expect(advice.getByText(/deler nå én kartlegging/)).toBeVisible();
	await expect(advice.getByText('Oppvekstsjefen')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
