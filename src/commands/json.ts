/**
 * `newsread --json FILE…`: prints one JSON object per input, one per line, in input order, and returns the
 * exit code (1 when any input could not be read). (Placeholder.)
 */
export async function runJson(inputs: readonly string[], write: (line: string) => void): Promise<number> {
	for (const input of inputs) {
		write(JSON.stringify({file: input, error: 'not implemented yet'}) + '\n');
	}

	return 1;
}
