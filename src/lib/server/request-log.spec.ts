import { describe, expect, it, vi } from 'vitest';
import { logRequest, requestLogLine } from './request-log';
import { warnAboutProxySetUp } from './security-headers';

describe('request log line', () => {
	it('has the route pattern, a whole second and no path', () => {
		const line = requestLogLine(
			'GET',
			'/[[lang=lang]]/finn-hjelp/tema/[topic]',
			200,
			3.4,
			new Date('2026-03-01T10:11:12.345Z')
		);
		expect(line).toBe('2026-03-01T10:11:12Z GET /[[lang=lang]]/finn-hjelp/tema/[topic] 200 3ms');
		expect(requestLogLine('GET', null, 404, 1)).toContain('(no route)');
	});
});

describe('request log output', () => {
	it('writes the lines of one turn in one write, in order, after the turn', async () => {
		const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		const started = performance.now();
		logRequest('GET', '/[[lang=lang]]', 200, started);
		logRequest('POST', '/logg-inn', 303, started);
		expect(write).not.toHaveBeenCalled();
		await new Promise((resolve) => setImmediate(resolve));
		expect(write).toHaveBeenCalledTimes(1);
		const lines = String(write.mock.calls[0][0]).trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ GET \/\[\[lang=lang\]\] 200 \d+ms$/);
		expect(lines[1]).toContain('POST /logg-inn 303');
		write.mockRestore();
	});
});

describe('start-up warning', () => {
	it('warns once when ORIGIN is https and no address header is set', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(warnAboutProxySetUp({ ORIGIN: 'https://inngang.example' })).toBe(true);
		expect(
			warnAboutProxySetUp({ ORIGIN: 'https://inngang.example', ADDRESS_HEADER: 'x-forwarded-for' })
		).toBe(false);
		expect(warnAboutProxySetUp({ ORIGIN: 'http://localhost:3000' })).toBe(false);
		expect(warn).toHaveBeenCalledTimes(1);
		warn.mockRestore();
	});
});
