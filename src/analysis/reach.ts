/**
 * Ranges asked about at positions that only move forward, as a unit's quotations are visited in order. A unit can hold
 * thousands of quotations (a run-on list of titles); testing each against every range found so far was quadratic.
 */
import type {Range} from './units.js';

export class ForwardReach {
	// Ranges not yet reached, by start; `head` skips those already folded into `reach`.
	readonly #pending: Range[] = [];
	#head = 0;
	#reach = Number.NEGATIVE_INFINITY;

	constructor(ranges: Iterable<Range> = []) {
		for (const r of ranges) {
			this.add(r);
		}
	}

	add(r: Range): void {
		const pending = this.#pending;
		let lo = this.#head;
		let hi = pending.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (pending[mid]!.start <= r.start) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}

		pending.splice(lo, 0, r);
	}

	/** The furthest end among ranges that start at or before `position`; `position` must not go back between calls. */
	reachAt(position: number): number {
		const pending = this.#pending;
		while (this.#head < pending.length && pending[this.#head]!.start <= position) {
			this.#reach = Math.max(this.#reach, pending[this.#head++]!.end);
		}

		if (this.#head > 1024 && this.#head * 2 > pending.length) {
			pending.splice(0, this.#head);
			this.#head = 0;
		}

		return this.#reach;
	}

	/** Whether a range contains `r` (`r.start` must not go back between calls). */
	contains(r: Range): boolean {
		return this.reachAt(r.start) >= r.end;
	}

	/** Whether a range overlaps the non-empty `r` (`r.end` must not go back between calls). */
	overlaps(r: Range): boolean {
		return this.reachAt(r.end - 1) > r.start;
	}
}
