/**
 * What someone typed before the page's script started is kept.
 *
 * The signed-in pages are rendered on the server and then hydrated, and Svelte's hydration
 * writes every `value={…}` it rendered into its field once more (sveltejs/kit#8895). On a
 * slow phone the first words typed into a form (a round's title, an answer to a measure)
 * vanished the moment the script started, and `required` then quietly stopped the send.
 *
 * `keepTypedFields()` runs in the client's `init` hook, before hydration. It notes every
 * field that already differs from what the server sent (typed, or put back by the browser),
 * and every field typed into until hydration is over. `restoreTypedFields()` runs once the
 * page is hydrated: it puts back what hydration overwrote, with the `input` or `change`
 * event a person's typing would have sent, so bound state and autosave follow.
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Kept = { value: string } | { checked: boolean } | { selected: string[] };

/** Inputs that hydration does not overwrite or whose value is not a person's typing. */
const notTyped = new Set(['password', 'file', 'hidden', 'submit', 'button', 'reset', 'image']);

let kept: Map<Field, Kept> | null = null;

function isField(target: EventTarget | null): target is Field {
	if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	return target instanceof HTMLInputElement && !notTyped.has(target.type);
}

const isChoice = (field: Field): field is HTMLInputElement =>
	field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

function stateOf(field: Field): Kept {
	if (field instanceof HTMLSelectElement)
		return { selected: [...field.selectedOptions].map((o) => o.value) };
	if (isChoice(field)) return { checked: field.checked };
	return { value: field.value };
}

function differsFromServer(field: Field): boolean {
	if (field instanceof HTMLSelectElement)
		return [...field.options].some((o) => o.selected !== o.defaultSelected);
	if (isChoice(field)) return field.checked !== field.defaultChecked;
	return field.value !== field.defaultValue;
}

function note(event: Event) {
	if (kept && isField(event.target)) kept.set(event.target, stateOf(event.target));
}

export function keepTypedFields(root: Document = document): void {
	kept = new Map();
	for (const field of root.querySelectorAll('input, textarea, select')) {
		if (isField(field) && differsFromServer(field)) kept.set(field, stateOf(field));
	}
	root.addEventListener('input', note, true);
	root.addEventListener('change', note, true);
}

/** Puts back what hydration overwrote; returns how many fields it restored. */
export function restoreTypedFields(root: Document = document): number {
	if (!kept) return 0;
	root.removeEventListener('input', note, true);
	root.removeEventListener('change', note, true);
	const fields = kept;
	kept = null;
	let restored = 0;
	for (const [field, state] of fields) {
		if (!field.isConnected) continue;
		let changed = false;
		if ('value' in state && field.value !== state.value) {
			field.value = state.value;
			changed = true;
		} else if ('checked' in state && isChoice(field) && field.checked !== state.checked) {
			field.checked = state.checked;
			changed = true;
		} else if ('selected' in state && field instanceof HTMLSelectElement) {
			for (const option of field.options) {
				const selected = state.selected.includes(option.value);
				if (option.selected !== selected) {
					option.selected = selected;
					changed = true;
				}
			}
		}
		if (!changed) continue;
		restored++;
		field.dispatchEvent(new Event('value' in state ? 'input' : 'change', { bubbles: true }));
	}
	return restored;
}
