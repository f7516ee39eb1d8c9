import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { createI18n, i18nContext } from '$lib/i18n';
import CrisisBar from './CrisisBar.svelte';
import { exitUrl } from './quick-exit';
import common from '../../../locales/en/common.json';

describe('crisis bar', () => {
	it('offers the three emergency numbers as phone links and a quick exit', async () => {
		render(CrisisBar, { context: i18nContext(createI18n('en', { common })) });
		await expect
			.element(page.getByRole('link', { name: /113/ }))
			.toHaveAttribute('href', 'tel:113');
		await expect
			.element(page.getByRole('link', { name: /112/ }))
			.toHaveAttribute('href', 'tel:112');
		await expect
			.element(page.getByRole('link', { name: /116 111/ }))
			.toHaveAttribute('href', 'tel:116111');
		await expect
			.element(page.getByRole('link', { name: common.quick_exit }))
			.toHaveAttribute('href', exitUrl);
	});
});

/** Counts the exits static/quick-exit.js would make, and stops each one before it leaves. */
function countExits(): { count: () => number; stop: () => void } {
	let exits = 0;
	const onExit = (event: Event) => {
		event.preventDefault();
		exits += 1;
	};
	document.addEventListener('quick-exit', onExit);
	return { count: () => exits, stop: () => document.removeEventListener('quick-exit', onExit) };
}

describe('static/quick-exit.js', () => {
	beforeAll(async () => {
		const script = document.createElement('script');
		script.src = '/quick-exit.js';
		const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
		document.head.append(script);
		await loaded;
	});

	beforeEach(() => {
		render(CrisisBar, { context: i18nContext(createI18n('en', { common })) });
	});

	it('says that JavaScript runs, so the Shift×3 hint may show', () => {
		expect(document.documentElement.classList.contains('js')).toBe(true);
	});

	it('leaves on the third Shift press', async () => {
		const exits = countExits();
		await userEvent.keyboard('{Shift}{Shift}');
		expect(exits.count()).toBe(0);
		await userEvent.keyboard('{Shift}');
		expect(exits.count()).toBe(1);
		exits.stop();
	});

	it('does not leave when other keys come between the presses', async () => {
		const exits = countExits();
		await userEvent.keyboard('{Shift}{Shift}a{Shift}');
		expect(exits.count()).toBe(0);
		exits.stop();
	});

	it('leaves when the link is clicked', async () => {
		const exits = countExits();
		await page.getByRole('link', { name: common.quick_exit }).click();
		expect(exits.count()).toBe(1);
		exits.stop();
	});
});
