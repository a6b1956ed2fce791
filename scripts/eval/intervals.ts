/** Half-open intervals `[a, b)` over code point offsets, as score.py handles them. */
export type Interval = [number, number];

/** Sorts, drops empty intervals and joins overlapping or touching ones. */
export function merge(spans: readonly Interval[]): Interval[] {
	const sorted = [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	const out: Interval[] = [];
	for (const [a, b] of sorted) {
		if (b <= a) {
			continue;
		}

		const last = out.at(-1);
		if (last && a <= last[1]) {
			if (b > last[1]) {
				last[1] = b;
			}
		} else {
			out.push([a, b]);
		}
	}

	return out;
}

/** Total length. */
export function size(iv: readonly Interval[]): number {
	let n = 0;
	for (const [a, b] of iv) {
		n += b - a;
	}

	return n;
}

/** Size of the intersection of two merged interval lists. */
export function interSize(x: readonly Interval[], y: readonly Interval[]): number {
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < x.length && j < y.length) {
		const [a, b] = x[i]!;
		const [c, d] = y[j]!;
		const lo = Math.max(a, c);
		const hi = Math.min(b, d);
		if (hi > lo) {
			n += hi - lo;
		}

		if (b < d) {
			i++;
		} else {
			j++;
		}
	}

	return n;
}

export function overlaps(x: readonly Interval[], y: readonly Interval[]): boolean {
	return interSize(x, y) > 0;
}

/**
 * UTF-16 offsets (the JSON contract) ↔ code point offsets (brat, Python). `toCp` returns undefined for an offset
 * that splits a surrogate pair, which score.py rejects.
 */
export class OffsetMap {
	readonly cpLength: number;
	readonly utf16Length: number;
	private readonly u2c: Int32Array | undefined;
	private readonly c2u: Int32Array | undefined;

	constructor(text: string) {
		this.utf16Length = text.length;
		if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
			this.cpLength = text.length;
			return;
		}

		const u2c = new Int32Array(text.length + 1);
		const c2u: number[] = [];
		let cp = 0;
		for (let u = 0; u < text.length; u++) {
			const code = text.charCodeAt(u);
			const next = text.charCodeAt(u + 1);
			c2u.push(u);
			u2c[u] = cp;
			if (code >= 0xD8_00 && code <= 0xDB_FF && next >= 0xDC_00 && next <= 0xDF_FF) {
				u2c[u + 1] = -1;
				u++;
			}

			cp++;
		}

		c2u.push(text.length);
		u2c[text.length] = cp;
		this.u2c = u2c;
		this.c2u = Int32Array.from(c2u);
		this.cpLength = cp;
	}

	toCp(u: number): number | undefined {
		if (!this.u2c) {
			return u;
		}

		const c = this.u2c[u]!;
		return c < 0 ? undefined : c;
	}

	toUtf16(c: number): number {
		return this.c2u ? this.c2u[c]! : c;
	}
}
