import { uneval } from 'devalue';
import { describe, expect, it } from 'vitest';
import { transport } from '../hooks';
import { renderedOnServer } from './render-only';

/** The replacer SvelteKit builds from the transport hook for page data (data_serializer.js). */
function serialise(data: unknown): string {
	return uneval(data, (value) => {
		for (const [key, { encode }] of Object.entries(transport)) {
			const encoded = encode(value);
			if (encoded) return `app.decode('${key}', ${uneval(encoded)})`;
		}
	});
}

describe('renderedOnServer', () => {
	it('hands the page the very data it was given', () => {
		const data = { lang: 'nb', services: [{ name: 'Helsesykepleier' }] };
		expect(renderedOnServer(data)).toBe(data);
		expect(data.services[0].name).toBe('Helsesykepleier');
	});

	it('keeps marked data out of the serialised page, and only marked data', () => {
		const services = Array.from({ length: 500 }, (_, i) => ({ name: `Tjeneste ${i}` }));
		const marked = serialise(renderedOnServer({ services }));
		expect(marked).toBe(`app.decode('renderedOnServer', [])`);
		// The same data without the mark (an /admin page, which renders in the browser) is sent whole.
		const plain = serialise({ services });
		expect(plain).toContain('Tjeneste 499');
		// A marked object inside unmarked data is the only part left out.
		expect(serialise({ lang: 'nb', page: renderedOnServer({ services }) })).toBe(
			`{lang:"nb",page:app.decode('renderedOnServer', [])}`
		);
	});

	it('arrives in a browser as an empty object, never as the data', () => {
		expect(transport.renderedOnServer.decode([])).toEqual({});
	});
});
