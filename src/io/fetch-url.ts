import type {IncomingMessage} from 'node:http';
import packageJson from '../../package.json' with {type: 'json'};
import {decompress} from './decompress.js';
import {LoadError, formatMegabytes} from './errors.js';

/** Limits for fetching an article; the defaults are the product's (tests shorten the timeout). */
export type FetchOptions = {
	/** Connect and idle-read timeout in milliseconds (default 15 000). */
	readonly timeoutMs?: number;
	/** Largest body accepted, in bytes (default 10 MB). */
	readonly maxBytes?: number;
	/** Redirects followed before giving up (default 5). */
	readonly maxRedirects?: number;
	/** Called as bytes arrive; `total` is the Content-Length when the server sent one. */
	readonly onProgress?: (bytes: number, total: number | null) => void;
};

/** A fetched body with what the server said about it. */
export type Fetched = {
	readonly body: Buffer;
	/** Lower-case MIME type without parameters, e.g. `text/html`. */
	readonly mimeType: string;
	/** `charset` parameter of the Content-Type, when given. */
	readonly charset: string | undefined;
	/** The address finally read, after redirects. */
	readonly url: string;
};

/** `newsread/<version>`, sent as User-Agent. */
export const userAgent = `newsread/${packageJson.version} (terminal news reader)`;

const acceptedTypes = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'text/x-markdown']);

/**
 * Fetches an `http(s)://` article with node:http (no `fetch`, whose client would slow start-up and cannot
 * time out a connect separately): follows up to `maxRedirects` redirects, refuses bodies over `maxBytes`
 * and types other than HTML, plain text and Markdown, and turns every failure into a one-line `LoadError`
 * that names the address.
 */
export async function fetchUrl(address: string, options: FetchOptions = {}): Promise<Fetched> {
	const timeoutMs = options.timeoutMs ?? 15_000;
	const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
	const maxRedirects = options.maxRedirects ?? 5;
	let url = parseAddress(address);
	for (let redirects = 0; ; redirects++) {
		// eslint-disable-next-line no-await-in-loop
		const response = await request(url, address, timeoutMs);
		const status = response.statusCode ?? 0;
		const location = response.headers.location;
		if (status >= 300 && status < 400 && location) {
			response.resume();
			if (redirects >= maxRedirects) {
				throw new LoadError(address, `too many redirects (more than ${maxRedirects})`);
			}

			try {
				url = parseAddress(new URL(location, url).href);
			} catch {
				throw new LoadError(address, 'redirected to an invalid address');
			}

			continue;
		}

		if (status < 200 || status >= 300) {
			response.resume();
			throw new LoadError(address, `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
		}

		const contentType = response.headers['content-type'] ?? '';
		const mimeType = contentType.split(';')[0]!.trim().toLowerCase() || 'text/plain';
		if (!acceptedTypes.has(mimeType)) {
			response.resume();
			throw new LoadError(address, `unsupported content type ${mimeType} (expected HTML or plain text)`);
		}

		const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
		const raw = await readBody(response, address, {timeoutMs, maxBytes, onProgress: options.onProgress});
		const body = await decompress(raw, response.headers['content-encoding'], address, maxBytes);
		return {body, mimeType, charset, url: url.href};
	}
}

function parseAddress(address: string): URL {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		throw new LoadError(address, 'not a valid address');
	}

	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new LoadError(address, `unsupported address scheme ${url.protocol} (use http or https)`);
	}

	return url;
}

async function request(url: URL, address: string, timeoutMs: number): Promise<IncomingMessage> {
	const {request: send} = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
	return new Promise((resolve, reject) => {
		const outgoing = send(url, {
			headers: {'user-agent': userAgent, accept: 'text/html, text/plain;q=0.9, text/markdown;q=0.9, */*;q=0.1', 'accept-encoding': 'gzip, deflate, br'},
			timeout: timeoutMs,
		});
		outgoing.on('timeout', () => {
			outgoing.destroy(new LoadError(address, `timed out after ${formatSeconds(timeoutMs)}`));
		});
		outgoing.on('error', error => {
			reject(error instanceof LoadError ? error : new LoadError(address, describeNetworkError(error, url)));
		});
		outgoing.on('response', resolve);
		outgoing.end();
	});
}

async function readBody(response: IncomingMessage, address: string, limits: {timeoutMs: number; maxBytes: number; onProgress?: FetchOptions['onProgress']}): Promise<Buffer> {
	const declared = Number(response.headers['content-length']);
	const total = Number.isFinite(declared) && declared >= 0 ? declared : null;
	if (total !== null && total > limits.maxBytes) {
		response.destroy();
		throw new LoadError(address, `page is ${formatMegabytes(total)}; the limit is ${formatMegabytes(limits.maxBytes)}`);
	}

	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let received = 0;
		let settled = false;
		// Destroying the response emits `aborted`/`error` synchronously; the first reason must win.
		const fail = (error: LoadError) => {
			if (!settled) {
				settled = true;
				reject(error);
				response.destroy();
			}
		};

		response.setTimeout(limits.timeoutMs, () => {
			fail(new LoadError(address, `timed out after ${formatSeconds(limits.timeoutMs)}`));
		});
		response.on('data', (chunk: Buffer) => {
			if (settled) {
				return;
			}

			received += chunk.length;
			if (received > limits.maxBytes) {
				fail(new LoadError(address, `page is larger than the ${formatMegabytes(limits.maxBytes)} limit`));
				return;
			}

			chunks.push(chunk);
			limits.onProgress?.(received, total);
		});
		response.on('end', () => {
			settled = true;
			resolve(Buffer.concat(chunks, received));
		});
		response.on('error', error => {
			fail(error instanceof LoadError ? error : new LoadError(address, 'connection lost while reading'));
		});
		response.on('aborted', () => {
			fail(new LoadError(address, 'connection lost while reading'));
		});
	});
}

function describeNetworkError(error: NodeJS.ErrnoException, url: URL): string {
	switch (error.code) {
		case 'ENOTFOUND':
		case 'EAI_NONAME': {
			return `cannot find host ${url.hostname}`;
		}

		case 'EAI_AGAIN': {
			return `cannot look up host ${url.hostname} (offline?)`;
		}

		case 'ECONNREFUSED': {
			return 'connection refused';
		}

		case 'ENETUNREACH':
		case 'EHOSTUNREACH':
		case 'ENETDOWN': {
			return 'network unreachable (offline?)';
		}

		case 'ECONNRESET': {
			return 'connection reset by the server';
		}

		case 'ETIMEDOUT': {
			return 'connection timed out';
		}

		default: {
			return error.code?.startsWith('ERR_TLS') || error.code?.includes('CERT') ? 'secure connection failed (certificate problem)' : `network error${error.code ? ` (${error.code})` : ''}`;
		}
	}
}

function formatSeconds(milliseconds: number): string {
	return milliseconds >= 1000 ? `${Math.round(milliseconds / 100) / 10} s` : `${milliseconds} ms`;
}
