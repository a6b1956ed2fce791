/**
 * The first index in `[0, length)` for which `isBefore(index)` is false, given that it is true for a prefix
 * and false after it (a sorted array split by a predicate); `length` when it is true everywhere. O(log length).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (isBefore(middle)) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}
