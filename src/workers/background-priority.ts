import os from 'node:os';
import process from 'node:process';

/**
 * Lowers the scheduling priority of the calling thread so that the reader's thread wins the CPU whenever it has a
 * key to answer: the engine keeps running on a long article for a second or more, on machines with as few as two
 * cores. Only on Linux, where the nice value belongs to each thread; elsewhere setpriority(2) would slow the whole
 * process, the reader included. Returns whether the priority was lowered.
 */
export function runInBackground(): boolean {
	if (process.platform !== 'linux') {
		return false;
	}

	try {
		os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
		return true;
	} catch {
		// Not permitted (some sandboxes): analysis then shares the CPU evenly, as before.
		return false;
	}
}
