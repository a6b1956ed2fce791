// The first `Intl.Segmenter` a process creates loads ICU's break rules: about 20 ms, which string-width, wrap-ansi
// and ansi-tokenize would all spend at import time, on the start-up path, although most articles never need one
// (src/text/width.ts measures simple text without it). The bundle gives those modules this class instead
// (scripts/build.js), which creates the real segmenter on the first `segment` call.
export class LazySegmenter {
	readonly #arguments: ConstructorParameters<typeof Intl.Segmenter>;
	#segmenter: Intl.Segmenter | undefined;

	constructor(...parameters: ConstructorParameters<typeof Intl.Segmenter>) {
		this.#arguments = parameters;
	}

	segment(text: string): Intl.Segments {
		this.#segmenter ??= new Intl.Segmenter(...this.#arguments);
		return this.#segmenter.segment(text);
	}
}
