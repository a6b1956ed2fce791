import {LoadError, formatMegabytes} from './errors.js';

/** Undoes gzip/deflate/br content coding, capping the decoded size too (a small bomb must not fill memory). */
export async function decompress(body: Buffer, coding: string | undefined, address: string, maxBytes: number): Promise<Buffer> {
	const name = coding?.trim().toLowerCase() ?? '';
	if (name === '' || name === 'identity') {
		return body;
	}

	const zlib = await import('node:zlib');
	const options = {maxOutputLength: maxBytes};
	try {
		switch (name) {
			case 'gzip':
			case 'x-gzip': {
				return zlib.gunzipSync(body, options);
			}

			case 'deflate': {
				return zlib.inflateSync(body, options);
			}

			case 'br': {
				return zlib.brotliDecompressSync(body, options);
			}

			default: {
				throw new LoadError(address, `unsupported content encoding ${name}`);
			}
		}
	} catch (error) {
		if (error instanceof LoadError) {
			throw error;
		}

		throw new LoadError(address, (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
			? `page is larger than the ${formatMegabytes(maxBytes)} limit once decompressed`
			: 'compressed page is corrupt');
	}
}
