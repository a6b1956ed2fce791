/** Page metadata read from `<meta>`, `<title>` and `<time>` (no Readability needed). */
export type PageMetadata = {
	readonly title: string | null;
	readonly byline: string | null;
	readonly site: string | null;
	readonly published: string | null;
};

/**
 * Reads headline, author, site name and published time from a parsed page: Open Graph and article
 * properties, `name=author`, `<title>`, the first `<time datetime>`. Missing values are null.
 */
export function readPageMetadata(page: Document): PageMetadata {
	const meta = (...keys: string[]): string | null => {
		for (const key of keys) {
			for (const attribute of ['property', 'name', 'itemprop']) {
				const value = page.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content');
				if (value && value.trim() !== '') {
					return value.trim();
				}
			}
		}

		return null;
	};

	const time = page.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null;
	return {
		title: meta('og:title', 'twitter:title') ?? (page.querySelector('title')?.textContent?.trim() || null),
		byline: meta('author', 'article:author', 'byl', 'parsely-author', 'dc.creator'),
		site: meta('og:site_name', 'application-name', 'publisher'),
		published: meta('article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date') ?? time,
	};
}

/**
 * The same metadata from raw HTML with regular expressions, for the library listing, which must stay fast
 * and must not load a DOM. Attribute order and quoting vary, so each `<meta>` tag is read on its own.
 */
export function scanPageMetadata(html: string): PageMetadata {
	const head = html.slice(0, 65_536);
	const values = new Map<string, string>();
	for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
		const key = /\b(?:property|name|itemprop)\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
		const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
		const value = content?.[1] ?? content?.[2];
		if (key && value && !values.has(key)) {
			values.set(key, decodeBasicEntities(value.trim()));
		}
	}

	const pick = (...keys: string[]) => keys.map(key => values.get(key)).find(Boolean) ?? null;
	const title = /<title\b[^>]*>([^<]*)<\/title>/i.exec(head)?.[1]?.trim();
	return {
		title: pick('og:title', 'twitter:title') ?? (title ? decodeBasicEntities(title) : null),
		byline: pick('author', 'article:author', 'byl'),
		site: pick('og:site_name', 'application-name', 'publisher'),
		published: pick('article:published_time', 'datepublished', 'pubdate', 'date'),
	};
}

function decodeBasicEntities(text: string): string {
	return text.replaceAll(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ({amp: '&', lt: '<', gt: '>', quot: '"'} as Record<string, string>)[name] ?? '\'');
}
