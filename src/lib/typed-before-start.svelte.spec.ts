import { afterEach, describe, expect, it } from 'vitest';
import { keepTypedFields, restoreTypedFields } from './typed-before-start';

/**
 * The restore in the browser, field kind by field kind: what a person chose before the
 * script started comes back after hydration has written the server's values over it, and
 * the page hears of it as if they had just typed it.
 */
function form(html: string) {
	const element = document.createElement('form');
	element.innerHTML = html;
	document.body.append(element);
	return element;
}

/** What Svelte's hydration does to a field: it writes the server's value once more. */
function hydrate(element: HTMLFormElement) {
	for (const field of element.querySelectorAll('input, textarea')) {
		const input = field as HTMLInputElement;
		if (input.type === 'checkbox' || input.type === 'radio') input.checked = input.defaultChecked;
		else input.value = input.defaultValue;
	}
	for (const select of element.querySelectorAll('select'))
		for (const option of select.options) option.selected = option.defaultSelected;
}

afterEach(() => {
	restoreTypedFields();
	document.body.innerHTML = '';
});

describe('typed before the script started', () => {
	it('puts back text, choices and selections that hydration overwrote, with their events', () => {
		const element = form(`
			<input name="title" value="">
			<textarea name="intro">Fra serveren</textarea>
			<input type="radio" name="stance" value="yes" checked>
			<input type="radio" name="stance" value="no">
			<select name="kind"><option value="one" selected>Ett</option><option value="many">Flere</option></select>
			<input type="password" name="secret" value="">`);
		const [title, intro, , no, kind, secret] = element.elements as unknown as [
			HTMLInputElement,
			HTMLTextAreaElement,
			HTMLInputElement,
			HTMLInputElement,
			HTMLSelectElement,
			HTMLInputElement
		];
		// Typed while the page was still loading, before the init hook ran ...
		title.value = 'Tidlig';
		keepTypedFields();
		// ... and after it, while the script was being fetched.
		intro.value = 'Skrevet om';
		intro.dispatchEvent(new Event('input', { bubbles: true }));
		no.checked = true;
		no.dispatchEvent(new Event('change', { bubbles: true }));
		kind.value = 'many';
		kind.dispatchEvent(new Event('change', { bubbles: true }));
		secret.value = 'hemmelig';

		hydrate(element);
		expect(title.value).toBe('');
		const heard: string[] = [];
		element.addEventListener('input', (e) =>
			heard.push(`input ${(e.target as HTMLInputElement).name}`)
		);
		element.addEventListener('change', (e) =>
			heard.push(`change ${(e.target as HTMLInputElement).name}`)
		);

		expect(restoreTypedFields()).toBe(4);
		expect(title.value).toBe('Tidlig');
		expect(intro.value).toBe('Skrevet om');
		expect(no.checked).toBe(true);
		expect(kind.value).toBe('many');
		expect(heard).toEqual(['input title', 'input intro', 'change stance', 'change kind']);
		// A password is never noted: hydration does not write into it.
		expect(secret.value).toBe('');
	});

	it('leaves a field alone that nobody touched, and stops listening once restored', () => {
		const element = form(`<input name="title" value="Fra serveren">`);
		const title = element.elements[0] as HTMLInputElement;
		keepTypedFields();
		hydrate(element);
		expect(restoreTypedFields()).toBe(0);
		expect(title.value).toBe('Fra serveren');

		// Typing after the restore is the page's own business, not put back later.
		title.value = 'Senere';
		title.dispatchEvent(new Event('input', { bubbles: true }));
		title.value = 'Fra serveren';
		expect(restoreTypedFields()).toBe(0);
		expect(title.value).toBe('Fra serveren');
	});
});
