/*
Run the built CLI without a terminal: stdout and stderr are pipes, stdin is a pipe fed with `input` (or empty).
For `newsread a.txt | cat`, `--help`, usage errors and the like. Same controlled environment as the pty harness.

	const {exitCode, stdout, stderr} = await runCli(['--version']);
*/
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {cliPath, repoRoot, testEnvironment, type PtyOptions} from './pty.js';

/** Output and status of a finished run. `signal` is set when the process was killed by one. */
export type RunResult = {exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string};

/** Options of `runCli`: working directory, environment overrides, stdin text and a timeout in ms (default 20 s). */
export type RunOptions = Pick<PtyOptions, 'cwd' | 'env'> & {readonly input?: string; readonly timeoutMs?: number};

/** Run `node dist/cli.js ARGS` with pipes for stdin, stdout and stderr. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
	if (!fs.existsSync(cliPath)) {
		throw new Error(`${cliPath} is missing: run \`npm run build\` first`);
	}

	const stateHome = fs.mkdtempSync(path.join(os.tmpdir(), 'newsread-run-state-'));
	try {
		return await new Promise<RunResult>((resolve, reject) => {
			const child = spawn(process.execPath, [cliPath, ...args], {
				cwd: options.cwd ?? repoRoot,
				env: testEnvironment(stateHome, options.env),
				stdio: ['pipe', 'pipe', 'pipe'],
			});
			let stdout = '';
			let stderr = '';
			child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
				stdout += chunk;
			});
			child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
				stderr += chunk;
			});
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				reject(new Error(`newsread ${args.join(' ')} did not exit within ${options.timeoutMs ?? 20_000} ms\nstdout: ${stdout.slice(0, 500)}\nstderr: ${stderr.slice(0, 500)}`));
			}, options.timeoutMs ?? 20_000);
			child.on('error', reject);
			child.on('close', (exitCode, signal) => {
				clearTimeout(timer);
				resolve({exitCode, signal, stdout, stderr});
			});
			child.stdin.on('error', () => {
				// The CLI may exit without reading stdin (e.g. --help); a broken pipe here is expected.
			});
			child.stdin.end(options.input ?? '');
		});
	} finally {
		fs.rmSync(stateHome, {recursive: true, force: true});
	}
}
