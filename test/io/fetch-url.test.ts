import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import test from 'ava';
import {userAgent} from '../../src/io/fetch-url.js';
import {LoadError, loadArticle} from '../../src/io/load-article.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const page = '<!doctype html><html><head><title>Quay works start</title><meta property="og:site_name" content="Local Test"></head><body><article><h1>Quay works start</h1><p>DOCKSIDE — Work began on the quay on Monday, the harbour board said, and will last a year.</p><p>“It is overdue,” said board member Ana Ruiz. “The old wall is crumbling.”</p></article></body></html>';

const routes: Record<string, Handler> = {
	'/article.html'(_request, response) {
		response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(page))});
		response.end(page);
	},
	'/plain'(_request, response) {
		response.writeHead(200, {'content-type': 'text/plain'});
		response.end('LONDON — Plain words.\n');
	},
	'/latin1'(_request, response) {
		response.writeHead(200, {'content-type': 'text/plain; charset=ISO-8859-1'});
		response.end(Buffer.from([0x63, 0x61, 0x66, 0xE9]));
	},
	'/agent'(request, response) {
		response.writeHead(200, {'content-type': 'text/plain'});
		response.end(`agent: ${request.headers['user-agent']}`);
	},
	'/pdf'(_request, response) {
		response.writeHead(200, {'content-type': 'application/pdf'});
		response.end('%PDF-1.4');
	},
	'/missing'(_request, response) {
		response.writeHead(404, 'Not Found', {'content-type': 'text/html'});
		response.end('<p>nope</p>');
	},
	'/redirect/1'(_request, response) {
		response.writeHead(302, {location: '/redirect/2'});
		response.end();
	},
	'/redirect/2'(_request, response) {
		response.writeHead(301, {location: '/article.html'});
		response.end();
	},
	'/loop'(_request, response) {
		response.writeHead(302, {location: '/loop'});
		response.end();
	},
	'/huge'(_request, response) {
		response.writeHead(200, {'content-type': 'text/plain'});
		// No Content-Length: the cap must hold while streaming.
		const chunk = Buffer.alloc(64 * 1024, 'a');
		let sent = 0;
		const pump = () => {
			while (sent < 300 && response.write(chunk)) {
				sent++;
			}

			if (sent < 300) {
				response.once('drain', pump);
			} else {
				response.end();
			}
		};

		pump();
	},
	'/declared-huge'(_request, response) {
		response.writeHead(200, {'content-type': 'text/plain', 'content-length': String(20 * 1024 * 1024)});
		response.write('a');
	},
	'/silent'() {
		// Never answers: the client's timeout must fire.
	},
	'/stalls'(_request, response) {
		response.writeHead(200, {'content-type': 'text/plain'});
		response.write('first bytes ');
	},
	'/hostile-status'(_request, response) {
		// Node refuses to send a control character in a status line, so write it raw: an 8-bit CSI (0x9B).
		response.socket?.end(Buffer.from('HTTP/1.1 500 Oops \u009B2J\r\ncontent-length: 0\r\nconnection: close\r\n\r\n', 'latin1'));
	},
};

let server: Server;
let base = '';

test.before(async () => {
	server = createServer((request, response) => {
		const handler = routes[new URL(request.url ?? '/', 'http://x').pathname];
		if (handler) {
			handler(request, response);
		} else {
			response.writeHead(404);
			response.end();
		}
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.after.always(() => {
	server.closeAllConnections();
	server.close();
});

async function failsWith(t: import('ava').ExecutionContext, promise: Promise<unknown>, pattern: RegExp) {
	const error = await t.throwsAsync(promise, {instanceOf: LoadError});
	t.regex(error!.message, pattern);
	t.false(/[\n\r\u0000-\u001F\u007F-\u009F]/.test(error!.message), error!.message);
}

test('an HTML page goes through the HTML path, with progress', async t => {
	const progress: Array<[number, number | null]> = [];
	const article = await loadArticle(`${base}/article.html`, {onProgress: (bytes, total) => progress.push([bytes, total])});
	t.is(article.format, 'html');
	t.is(article.title, 'Quay works start');
	t.is(article.site, 'Local Test');
	t.is(article.source, `${base}/article.html`);
	t.true(article.text.includes('The old wall is crumbling.'));
	t.deepEqual(progress.at(-1), [Buffer.byteLength(page), Buffer.byteLength(page)]);
});

test('text/plain is read as text; a declared charset is honoured', async t => {
	const article = await loadArticle(`${base}/plain`);
	t.is(article.format, 'text');
	t.is(article.text, 'LONDON — Plain words.\n');
	t.true(article.verbatim);
	const latin = await loadArticle(`${base}/latin1`);
	t.is(latin.text, 'café');
	t.false(latin.verbatim);
});

test('a clear User-Agent is sent', async t => {
	const article = await loadArticle(`${base}/agent`);
	t.is(article.text, `agent: ${userAgent}`);
	t.regex(userAgent, /^newsread\/\d+\.\d+\.\d+/);
});

test('redirects are followed', async t => {
	const article = await loadArticle(`${base}/redirect/1`);
	t.is(article.title, 'Quay works start');
});

test('too many redirects', async t => {
	await failsWith(t, loadArticle(`${base}/loop`), /: too many redirects \(more than 5\)$/);
});

test('HTTP 404 and other statuses', async t => {
	await failsWith(t, loadArticle(`${base}/missing`), /\/missing: HTTP 404 Not Found$/);
	await failsWith(t, loadArticle(`${base}/hostile-status`), /HTTP 500 Oops \uFFFD2J$/);
});

test('wrong content type is refused', async t => {
	await failsWith(t, loadArticle(`${base}/pdf`), /unsupported content type application\/pdf/);
});

test('size cap: streamed and declared', async t => {
	await failsWith(t, loadArticle(`${base}/huge`, {maxBytes: 1024 * 1024}), /larger than the 1 MB limit$/);
	await failsWith(t, loadArticle(`${base}/declared-huge`), /page is 20 MB; the limit is 10 MB$/);
});

// Neither server ever finishes its answer: only the timeout can end these loads.
test('timeouts: no answer, and a body that stalls', async t => {
	await failsWith(t, loadArticle(`${base}/silent`, {timeoutMs: 300}), /\/silent: timed out after 300 ms$/);
	await failsWith(t, loadArticle(`${base}/stalls`, {timeoutMs: 300}), /\/stalls: timed out after 300 ms$/);
});

test('bad addresses, refused connections and unknown hosts', async t => {
	await failsWith(t, loadArticle('http://exa mple.com/'), /not a valid address$/);
	// A port nothing listens on: the server's own port after closing would race, so use port 1.
	await failsWith(t, loadArticle('http://127.0.0.1:1/x'), /connection refused$/);
	// `.invalid` never resolves (RFC 2606); offline machines report a lookup failure instead.
	await failsWith(t, loadArticle('http://newsread-test.invalid/'), /cannot (find|look up) host newsread-test\.invalid/);
});

test('a .md address served as text/plain is Markdown; HTML served under a .txt name is still HTML', async t => {
	routes['/notes.md'] = (_request, response) => {
		response.writeHead(200, {'content-type': 'text/plain'});
		response.end('# Quay notes\n\nSome *text* here.\n');
	};
	routes['/page.txt'] = (_request, response) => {
		response.writeHead(200, {'content-type': 'text/html'});
		response.end(page);
	};
	const markdown = await loadArticle(`${base}/notes.md`);
	t.is(markdown.format, 'markdown');
	t.is(markdown.title, 'Quay notes');
	t.is((await loadArticle(`${base}/page.txt`)).format, 'html');
});

test('compressed pages are decoded, and the cap applies after decompression', async t => {
	routes['/gzip'] = (_request, response) => {
		response.writeHead(200, {'content-type': 'text/html', 'content-encoding': 'gzip'});
		response.end(gzipSync(page));
	};
	routes['/br'] = (_request, response) => {
		response.writeHead(200, {'content-type': 'text/plain', 'content-encoding': 'br'});
		response.end(brotliCompressSync('LONDON — Compressed words.'));
	};
	routes['/bomb'] = (_request, response) => {
		response.writeHead(200, {'content-type': 'text/plain', 'content-encoding': 'gzip'});
		response.end(gzipSync(Buffer.alloc(3 * 1024 * 1024, 'a')));
	};
	t.is((await loadArticle(`${base}/gzip`)).title, 'Quay works start');
	t.is((await loadArticle(`${base}/br`)).text, 'LONDON — Compressed words.');
	await failsWith(t, loadArticle(`${base}/bomb`, {maxBytes: 1024 * 1024}), /larger than the 1 MB limit once decompressed$/);
});
