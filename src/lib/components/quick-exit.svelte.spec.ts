import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { createI18n, i18nContext } from '$lib/i18n';
import CrisisBar from './CrisisBar.svelte';
import { exitUrl, shiftPresses } from './quick-exit';
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

describe('Shift pressed three times', () => {
	it('leaves the page', async () => {
		const exit = vi.fn();
		const stop = shiftPresses(document, exit);
		await userEvent.keyboard('{Shift}{Shift}');
		expect(exit).not.toHaveBeenCalled();
		await userEvent.keyboard('{Shift}');
		expect(exit).toHaveBeenCalledOnce();
		stop();
	});

	it('does not leave when other keys come between the presses', async () => {
		const exit = vi.fn();
		const stop = shiftPresses(document, exit);
		await userEvent.keyboard('{Shift}{Shift}a{Shift}');
		expect(exit).not.toHaveBeenCalled();
		stop();
	});
});
