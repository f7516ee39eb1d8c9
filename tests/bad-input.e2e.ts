import { connect } from 'node:net';
import { expect, test } from './fixtures';

/** Sends bytes exactly as given: HTTP clients would tidy up the malformed parts. */
function rawRequest(port: number, head: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1', () => socket.end(head));
		let answer = '';
		socket.on('data', (chunk) => (answer += chunk));
		socket.on('end', () => resolve(answer));
		// Node answers 431 and closes at once; the answer may arrive before the reset does.
		socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
	});
}

const port = () => Number(process.env.E2E_PORT ?? 4173);

test('an unknown language prefix gives the nb not-found page', async ({ page }) => {
	const response = await page.goto('/xx/finn-hjelp');
	expect(response!.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi fant ikke siden');
	await expect(page.getByRole('link', { name: /116 111/ })).toBeVisible();
});

test('a missing page in English says so in English, with the crisis lines', async ({ page }) => {
	const response = await page.goto('/en/does-not-exist');
	expect(response!.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Vi fant ikke siden');
	await expect(page.locator('main')).toContainText('116 111');
});

test('a malformed URL gets a 4xx and no stack trace', async () => {
	const answer = await rawRequest(port(), 'GET /%E0%A4%A HTTP/1.1\r\nHost: localhost\r\n\r\n');
	expect(answer).toMatch(/^HTTP\/1\.1 4\d\d/);
	expect(answer).not.toMatch(/at .*\.js:\d+/);
});

test('oversized headers get a 4xx', async () => {
	// Node's default limit for all headers together is 16 KiB.
	const huge = 'x'.repeat(20 * 1024);
	const answer = await rawRequest(
		port(),
		`GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${huge}\r\n\r\n`
	);
	expect(answer).toMatch(/^HTTP\/1\.1 4\d\d/);
});

test('form posts a browser never sends get a 4xx that says why, never a 500', async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	for (const path of ['/logg-inn', '/glemt-passord', '/en/logg-inn']) {
		const plain = await request.post(path, {
			headers: { origin, 'content-type': 'text/plain' },
			data: 'email=a@b.example'
		});
		expect(plain.status(), `${path} text/plain`).toBe(415);
		expect(await plain.text()).toContain('Send the form as a form');
		const noBoundary = await request.post(path, {
			headers: { origin, 'content-type': 'multipart/form-data' },
			data: 'email=a@b.example'
		});
		expect(noBoundary.status(), `${path} multipart without boundary`).toBe(400);
		expect(await noBoundary.text()).toContain('The form could not be read');
	}
});

test('CR/LF in the place to go after logging in is ignored, not a broken header', async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const response = await request.post('/logg-inn', {
		headers: { origin, accept: 'text/html' },
		form: {
			email: 'medlem3@fjordvik.example',
			password: 'demo-medlem-2025',
			next: '/rad/x\r\nSet-Cookie: evil=1'
		},
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toBe('/rad');
});
