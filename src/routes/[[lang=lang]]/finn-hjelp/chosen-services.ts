import { getContext, setContext } from 'svelte';

/**
 * How a service card takes part in a shared list: its "Legg til i lista" checkbox belongs
 * to the finder's GET form (`form`), so the picks travel with every search and with
 * "Vis lista". static/finder.js also keeps the count and the address bar up to date. Cards
 * outside a result list get no checkbox.
 */
export type ChosenServicesContext = {
	form: string;
	has(slug: string): boolean;
};

const key = Symbol('chosen-services');

export function setChosenServices(context: ChosenServicesContext): void {
	setContext(key, context);
}

export function getChosenServices(): ChosenServicesContext | undefined {
	return getContext<ChosenServicesContext | undefined>(key);
}
