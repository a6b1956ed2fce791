/** `tsx scripts/print-json.ts FILE…`: the `--json` output, for score.py's `--cmd` before the CLI is wired. */
import process from 'node:process';
import {runJson} from '../src/commands/json.js';

process.exitCode = await runJson(process.argv.slice(2), line => {
	process.stdout.write(line);
});
