// Ink asks terminal-size only when stdout reports no columns, which never happens here: the reader renders with
// Ink on a terminal only. terminal-size imports child_process at start-up (for `tput`), about 5 ms of it.
export default function terminalSize() {
	return undefined;
}
